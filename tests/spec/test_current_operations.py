"""The current API's operations of issue 15 in openapi.yaml: statuses, bodies and parameters
as the official 0.34 client's sources and tests pin them down (file:line in the
descriptions)."""

from __future__ import annotations

from typing import Any

import pytest
from spec_walk import deref, load_spec


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def _operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise AssertionError(f"no operation {operation_id}")


# (operationId, method, path, tag, success status, request schema, response schema)
CURRENT_OPERATIONS = [
    ("create_upload", "POST", "/uploads", "uploads", "200", "CreateUploadRequest", "Upload"),
    (
        "complete_upload",
        "POST",
        "/uploads/{upload_id}/complete",
        "uploads",
        "200",
        "CompleteUploadRequest",
        "UploadCompletion",
    ),
    ("list_variables", "GET", "/variables", "variables", "200", None, "VariablePage"),
    (
        "create_variable",
        "POST",
        "/variables",
        "variables",
        "200",
        "CreateVariableParams",
        "Variable",
    ),
    (
        "update_variable",
        "PATCH",
        "/variables/{variable_name}",
        "variables",
        "200",
        "UpdateVariableParams",
        "Variable",
    ),
    ("delete_variable", "DELETE", "/variables/{variable_name}", "variables", "204", None, None),
    (
        "get_model_version_configuration",
        "GET",
        "/models/{owner}/{name}/versions/{number}/configuration",
        "versions",
        "200",
        None,
        "VersionConfiguration",
    ),
    (
        "update_model_version_configuration",
        "PATCH",
        "/models/{owner}/{name}/versions/{number}/configuration",
        "versions",
        "200",
        "UpdateVersionConfigurationParams",
        "VersionConfiguration",
    ),
    ("list_authenticated_user_models", "GET", "/user/models", "users", "200", None, "ModelPage"),
    (
        "update_authenticated_user",
        "PATCH",
        "/user",
        "users",
        "200",
        "UpdateUserParams",
        "UserWithDetails",
    ),
    ("list_users", "GET", "/users", "users", "200", None, "UserPage"),
    ("search_users", "GET", "/search/users", "users", "200", None, "UserPage"),
]


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "tag", "status", "request_schema", "response_schema"),
    CURRENT_OPERATIONS,
    ids=[row[0] for row in CURRENT_OPERATIONS],
)
def test_current_operation_answers_as_0_34_pins_it(
    spec: dict[str, Any],
    operation_id: str,
    method: str,
    path: str,
    tag: str,
    status: str,
    request_schema: str | None,
    response_schema: str | None,
) -> None:
    found_method, found_path, op = _operation(spec, operation_id)
    assert (found_method, found_path, op["tags"]) == (method, path, [tag])
    successes = [code for code in op["responses"] if code.startswith("2")]
    assert successes == [status], f"{operation_id}: one success status, {status}"
    # A named schema each way, so the generated client has a model of that name.
    body = deref(spec, op.get("requestBody", {})).get("content", {}).get("application/json", {})
    if request_schema is None:
        assert "requestBody" not in op
    else:
        assert body.get("schema") == {"$ref": f"#/components/schemas/{request_schema}"}
    response = deref(spec, op["responses"][status])
    answer = response.get("content", {}).get("application/json", {})
    if response_schema is None:
        assert "content" not in response
    else:
        assert answer.get("schema") == {"$ref": f"#/components/schemas/{response_schema}"}
    # Every description says where 0.34 shows it.
    assert "0.34" in op["description"] or ".py:" in op["description"]


@pytest.mark.parametrize(
    ("schema", "required"),
    [
        ("CreateUploadRequest", ["size", "mime_type"]),
        ("Upload", ["id", "urls", "part_size"]),
        ("CompleteUploadRequest", ["etags"]),
        ("UploadCompletion", ["download_url"]),
        ("Variable", ["name", "key", "value", "secret", "created_at", "updated_at"]),
        ("CreateVariableParams", ["name", "key", "value", "secret"]),
        ("VersionConfiguration", ["hardware_identifier", "variable_names"]),
        ("UserPage", ["items", "next_cursor", "previous_cursor"]),
        ("VariablePage", ["items", "next_cursor", "previous_cursor"]),
    ],
)
def test_current_schemas_require_what_0_34_always_sends(
    spec: dict[str, Any], schema: str, required: list[str]
) -> None:
    assert spec["components"]["schemas"][schema]["required"] == required


@pytest.mark.parametrize(
    ("schema", "optional"),
    [
        ("UpdateVariableParams", {"key", "value"}),
        ("UpdateVersionConfigurationParams", {"hardware_identifier", "variable_names"}),
        ("UpdateUserParams", {"name", "display_name", "bio", "urls", "company", "location"}),
    ],
)
def test_updates_take_only_optional_fields(
    spec: dict[str, Any], schema: str, optional: set[str]
) -> None:
    node = spec["components"]["schemas"][schema]
    assert set(node["properties"]) == optional and "required" not in node


def test_category_slugs_filter_is_a_repeated_query_parameter(spec: dict[str, Any]) -> None:
    for operation_id in ("list_models", "list_models_by_owner"):
        _, _, op = _operation(spec, operation_id)
        params = [deref(spec, p) for p in op["parameters"]]
        (slugs,) = [p for p in params if p["name"] == "category_slugs"]
        assert (slugs["in"], slugs["style"], slugs["explode"]) == ("query", "form", True)
        assert slugs["schema"]["type"] == "array"


def test_the_part_uploads_are_described_but_are_no_operation(spec: dict[str, Any]) -> None:
    """The presigned part PUTs go to URLs the server gives (another host): not a path here."""
    assert not [p for p in spec["paths"] if "part" in p]
    urls = spec["components"]["schemas"]["Upload"]["properties"]["urls"]["description"]
    assert "PUT" in urls and "ETag" in urls and "Authorization" in urls

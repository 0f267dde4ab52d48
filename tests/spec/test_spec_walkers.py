"""The spec walkers take every schema form the spec allows and report by operation name.

Each test hands the walkers of `spec_walk` a copy of openapi.yaml with operations added
whose 200 response is inline, an `allOf`, a `oneOf`, an `anyOf`, nullable, a range status
and more. Building the cases must raise nothing; every added operation must get a case (or
a report) under its operationId, checked where the generated client has named models for it
and failed with the reason where it has not.
"""

from __future__ import annotations

import copy
import types
from typing import Any

import pytest
import test_tolerant_parsing as tolerant
from spec_walk import (
    ResponseCase,
    document_schemas,
    generated_problem,
    json_response_cases,
    load_spec,
    operations,
    undescribed_properties,
)
from test_generated_package import spec_operations

HARDWARE = "#/components/schemas/Hardware"
CATEGORY = "#/components/schemas/ModelCategory"
DESCRIBED_ID = {"type": "string", "description": "An id."}

# operationId -> the 200 response's schema.
SCHEMAS: dict[str, Any] = {
    "get_ref_thing": {"$ref": HARDWARE},
    "get_inline_thing": {"type": "object", "required": ["id"], "properties": {"id": DESCRIBED_ID}},
    "get_allof_thing": {
        "allOf": [{"$ref": HARDWARE}, {"type": "object", "properties": {"more": DESCRIBED_ID}}]
    },
    "get_oneof_thing": {"oneOf": [{"$ref": HARDWARE}, {"$ref": CATEGORY}]},
    "get_anyof_thing": {"anyOf": [{"$ref": HARDWARE}, {"type": "null"}]},
    "get_named_union_thing": {"$ref": "#/components/schemas/HardwareOrCategory"},
    "get_mixed_oneof_thing": {"oneOf": [{"$ref": HARDWARE}, {"type": "object"}]},
    "get_nullable_thing": {"type": ["object", "null"], "properties": {"id": DESCRIBED_ID}},
    "get_named_nullable_thing": {"$ref": "#/components/schemas/MaybeThing"},
    "get_string_thing": {"type": ["string", "null"]},
    "get_array_thing": {"type": "array", "items": {"$ref": HARDWARE}},
    "get_missing_ref_thing": {"$ref": "#/components/schemas/NoSuchThing"},
    "get_undescribed_thing": {"type": "object", "properties": {"id": {"type": "string"}}},
}

# Operations the generated client has named models for, and which ones.
CHECKABLE: dict[str, tuple[str | None, ...]] = {
    "get_ref_thing": ("Hardware",),
    "get_oneof_thing": ("Hardware", "ModelCategory"),
    "get_anyof_thing": ("Hardware", None),
    "get_named_union_thing": ("Hardware", "ModelCategory"),
    "get_range_thing": ("Hardware",),
    "get_shared_response_thing": ("Hardware",),
}

# Operations the tolerant-parsing cases cannot check -> words their report must contain.
REPORTED: dict[str, tuple[str, ...]] = {
    "get_inline_thing": ("inline (object)", "GetInlineThingResponse200", "$ref it"),
    "get_allof_thing": ("inline (allOf)", "GetAllofThingResponse200"),
    "get_mixed_oneof_thing": ("oneOf alternative 1", "GetMixedOneofThingResponse200Type1"),
    "get_nullable_thing": ("inline (nullable object)", "GetNullableThingResponse200Type0"),
    "get_named_nullable_thing": ("schema MaybeThing is nullable", "MaybeThingType0"),
    "get_string_thing": ("a JSON string, not an object",),
    "get_array_thing": ("a JSON array, not an object",),
    "get_missing_ref_thing": ("unresolved $ref #/components/schemas/NoSuchThing",),
    "get_undescribed_thing": ("inline (object)",),
    "get_example_less_thing": ("no example body",),
    "get_inline_shared_response_thing": ("inline (object)", "GetInlineSharedResponseThing"),
}

ADDED = set(CHECKABLE) | set(REPORTED) | {"GET /things/untagged"}


def _hardware_example(spec: dict[str, Any]) -> dict[str, Any]:
    op = next(op for op in operations(spec) if op.name == "list_hardware")
    example: dict[str, Any] = op.op["responses"]["200"]["content"]["application/json"]["example"]
    return copy.deepcopy(example["items"][0])


def _operation(template: dict[str, Any], operation_id: str, response: Any) -> dict[str, Any]:
    op = copy.deepcopy(template)
    op["operationId"] = op["summary"] = operation_id
    op["responses"] = {"200": response, "401": template["responses"]["401"]}
    return op


def _json(schema: Any, example: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema, "example": example}}
    return {"description": "The thing.", "content": content}


@pytest.fixture(scope="module")
def original() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="module")
def spec(original: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml with an operation of each schema form added (under /things/...)."""
    spec = copy.deepcopy(original)
    schemas = spec["components"]["schemas"]
    assert {"Hardware", "ModelCategory"} <= set(schemas), "the schemas these tests build on"
    schemas["HardwareOrCategory"] = {
        "description": "Either.",
        "oneOf": [{"$ref": HARDWARE}, {"$ref": CATEGORY}],
    }
    schemas["MaybeThing"] = {
        "description": "Maybe.",
        "type": ["object", "null"],
        "properties": {"id": DESCRIBED_ID},
    }
    template = spec["paths"]["/hardware"]["get"]
    example = _hardware_example(spec)
    for operation_id, schema in SCHEMAS.items():
        body = {"id": "x"} if "inline" in operation_id or "nullable" in operation_id else example
        op = _operation(template, operation_id, _json(schema, body))
        spec["paths"][f"/things/{operation_id}"] = {"get": op}
    range_op = _operation(template, "get_range_thing", _json({"$ref": HARDWARE}, example))
    range_op["responses"]["2XX"] = range_op["responses"].pop("200")
    spec["paths"]["/things/range"] = {"get": range_op}
    bare = _json({"$ref": HARDWARE}, example)
    del bare["content"]["application/json"]["example"]
    spec["paths"]["/things/bare"] = {"get": _operation(template, "get_example_less_thing", bare)}
    # A response shared through components/responses, once named and once inline.
    spec["components"]["responses"]["SharedThing"] = _json({"$ref": HARDWARE}, example)
    spec["components"]["responses"]["InlineThing"] = _json(SCHEMAS["get_inline_thing"], {"id": 1})
    for operation_id, name in (
        ("get_shared_response_thing", "SharedThing"),
        ("get_inline_shared_response_thing", "InlineThing"),
    ):
        response = {"$ref": f"#/components/responses/{name}"}
        spec["paths"][f"/things/{operation_id}"] = {
            "get": _operation(template, operation_id, response)
        }
    # An operation the generator files under `default` and names from its path.
    untagged = _operation(template, "untagged", _json({"$ref": HARDWARE}, example))
    del untagged["operationId"], untagged["tags"]
    spec["paths"]["/things/untagged"] = {"get": untagged}
    return spec


@pytest.fixture(scope="module")
def cases(spec: dict[str, Any]) -> dict[str, ResponseCase]:
    """The cases of the 200 responses, by operation name (the range one's too)."""
    found = {}
    for case in json_response_cases(spec):
        if case.status in ("200", "2XX"):
            assert case.operation not in found, f"two cases for {case.operation}"
            found[case.operation] = case
    return found


def test_every_added_operation_gets_a_case_under_its_name(cases: dict[str, ResponseCase]) -> None:
    assert set(cases) >= ADDED, sorted(ADDED - set(cases))


@pytest.mark.parametrize("operation_id", sorted(CHECKABLE))
def test_a_form_with_named_models_is_checked(
    cases: dict[str, ResponseCase], operation_id: str
) -> None:
    case = cases[operation_id]
    assert case.problem is None, case.problem
    assert case.models == CHECKABLE[operation_id]
    assert case.body is not None


@pytest.mark.parametrize("operation_id", sorted(REPORTED))
def test_a_form_without_named_models_is_reported_by_operation(
    cases: dict[str, ResponseCase], operation_id: str
) -> None:
    problem = cases[operation_id].problem
    assert problem is not None, f"{operation_id} was taken as checkable"
    assert problem.startswith(f"operation {operation_id}: 200 response: "), problem
    for words in REPORTED[operation_id]:
        assert words in problem, problem


def test_the_tolerant_parsing_test_fails_such_a_case_with_its_report(
    cases: dict[str, ResponseCase],
) -> None:
    for operation_id in REPORTED:
        with pytest.raises(pytest.fail.Exception, match=f"^operation {operation_id}: 200 "):
            tolerant._require_checkable(cases[operation_id])
    # A case the spec allows but the generated package was not made for fails by name too.
    for operation_id in CHECKABLE:
        with pytest.raises(pytest.fail.Exception, match="run `make generate`") as info:
            tolerant._require_checkable(cases[operation_id])
        assert str(info.value).startswith(f"operation {operation_id}: ")


def test_a_case_without_its_generated_module_or_model_is_named() -> None:
    case = ResponseCase("get_oneof_thing", "200", {}, {}, ("Hardware", "ModelCategory", None))
    models = types.SimpleNamespace(Hardware=object)
    assert generated_problem(case, {}, models) == (
        "operation get_oneof_thing: the generated package has no module for it; run `make generate`"
    )
    assert generated_problem(case, {"get_oneof_thing": object()}, models) == (
        "operation get_oneof_thing: the generated package has no model ModelCategory; "
        "run `make generate`"
    )
    models.ModelCategory = object
    assert generated_problem(case, {"get_oneof_thing": object()}, models) is None


def test_a_range_status_is_answered_with_a_code_of_its_range(
    cases: dict[str, ResponseCase],
) -> None:
    case = cases["get_range_thing"]
    assert (str(case), case.wire_status) == ("get_range_thing-2XX", 200)


def test_an_operation_without_an_operation_id_is_named_by_method_and_path(
    spec: dict[str, Any], cases: dict[str, ResponseCase]
) -> None:
    problem = cases["GET /things/untagged"].problem
    assert problem is not None and problem.startswith("operation GET /things/untagged: ")
    assert "no operationId" in problem
    assert ("default", "GET /things/untagged") in spec_operations(spec)


def test_the_cases_of_the_operations_already_there_stay_as_they_were(
    original: dict[str, Any], spec: dict[str, Any]
) -> None:
    before = json_response_cases(original)
    assert before == tolerant.CASES
    after = json_response_cases(spec)
    assert after[: len(before)] == before
    assert {case.operation for case in after[len(before) :]} == set(CHECKABLE) | set(REPORTED) | {
        "GET /things/untagged"
    }


def test_inline_schemas_of_operations_are_walked_for_descriptions(spec: dict[str, Any]) -> None:
    undescribed = undescribed_properties(spec)
    assert undescribed == [
        "operation get_undescribed_thing: "
        "responses/200/content/application/json/schema/properties/id",
    ]
    walked = {where for where, _ in document_schemas(spec)}
    prefix = "operation get_allof_thing: responses/200/content/application/json/schema"
    assert f"{prefix}/allOf/1/properties/more" in walked
    assert "operation get_anyof_thing: responses/200/content/application/json/schema/anyOf/1" in (
        walked
    )
    assert "#/components/responses/InlineThing/content/application/json/schema" in walked

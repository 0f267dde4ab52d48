"""The one table of facade methods: every API operation -> the method that performs it.

`test_operations.py` checks that every operation of the covered tags in openapi.yaml is
in the table, that each method exists in a sync form `name` and an async form
`async_name`, and that a scenario exercises both forms. `TAGS` holds every tag of the
spec, and the suite also fails when openapi.yaml has an operation whose tag is not in
`TAGS`, so every operation of the spec is covered.
"""

from __future__ import annotations

TAGS: frozenset[str] = frozenset(
    {
        "users",
        "hardware",
        "model_categories",
        "models",
        "versions",
        "predictions",
        "uploads",
        "variables",
        "completions",
        "batch_completions",
        "fine_tunes",
        "files",
        "llm_endpoints",
    }
)
"""The openapi.yaml tags whose operations the facade must cover."""

OPERATIONS: dict[str, tuple[str, str]] = {
    # operationId: (client attribute, sync method name; the async one is "async_" + name)
    "get_authenticated_user": ("users", "get_authenticated"),
    "get_user": ("users", "get"),
    "list_users": ("users", "list"),
    "search_users": ("users", "search"),
    "update_authenticated_user": ("authenticated_user", "update"),
    "list_authenticated_user_models": ("authenticated_user", "models"),
    "list_hardware": ("hardware", "list"),
    "list_model_categories": ("model_categories", "list"),
    "list_models": ("models", "list"),
    "list_models_by_owner": ("models", "list"),
    "get_model": ("models", "get"),
    "create_model": ("models", "create"),
    "update_model": ("models", "update"),
    "delete_model": ("models", "delete"),
    "search_models": ("models", "search"),
    "list_model_versions": ("versions", "list"),
    "get_model_version": ("versions", "get"),
    "create_model_version": ("versions", "create"),
    "delete_model_version": ("versions", "delete"),
    "get_model_version_configuration": ("versions", "get_configuration"),
    "update_model_version_configuration": ("versions", "update_configuration"),
    "list_predictions": ("predictions", "list"),
    "create_prediction": ("predictions", "create"),
    "get_prediction": ("predictions", "get"),
    "cancel_prediction": ("predictions", "cancel"),
    "stream_prediction": ("predictions", "stream"),
    "create_upload": ("uploads", "create"),
    "complete_upload": ("uploads", "complete"),
    "create_variable": ("variables", "create"),
    "list_variables": ("variables", "list"),
    "update_variable": ("variables", "update"),
    "delete_variable": ("variables", "delete"),
    # LLM Engine
    "create_completion": ("completions", "create"),
    "create_completion_stream": ("completions", "create"),  # create(..., stream=True)
    "create_batch_completions": ("batch_completions", "create"),
    "get_batch_completion": ("batch_completions", "get"),
    "cancel_batch_completion": ("batch_completions", "cancel"),
    "create_fine_tune": ("fine_tunes", "create"),
    "get_fine_tune": ("fine_tunes", "get"),
    "list_fine_tunes": ("fine_tunes", "list"),
    "cancel_fine_tune": ("fine_tunes", "cancel"),
    "get_fine_tune_events": ("fine_tunes", "events"),
    "upload_file": ("files", "upload"),
    "get_file": ("files", "get"),
    "list_files": ("files", "list"),
    "delete_file": ("files", "delete"),
    "get_file_content": ("files", "content"),
    "create_llm_endpoint": ("llm_endpoints", "create"),
    "get_llm_endpoint": ("llm_endpoints", "get"),
    "list_llm_endpoints": ("llm_endpoints", "list"),
    "update_llm_endpoint": ("llm_endpoints", "update"),
    "delete_llm_endpoint": ("llm_endpoints", "delete"),
    "download_model": ("llm_endpoints", "download"),
}

EXTRA_METHODS: frozenset[tuple[str, str]] = frozenset(
    {
        ("predictions", "wait"),
        ("batch_completions", "wait"),
        ("fine_tunes", "wait"),
        ("uploads", "upload"),  # create_upload, the parts' PUTs, complete_upload
        ("authenticated_user", "get"),  # get_authenticated_user, 0.34's name for it
    }
)
"""Facade methods built from several operations (or a second name for one)."""

NOT_CLIENT_OPERATIONS: frozenset[str] = frozenset({"prediction_webhook"})
"""Operations the service performs against the user (webhooks), not the client."""


def facade_methods() -> list[tuple[str, str]]:
    """Every (resource, method) pair, once, in a stable order."""
    return sorted(set(OPERATIONS.values()) | EXTRA_METHODS)

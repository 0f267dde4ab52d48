"""Bad arguments raise ValueError/TypeError before any request is sent."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Handler, make_client

BAD_CALLS: list[tuple[str, str, tuple[Any, ...], dict[str, Any], type[Exception]]] = [
    ("versions", "get", ("wriftai/echo",), {}, ValueError),
    ("versions", "get", ("wriftai/echo:0",), {}, ValueError),
    ("versions", "get", ("echo:1",), {}, ValueError),
    ("versions", "get", (12,), {}, TypeError),
    ("versions", "delete", ("a/b/c:1",), {}, ValueError),
    ("versions", "list", ("bad owner", "echo"), {}, ValueError),
    ("versions", "create", ("wriftai", "echo", {"release_notes": "x"}), {}, TypeError),
    ("models", "get", ("wriftai", ""), {}, ValueError),
    ("models", "get", (None, "echo"), {}, TypeError),
    ("models", "create", ({"hardware_identifier": "cpu-small"},), {}, TypeError),
    (
        "models",
        "create",
        ({"name": "x", "hardware_identifier": "c", "visbility": "x"},),
        {},
        TypeError,
    ),
    (
        "models",
        "create",
        ({"name": "x", "hardware_identifier": "c", "visibility": "secret"},),
        {},
        ValueError,
    ),
    ("models", "update", ("wriftai", "echo", ["name"]), {}, TypeError),
    ("models", "list", ({"page_size": 0},), {}, ValueError),
    ("models", "list", ({"page_size": "10"},), {}, TypeError),
    ("models", "list", ({"sort_by": "name"},), {}, ValueError),
    ("models", "list", ({"pagesize": 10},), {}, TypeError),
    ("models", "search", (5,), {}, TypeError),
    ("predictions", "create", ({"input": 1}, "echo"), {}, ValueError),
    ("predictions", "create", ({"input": 1}, "wriftai/echo:x"), {}, ValueError),
    ("predictions", "create", ({"prompt": 1}, "wriftai/echo"), {}, TypeError),
    (
        "predictions",
        "create",
        ({"input": 1, "webhook": {"secret": "s"}}, "wriftai/echo"),
        {},
        TypeError,
    ),
    (
        "predictions",
        "create",
        ({"input": 1, "validate_input": "yes"}, "wriftai/echo"),
        {},
        TypeError,
    ),
    ("predictions", "get", ("",), {}, ValueError),
    ("predictions", "list", (), {"statuses": "succeeded"}, TypeError),
    ("predictions", "cancel", (None,), {}, TypeError),
    ("users", "get", (None,), {}, TypeError),
]


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "error"), BAD_CALLS)
async def test_bad_arguments_fail_before_any_request(
    never_called: Handler,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    client, _ = make_client(never_called)
    res = getattr(client, resource)
    with pytest.raises(error):
        getattr(res, method)(*args, **kwargs)
    with pytest.raises(error):
        await getattr(res, f"async_{method}")(*args, **kwargs)

"""Error bodies as real servers write them turn into readable, typed errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import wriftai
from wriftai._errors import status_error

URL = "https://x/v1/models"


def response(
    status: int,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    request = httpx.Request("GET", URL)
    if content is not None:
        return httpx.Response(status, content=content, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


VALIDATION_DETAIL = [
    {"loc": ["body", "hyperparameters"], "msg": "field required", "type": "value_error.missing"},
    {
        "loc": ["query", "limit"],
        "msg": "ensure this value is greater than 0",
        "type": "value_error.number.not_gt",
        "ctx": {"limit_value": 0},
    },
]

MESSAGES = [
    pytest.param({"error": "Model not found"}, "Model not found", id="wriftai-error-string"),
    pytest.param(
        {"error": {"message": "Model not found", "code": "not_found"}},
        "Model not found",
        id="wriftai-error-object",
    ),
    pytest.param(
        {"message": "Version is gone", "detail": {"version": "v3"}},
        "Version is gone",
        id="old-message-and-detail",
    ),
    pytest.param({"detail": "Not Found"}, "Not Found", id="fastapi-detail-string"),
    pytest.param(
        {"detail": VALIDATION_DETAIL},
        "body.hyperparameters: field required; query.limit: ensure this value is greater than 0",
        id="fastapi-validation-list",
    ),
    pytest.param(
        {"detail": [{"loc": ["body", "items", 0, "name"], "msg": "Field required"}]},
        "body.items.0.name: Field required",
        id="fastapi-loc-with-index",
    ),
    pytest.param(
        {"detail": ["plain text", 7, {"msg": "no loc"}, {"loc": [], "msg": "empty loc"}]},
        "plain text; 7; no loc; empty loc",
        id="detail-list-mixed-entries",
    ),
    pytest.param(
        {"detail": [{"loc": ["body"], "type": "missing"}]},
        '{"loc":["body"],"type":"missing"}',
        id="detail-entry-without-msg",
    ),
    pytest.param(
        {"error": "Internal error", "timestamp": "2024-01-01T00:00:00Z", "request_id": "r"},
        "Internal error",
        id="llm-engine-handler",
    ),
    pytest.param(
        {"detail": {"reason": "quota", "limit": 5}},
        '{"reason":"quota","limit":5}',
        id="detail-object-compact-json",
    ),
    pytest.param(
        {"message": "", "error": None, "detail": "the detail"},
        "the detail",
        id="empty-message-and-null-error-skipped",
    ),
    pytest.param(
        {"message": "   ", "error": "the error", "detail": "the detail"},
        "the error",
        id="blank-message-skipped",
    ),
    pytest.param(
        {"message": "the message", "error": "the error", "detail": "the detail"},
        "the message",
        id="message-before-error-before-detail",
    ),
    pytest.param(
        {"error": "the error", "detail": "the detail"},
        "the error",
        id="error-before-detail",
    ),
    pytest.param(
        {"error": {"code": "quota"}, "detail": "ignored"},
        '{"code":"quota"}',
        id="error-object-without-message",
    ),
    pytest.param(
        {"error": {"message": ""}, "detail": "the detail"},
        "the detail",
        id="error-object-with-empty-message-skipped",
    ),
    pytest.param({"detail": []}, "Not Found", id="empty-detail-list-gives-reason"),
    pytest.param({"error": 5}, "5", id="error-number"),
    pytest.param({"error": True}, "Not Found", id="error-boolean-gives-reason"),
    pytest.param({"detail": None}, "Not Found", id="detail-null-gives-reason"),
    pytest.param({}, "Not Found", id="empty-object-gives-reason"),
    pytest.param("model went away", "model went away", id="json-string"),
    pytest.param([1, 2, 3], "Not Found", id="json-list"),
    pytest.param(42, "Not Found", id="json-number"),
    pytest.param(None, "Not Found", id="json-null"),
]


@pytest.mark.parametrize(("body", "message"), MESSAGES)
def test_message_comes_from_the_body(body: Any, message: str) -> None:
    error = status_error(response(404, body))
    assert type(error) is wriftai.NotFoundError
    assert error.message == message
    assert error.body == body


STATUSES = [
    (400, wriftai.BadRequestError),
    (401, wriftai.AuthenticationError),
    (403, wriftai.PermissionDeniedError),
    (404, wriftai.NotFoundError),
    (409, wriftai.ConflictError),
    (422, wriftai.UnprocessableEntityError),
    (429, wriftai.RateLimitError),
    (500, wriftai.InternalServerError),
    (502, wriftai.InternalServerError),
    (503, wriftai.InternalServerError),
    (599, wriftai.InternalServerError),
    (402, wriftai.APIStatusError),
    (418, wriftai.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUSES)
def test_status_gives_the_subclass(status: int, cls: type[wriftai.APIStatusError]) -> None:
    error = status_error(response(status, {"error": f"failed with {status}"}))
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == f"failed with {status}"
    assert error.request_id is None


def test_fastapi_422_reads_as_a_validation_error() -> None:
    error = status_error(response(422, {"detail": VALIDATION_DETAIL}))
    assert type(error) is wriftai.UnprocessableEntityError
    assert error.message == (
        "body.hyperparameters: field required; query.limit: ensure this value is greater than 0"
    )
    assert error.body == {"detail": VALIDATION_DETAIL}


@pytest.mark.parametrize(
    ("body", "headers", "request_id"),
    [
        pytest.param({"error": "x"}, {"x-request-id": "req_h"}, "req_h", id="header"),
        pytest.param({"error": "x", "request_id": "req_b"}, None, "req_b", id="body"),
        pytest.param(
            {"error": {"message": "x", "request_id": "req_n"}}, None, "req_n", id="nested"
        ),
        pytest.param(
            {"error": {"message": "x", "request_id": "req_n"}, "request_id": "req_b"},
            None,
            "req_b",
            id="top-level-before-nested",
        ),
        pytest.param(
            {"error": "x", "request_id": "req_b"},
            {"x-request-id": "req_h"},
            "req_h",
            id="header-wins",
        ),
        pytest.param({"error": "x"}, None, None, id="absent"),
        pytest.param({"error": "x", "request_id": 12}, None, None, id="not-a-string"),
        pytest.param({"error": "x", "request_id": ""}, None, None, id="empty"),
        pytest.param(["request_id"], None, None, id="list-body"),
    ],
)
def test_request_id(body: Any, headers: dict[str, str] | None, request_id: str | None) -> None:
    error = status_error(response(400, body, headers=headers))
    assert error.request_id == request_id


def test_request_id_from_header_on_a_text_body() -> None:
    error = status_error(response(502, content=b"Bad Gateway", headers={"x-request-id": "r1"}))
    assert error.request_id == "r1"
    assert error.message == "Bad Gateway"


def test_str_has_status_message_and_request_id() -> None:
    error = status_error(
        response(404, {"error": "Model not found"}, headers={"x-request-id": "req_42"})
    )
    assert str(error) == "404: Model not found (request id req_42)"
    plain = status_error(response(404, {"error": "Model not found"}))
    assert str(plain) == "404: Model not found"


def test_plain_text_body() -> None:
    error = status_error(response(503, content=b"upstream connect error\n"))
    assert type(error) is wriftai.InternalServerError
    assert error.message == "upstream connect error"
    assert error.body == "upstream connect error\n"


def test_html_page_is_one_bounded_line() -> None:
    page = (
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        + "<p>filler</p>\n" * 200
        + "</body>\r\n</html>\r\n"
    )
    error = status_error(response(502, content=page.encode()))
    assert error.body == page
    assert error.message.startswith("<html> <head><title>502 Bad Gateway</title></head> <body>")
    assert "\n" not in error.message and "\r" not in error.message
    assert len(error.message) == 500
    assert error.message.endswith("\u2026")


def test_short_html_page_is_kept_whole() -> None:
    error = status_error(response(502, content=b"<html>bad gateway</html>"))
    assert error.message == "<html>bad gateway</html>"


@pytest.mark.parametrize(
    "body",
    [
        {"message": "m" * 5000},
        {"error": "e" * 5000},
        {"error": {"message": "e" * 5000}},
        {"detail": "d" * 5000},
        {"detail": [{"loc": ["body", f"f{i}"], "msg": "field required"} for i in range(200)]},
        {"detail": {"k" * 10: "v" * 5000}},
        "s" * 5000,
    ],
)
def test_long_json_texts_are_bounded(body: Any) -> None:
    error = status_error(response(400, body))
    assert len(error.message) == 500
    assert error.message.endswith("\u2026")
    assert error.body == body


def test_text_of_exactly_the_bound_is_not_cut() -> None:
    error = status_error(response(400, {"error": "x" * 500}))
    assert error.message == "x" * 500


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        pytest.param(b"", 404, "Not Found", id="empty"),
        pytest.param(b"   \n  ", 404, "Not Found", id="blank"),
        pytest.param(b"", 499, "HTTP error", id="empty-no-reason-phrase"),
        pytest.param(b"{not json", 400, "{not json", id="broken-json"),
        pytest.param(b"\xff\xfe\xfa", 500, "\ufffd\ufffd\ufffd", id="not-utf8"),
        pytest.param(b"[" * 100_000, 500, "[" * 499 + "\u2026", id="deeply-nested"),
    ],
)
def test_odd_raw_bodies_never_raise(content: bytes, status: int, message: str) -> None:
    error = status_error(response(status, content=content))
    assert error.status_code == status
    assert error.message == message


@pytest.mark.parametrize(
    "body",
    [
        [],
        [{"error": "x"}],
        0,
        1.5,
        True,
        None,
        "",
        {"detail": None},
        {"error": 5},
        {"error": []},
        {"error": [None, {}, []]},
        {"error": {"message": None, "request_id": None}},
        {"error": {"message": {"nested": True}}},
        {"message": {"a": 1}, "request_id": {"x": 1}},
        {"detail": [None, {}, [], {"loc": "body", "msg": 3}, {"loc": None, "msg": "m"}]},
        {"detail": {}},
        {"detail": 3.5},
    ],
)
def test_odd_json_bodies_never_raise(body: Any) -> None:
    error = status_error(response(400, body))
    assert type(error) is wriftai.BadRequestError
    assert isinstance(error.message, str) and error.message
    assert error.body == body


def test_odd_json_bodies_give_exact_messages() -> None:
    def message(body: Any) -> str:
        return status_error(response(400, body)).message

    assert message({"error": [None, {}, [], ""]}) == "Bad Request"
    assert message({"error": [None, {}, [], "", False, 0, [1]]}) == "false; 0; [1]"
    assert message({"error": {"message": {"nested": True}}}) == '{"nested":true}'
    assert message({"detail": [None, {}, {"loc": "body", "msg": "m"}]}) == "body: m"
    assert message({"detail": {}}) == "Bad Request"
    assert message({"detail": 3.5}) == "3.5"
    assert message("") == "Bad Request"


def test_unread_streamed_body_never_raises() -> None:
    request = httpx.Request("GET", URL)
    streamed = httpx.Response(500, stream=httpx.ByteStream(b"{}"), request=request)
    error = status_error(streamed)
    assert type(error) is wriftai.InternalServerError
    assert error.message == "Internal Server Error"
    assert error.body is None

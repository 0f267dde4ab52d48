"""Status codes map to typed errors that carry status, message, request id and body."""

from __future__ import annotations

import httpx
import pytest

import wriftai

from .conftest import json_response, make_client

CASES = [
    (400, wriftai.BadRequestError),
    (401, wriftai.AuthenticationError),
    (403, wriftai.PermissionDeniedError),
    (404, wriftai.NotFoundError),
    (409, wriftai.ConflictError),
    (422, wriftai.UnprocessableEntityError),
    (429, wriftai.RateLimitError),
    (500, wriftai.InternalServerError),
    (503, wriftai.InternalServerError),
    (418, wriftai.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_status_maps_to_class(status: int, cls: type[wriftai.APIStatusError]) -> None:
    body = {"message": f"went wrong {status}", "detail": [{"loc": ["body"]}]}
    response = json_response(status, body, **{"x-request-id": "req_9"})
    client, _ = make_client(lambda r: response, max_retries=0)
    with pytest.raises(cls) as info:
        client.models.get("wriftai", "echo")
    error = info.value
    assert type(error) is cls
    assert isinstance(error, wriftai.APIStatusError) and isinstance(error, wriftai.WriftAIError)
    assert error.status_code == status
    assert error.message == f"went wrong {status}"
    assert error.request_id == "req_9"
    assert error.body == body
    assert "req_9" in str(error)


def test_fastapi_detail_and_non_json_bodies() -> None:
    replies = [
        json_response(422, {"detail": "field x is wrong"}),
        httpx.Response(502, content=b"<html>bad gateway</html>"),
    ]
    client, _ = make_client(lambda r: replies.pop(0), max_retries=0)
    with pytest.raises(wriftai.UnprocessableEntityError) as first:
        client.users.get("demo")
    assert first.value.message == "field x is wrong"
    with pytest.raises(wriftai.InternalServerError) as second:
        client.users.get("demo")
    assert second.value.body == "<html>bad gateway</html>" and second.value.request_id is None


async def test_async_errors_are_the_same_classes() -> None:
    client, _ = make_client(lambda r: json_response(404, {"message": "nope"}), max_retries=0)
    with pytest.raises(wriftai.NotFoundError):
        await client.predictions.async_get("pred_x")

"""``.with_raw_response``: the status, headers and parsed result of one call, both forms."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

import wriftai
from wriftai_api.models import Model, PredictionWithIO

from .conftest import Form
from .operations import facade_methods
from .test_operations import ECHO


def test_every_facade_method_has_a_raw_form_in_both_forms() -> None:
    client = wriftai.Client(access_token="t", api_base_url="http://127.0.0.1:9/v1")
    for resource, method in facade_methods():
        raw = getattr(client, resource).with_raw_response
        assert callable(getattr(raw, method)), f"{resource}.with_raw_response.{method}"
        assert inspect.iscoroutinefunction(getattr(raw, f"async_{method}")), (resource, method)


async def test_get_gives_status_headers_and_the_model(form: Form, client: wriftai.Client) -> None:
    raw = await form(client.models.with_raw_response, "get", "wriftai", "echo")
    assert isinstance(raw, wriftai.APIResponse)
    assert raw.status_code == 200 and raw.method == "GET"
    assert raw.url.path.endswith("/models/wriftai/echo")
    assert raw.request_id and raw.request_id == raw.headers["x-request-id"]
    assert raw.headers["content-type"].startswith("application/json")
    model = raw.parse()
    assert isinstance(model, Model) and model.name == "echo"
    assert raw.content and b'"echo"' in raw.content
    assert raw.responses == [raw.http_response]


async def test_a_create_that_waits_keeps_every_response(form: Form, client: wriftai.Client) -> None:
    raw = await form(client.predictions.with_raw_response, "create", ECHO, "wriftai/echo", True)
    done = raw.parse()
    assert isinstance(done, PredictionWithIO) and str(done.status) == "succeeded"
    assert raw.responses[0].request.method == "POST" and raw.responses[0].status_code in {
        200,
        201,
        202,
    }
    assert raw.http_response is raw.responses[-1]


async def test_an_error_status_still_raises_the_typed_error(
    form: Form, client: wriftai.Client
) -> None:
    with pytest.raises(wriftai.NotFoundError) as info:
        await form(client.models.with_raw_response, "get", "wriftai", "missing")
    assert info.value.status_code == 404


async def test_a_stream_gives_the_response_that_opened_it(
    form: Form, client: wriftai.Client
) -> None:
    created = await form(client.predictions, "create", ECHO, "wriftai/echo")
    raw = await form(client.predictions.with_raw_response, "stream", created.id)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    events = await form.drain(raw.parse())
    assert events[0].event == "init" and events[-1].event == "done"


async def test_a_page_gives_the_first_page_response(form: Form, client: wriftai.Client) -> None:
    raw = await form(client.hardware.with_raw_response, "list", {"page_size": 2})
    assert raw.status_code == 200 and raw.url.params["page_size"] == "2"
    page = raw.parse()
    assert len(page.items) == 2


def _nonconforming(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={"id": "mdl_1", "name": 5},
        headers={"x-request-id": "req_raw", "x-ratelimit-remaining": "41"},
        request=request,
    )


def test_a_strict_client_defers_the_validation_error_to_parse() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_nonconforming))
    client = wriftai.Client(
        access_token="t",
        api_base_url="https://api.example.test/v1",
        http_client=http,
        strict_response_validation=True,
    )
    raw = client.models.with_raw_response.get("a", "b")
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "41"
    with pytest.raises(wriftai.APIResponseValidationError) as info:
        raw.parse()
    error = info.value
    assert (error.operation, error.path, error.status_code) == ("get_model", "$.name", 200)
    assert error.request_id == "req_raw" and error.body == {"id": "mdl_1", "name": 5}
    # The same client without the raw wrapper raises at once.
    with pytest.raises(wriftai.APIResponseValidationError, match=r"get_model: .* at \$\.name"):
        client.models.get("a", "b")
    # The default client reads what conformed and keeps the rest.
    lenient = client.with_options(strict_response_validation=False)
    model = lenient.models.get("a", "b")
    assert model.id == "mdl_1" and model.additional_properties["name"] == 5
    with pytest.raises(wriftai.ResponseFieldError, match=r"Model\.name"):
        _ = model.name


async def test_async_strict_validation_and_raw_response() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_nonconforming))
    client = wriftai.Client(
        access_token="t",
        api_base_url="https://api.example.test/v1",
        async_http_client=http,
        strict_response_validation=True,
    )
    assert client.strict_response_validation is True
    raw: Any = await client.models.with_raw_response.async_get("a", "b")
    assert raw.request_id == "req_raw"
    with pytest.raises(wriftai.APIResponseValidationError):
        raw.parse()
    with pytest.raises(wriftai.APIResponseValidationError):
        await client.models.async_get("a", "b")
    await http.aclose()

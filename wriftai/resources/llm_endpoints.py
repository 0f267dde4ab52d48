"""The LLM endpoints resource: create, get, list, update and delete endpoints; download models."""

from __future__ import annotations

from typing import Any

from wriftai._pagination import ListResult
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, body, require_str
from wriftai.types import CreateLLMEndpointParams, UpdateLLMEndpointParams
from wriftai_api.api.llm_endpoints import (
    create_llm_endpoint,
    delete_llm_endpoint,
    download_model,
    get_llm_endpoint,
    list_llm_endpoints,
    update_llm_endpoint,
)
from wriftai_api.models import (
    CreateLLMEndpointRequest,
    CreateLLMEndpointResponse,
    DeleteLLMEndpointResponse,
    GetLLMEndpointResponse,
    ListLLMEndpointsResponse,
    ModelDownloadRequest,
    ModelDownloadResponse,
    UpdateLLMEndpointRequest,
    UpdateLLMEndpointResponse,
)

__all__ = ["CREATE_DEFAULTS", "LLMEndpointsResource"]

CREATE_DEFAULTS: dict[str, Any] = {
    "source": "hugging_face",
    "inference_framework": "vllm",
    "num_shards": 1,
    "metadata": {},
    "endpoint_type": "streaming",
    "min_workers": 0,
    "max_workers": 1,
    "per_worker": 2,
    "labels": {},
}
"""The values `LLMEndpointsResource.create` uses for the fields a caller leaves out."""


def _create_body(params: object) -> CreateLLMEndpointRequest:
    if isinstance(params, dict):
        params = {**CREATE_DEFAULTS, **params}
    return body(CreateLLMEndpointRequest, params, "params")


def _download_body(model_name: object, download_format: object) -> ModelDownloadRequest:
    name = require_str("model_name", model_name)
    return ModelDownloadRequest(
        model_name=name, download_format=require_str("download_format", download_format)
    )


class LLMEndpointsResource(Resource):
    """LLM model endpoints: ``client.llm_endpoints``."""

    @property
    def with_raw_response(self) -> LLMEndpointsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return LLMEndpointsRawResponses(self)

    def create(
        self,
        params: CreateLLMEndpointParams | CreateLLMEndpointRequest,
        *,
        idempotency_key: str | None = None,
    ) -> CreateLLMEndpointResponse:
        """Create an LLM endpoint; it becomes READY once it has been deployed.

        Args:
            params: ``name``, ``model_name`` and ``inference_framework_image_tag``, and
                optionally every other setting (see `CreateLLMEndpointParams`; left-out
                fields take `CREATE_DEFAULTS`), or the generated request model.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The id of the creation task.

        Raises:
            TypeError: `params` lacks a required key or has an unknown one.
            ValueError: A value is not valid (such as an unknown framework).
        """
        new = _create_body(params)
        key = idempotency_key
        return self._call(
            create_llm_endpoint, CreateLLMEndpointResponse, body=new, idempotency_key=key
        )

    async def async_create(
        self,
        params: CreateLLMEndpointParams | CreateLLMEndpointRequest,
        *,
        idempotency_key: str | None = None,
    ) -> CreateLLMEndpointResponse:
        """Async form of `create`."""
        new, key = _create_body(params), idempotency_key
        return await self._async_call(
            create_llm_endpoint, CreateLLMEndpointResponse, body=new, idempotency_key=key
        )

    def get(self, name: str) -> GetLLMEndpointResponse:
        """Get an LLM endpoint.

        Args:
            name: The endpoint's name.

        Returns:
            The endpoint, with its status (``READY``, ``UPDATE_PENDING``, ...).
        """
        return self._call(get_llm_endpoint, GetLLMEndpointResponse, require_str("name", name))

    async def async_get(self, name: str) -> GetLLMEndpointResponse:
        """Async form of `get`."""
        endpoint = require_str("name", name)
        return await self._async_call(get_llm_endpoint, GetLLMEndpointResponse, endpoint)

    def list(self) -> ListResult[GetLLMEndpointResponse, ListLLMEndpointsResponse]:
        """List the LLM endpoints the caller can use (the whole list; it is not paginated).

        Returns:
            The `ListLLMEndpointsResponse` (``.model_endpoints``), iterable over them.
        """
        return self._list(list_llm_endpoints, ListLLMEndpointsResponse, "model_endpoints")

    async def async_list(self) -> ListResult[GetLLMEndpointResponse, ListLLMEndpointsResponse]:
        """Async form of `list`; ``for`` and ``async for`` both walk the endpoints."""
        result = ListLLMEndpointsResponse
        return await self._async_list(list_llm_endpoints, result, "model_endpoints")

    def update(
        self, name: str, params: UpdateLLMEndpointParams | UpdateLLMEndpointRequest
    ) -> UpdateLLMEndpointResponse:
        """Change an LLM endpoint's settings; only the given fields change.

        Args:
            name: The endpoint's name.
            params: The fields to change (see `UpdateLLMEndpointParams`).

        Returns:
            The id of the update task.
        """
        changes = body(UpdateLLMEndpointRequest, params, "params")
        endpoint = require_str("name", name)
        return self._call(update_llm_endpoint, UpdateLLMEndpointResponse, endpoint, body=changes)

    async def async_update(
        self, name: str, params: UpdateLLMEndpointParams | UpdateLLMEndpointRequest
    ) -> UpdateLLMEndpointResponse:
        """Async form of `update`."""
        changes = body(UpdateLLMEndpointRequest, params, "params")
        endpoint, result = require_str("name", name), UpdateLLMEndpointResponse
        return await self._async_call(update_llm_endpoint, result, endpoint, body=changes)

    def delete(self, name: str) -> DeleteLLMEndpointResponse:
        """Delete an LLM endpoint.

        Args:
            name: The endpoint's name.

        Returns:
            Whether it was deleted.
        """
        endpoint = require_str("name", name)
        return self._call(delete_llm_endpoint, DeleteLLMEndpointResponse, endpoint)

    async def async_delete(self, name: str) -> DeleteLLMEndpointResponse:
        """Async form of `delete`."""
        endpoint = require_str("name", name)
        return await self._async_call(delete_llm_endpoint, DeleteLLMEndpointResponse, endpoint)

    def download(
        self, model_name: str, download_format: str = "hugging_face"
    ) -> ModelDownloadResponse:
        """Get the download URLs of a model's weights.

        Args:
            model_name: The model (such as a fine-tuned model's name).
            download_format: The format of the weights.

        Returns:
            ``urls``: file name to URL.
        """
        request = _download_body(model_name, download_format)
        return self._call(download_model, ModelDownloadResponse, body=request, idempotency_key=None)

    async def async_download(
        self, model_name: str, download_format: str = "hugging_face"
    ) -> ModelDownloadResponse:
        """Async form of `download`."""
        request = _download_body(model_name, download_format)
        return await self._async_call(
            download_model, ModelDownloadResponse, body=request, idempotency_key=None
        )


class LLMEndpointsRawResponses(RawResponses[LLMEndpointsResource]):
    """`LLMEndpointsResource` methods, each returning an `APIResponse`."""

    create = RawResponses.of(LLMEndpointsResource.create)
    async_create = RawResponses.of_async(LLMEndpointsResource.async_create)
    delete = RawResponses.of(LLMEndpointsResource.delete)
    async_delete = RawResponses.of_async(LLMEndpointsResource.async_delete)
    download = RawResponses.of(LLMEndpointsResource.download)
    async_download = RawResponses.of_async(LLMEndpointsResource.async_download)
    get = RawResponses.of(LLMEndpointsResource.get)
    async_get = RawResponses.of_async(LLMEndpointsResource.async_get)
    list = RawResponses.of(LLMEndpointsResource.list)
    async_list = RawResponses.of_async(LLMEndpointsResource.async_list)
    update = RawResponses.of(LLMEndpointsResource.update)
    async_update = RawResponses.of_async(LLMEndpointsResource.async_update)

"""The operations of `wriftai.resources.llm_endpoints`: the source of its sync twin."""

from __future__ import annotations

from typing import Unpack

from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import require_str
from wriftai._core.llm_endpoints import (
    CREATE_DEFAULTS,
    HARDWARE_FIELDS,
    create_body,
    download_body,
    list_query,
    update_body,
    with_current,
)
from wriftai._core.llm_endpoints import check_labels as check_labels
from wriftai._core.pages import ListResult
from wriftai.types import (
    CreateLLMEndpointParams,
    LLMEndpointOptions,
    UpdateLLMEndpointParams,
)
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
    ModelDownloadResponse,
    ModelEndpointOrderBy,
    UpdateLLMEndpointRequest,
    UpdateLLMEndpointResponse,
)

__all__ = ["CREATE_DEFAULTS", "HARDWARE_FIELDS", "AsyncLLMEndpointsResource"]


class AsyncLLMEndpointsResource(AsyncResource):
    """LLM model endpoints: ``await client.llm_endpoints.async_get(name)`` and the others."""

    async def async_create(
        self,
        name: str | CreateLLMEndpointParams | CreateLLMEndpointRequest,
        model: str | None = None,
        inference_framework_image_tag: str | None = None,
        **options: Unpack[LLMEndpointOptions],
    ) -> CreateLLMEndpointResponse:
        """Create an LLM endpoint; it serves once its status is ``READY``.

        Called as LLM Engine's official client calls it (``create("my-llm",
        "llama-2-7b", "latest", labels={...}, ...)``) or with one dict of settings
        (`CreateLLMEndpointParams`) or the generated request model. Left-out settings
        take `CREATE_DEFAULTS`. The rules of LLM Engine that are fixed in its code are
        checked before sending; the server answers `BadRequestError` (with its message)
        for the rest: a model whose weights it cannot find without a
        ``checkpoint_path``, an existing name, ``min_workers`` 0 on servers that cannot
        scale HTTP endpoints from zero, a GPU type it no longer offers. The endpoint is
        created once: LLM Engine does not read ``Idempotency-Key``, so the request is
        sent again only when the failure shows it was not processed.

        Args:
            name: The endpoint's name (or the whole dict of settings).
            model: The base model to serve (``model_name``).
            inference_framework_image_tag: The framework's Docker image tag (``latest``).
            **options: The other settings (see `LLMEndpointOptions`).

        Returns:
            The id of the creation task.

        Raises:
            TypeError: A needed setting is missing (``name``, ``model``, ``labels``), a
                key is unknown, or a value has the wrong type.
            ValueError: A value is not valid: an unknown framework, labels without
                ``team`` and ``product``, some but not all hardware fields, a
                non-streaming vLLM, text-generation-inference, LightLLM or TensorRT-LLM
                endpoint, a quantization the framework does not take, ``num_shards``
                other than ``gpus``, or a vLLM-only setting for another framework.
            BadRequestError: The server refused the settings (its message says why).
        """
        new = create_body(name, model, inference_framework_image_tag, dict(options))
        return await self._async_call(create_llm_endpoint, CreateLLMEndpointResponse, body=new)

    async def async_get(self, name: str) -> GetLLMEndpointResponse:
        """Get an LLM endpoint the caller owns or may use publicly.

        Args:
            name: The endpoint's name.

        Returns:
            The endpoint, with its status (``READY``, ``UPDATE_PENDING``, ...), image tag
            (``inference_framework_image_tag``, also read as ``inference_framework_tag``)
            and, under ``spec``, its ``deployment_state`` (workers) and
            ``resource_state`` (hardware). The settings kept there are also read at the
            top level, where a create takes them: ``public_inference``,
            ``min_workers``, ``max_workers``, ``per_worker``, ``cpus``, ``gpus``,
            ``memory``, ``gpu_type``, ``storage`` and ``nodes_per_worker``.

        Raises:
            NotFoundError: There is no such endpoint the caller may see.
        """
        return await self._async_call_id(get_llm_endpoint, GetLLMEndpointResponse, "name", name)

    async def async_list(
        self, name: str | None = None, order_by: str | ModelEndpointOrderBy | None = None
    ) -> ListResult[GetLLMEndpointResponse, ListLLMEndpointsResponse]:
        """List the caller's LLM endpoints and every public one (not paginated).

        Args:
            name: Only the endpoints with this name.
            order_by: ``newest``, ``oldest`` or ``alphabetical``.

        Returns:
            The `ListLLMEndpointsResponse` (``.model_endpoints``), iterable over them.

        Raises:
            ValueError: `name` is empty, or `order_by` is not one of the orders.
        """
        query = list_query(name, order_by)
        result = await self._async_call(list_llm_endpoints, ListLLMEndpointsResponse, **query)
        endpoints = list(getattr(result, "model_endpoints", []))
        return ListResult(endpoints, result)

    async def async_update(
        self,
        name: str,
        params: UpdateLLMEndpointParams | UpdateLLMEndpointRequest | None = None,
        **changes: Unpack[UpdateLLMEndpointParams],
    ) -> UpdateLLMEndpointResponse:
        """Change an LLM endpoint's settings; only the given ones change.

        The endpoint is read first (a ``GET``): its framework picks how LLM Engine reads
        the body, and its ``public_inference`` is sent when the update does not name it,
        because LLM Engine would read a left-out one as ``true``. Labels, when given,
        must name ``team`` and ``product``.

        Args:
            name: The endpoint's name.
            params: The changes as one dict (see `UpdateLLMEndpointParams`) or the
                generated request model; or else
            **changes: The changes as keyword arguments (``model`` is taken for
                ``model_name``, as LLM Engine's client names it).

        Returns:
            The id of the update task.

        Raises:
            TypeError: An unknown key, a value of the wrong type, or
                ``inference_framework`` (which an update cannot change).
            ValueError: A value is not valid.
            NotFoundError: The caller has no endpoint of that name.
        """
        endpoint = require_str("name", name)
        new = update_body(params, dict(changes))
        current = await self.async_get(endpoint)
        request = with_current(new, current)
        result = UpdateLLMEndpointResponse
        return await self._async_call(update_llm_endpoint, result, endpoint, body=request)

    async def async_delete(self, name: str) -> DeleteLLMEndpointResponse:
        """Delete an LLM endpoint the caller owns.

        Args:
            name: The endpoint's name.

        Returns:
            Whether it was deleted.

        Raises:
            NotFoundError: The caller has no endpoint of that name.
            PermissionDeniedError: The caller's team may not write the endpoint.
            ConflictError: Another operation on the endpoint is in progress.
        """
        return await self._async_call_id(
            delete_llm_endpoint, DeleteLLMEndpointResponse, "name", name
        )

    async def async_download(
        self, model_name: str, download_format: str = "hugging_face"
    ) -> ModelDownloadResponse:
        """Get the download URLs of the weights of a model the caller has an endpoint for.

        It creates nothing, so it is retried like a read.

        Args:
            model_name: The model (usually a fine-tuned model's name).
            download_format: The format of the weights (LLM Engine does not read it).

        Returns:
            ``urls``: file name to URL.

        Raises:
            TypeError: `model_name` or `download_format` is not a string.
            ValueError: `model_name` or `download_format` is empty.
            NotFoundError: The caller has no endpoint for that model.
        """
        request = download_body(model_name, download_format)
        return await self._async_call(download_model, ModelDownloadResponse, body=request)

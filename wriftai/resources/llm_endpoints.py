"""The LLM endpoints resource: create, get, list, update and delete endpoints; download models.

`create` takes LLM Engine's official client's arguments (``create(name, model,
inference_framework_image_tag, **options)``) or one dict of settings, fills the defaults
that client uses, and checks the rules of LLM Engine that are fixed in its code (labels
name ``team`` and ``product``; the six hardware fields all or none; streaming endpoints
for vLLM, text-generation-inference, LightLLM and TensorRT-LLM; quantization and shard
counts per framework) before sending. `update` reads the endpoint first, so that its body
is read as the endpoint's framework and a left-out ``public_inference`` keeps its value:
LLM Engine would read a left-out one as ``true`` and make a private endpoint public.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Unpack

from wriftai._pagination import ListResult
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, body, require_str
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
    LLMUpdateInferenceFramework,
    ModelDownloadRequest,
    ModelDownloadResponse,
    ModelEndpointOrderBy,
    UpdateLLMEndpointRequest,
    UpdateLLMEndpointResponse,
)
from wriftai_api.types import UNSET

__all__ = ["CREATE_DEFAULTS", "HARDWARE_FIELDS", "LLMEndpointsResource"]

CREATE_DEFAULTS: dict[str, Any] = {
    "source": "hugging_face",
    "inference_framework": "vllm",
    "inference_framework_image_tag": "latest",
    "metadata": {},
    "endpoint_type": "streaming",
    "min_workers": 0,
    "max_workers": 1,
    "per_worker": 2,
}
"""The values `LLMEndpointsResource.create` uses for the fields a caller leaves out (those
of LLM Engine's official client; ``num_shards`` is ``gpus``, or 1 without)."""

HARDWARE_FIELDS = ("cpus", "gpus", "memory", "gpu_type", "storage", "nodes_per_worker")
"""The hardware of an endpoint's workers: LLM Engine takes all six or none."""

_STREAMING_ONLY = frozenset({"vllm", "text_generation_inference", "lightllm", "tensorrt_llm"})
_QUANTIZATIONS = {"vllm": {"awq"}, "text_generation_inference": {"bitsandbytes"}}
_UPDATE_VARIANTS = frozenset(v.value for v in LLMUpdateInferenceFramework)
_ORDERS = frozenset(v.value for v in ModelEndpointOrderBy)


def check_labels(labels: object) -> None:
    """Checks endpoint labels as LLM Engine does (its rule is fixed in its code).

    Args:
        labels: The labels.

    Raises:
        TypeError: They are not a dict of strings.
        ValueError: ``team`` or ``product`` is missing, or ``user_id`` or
            ``endpoint_name`` is given.
    """
    if not isinstance(labels, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
    ):
        raise TypeError("labels must be a dict of str to str")
    missing = [name for name in ("team", "product") if name not in labels]
    if missing:
        raise ValueError(
            f"labels must name 'team' and 'product' (LLM Engine's rule); missing {missing}"
        )
    reserved = [name for name in ("user_id", "endpoint_name") if name in labels]
    if reserved:
        raise ValueError(f"labels may not use {reserved} (LLM Engine reserves them)")


def _check_create(settings: dict[str, Any]) -> None:
    """The create rules of LLM Engine that are fixed in its code (no request sent)."""
    check_labels(settings.get("labels"))
    given = [key for key in HARDWARE_FIELDS if settings.get(key) is not None]
    if given and len(given) < len(HARDWARE_FIELDS):
        missing = [key for key in HARDWARE_FIELDS if key not in given]
        raise ValueError(
            f"give all of {', '.join(HARDWARE_FIELDS)} or none (LLM Engine's rule); "
            f"missing {', '.join(missing)}"
        )
    framework = str(settings["inference_framework"])
    if framework in _STREAMING_ONLY and settings["endpoint_type"] != "streaming":
        raise ValueError(f"a {framework} endpoint must be of endpoint_type 'streaming'")
    quantize = settings.get("quantize")
    if quantize is not None and str(quantize) not in _QUANTIZATIONS.get(framework, set()):
        supported = sorted(_QUANTIZATIONS.get(framework, set())) or "none"
        raise ValueError(f"{framework} does not take quantize {quantize!r} (it takes {supported})")
    gpus, shards = settings.get("gpus"), settings["num_shards"]
    if gpus is not None and shards != gpus:
        raise ValueError(f"num_shards ({shards}) must equal gpus ({gpus})")
    if (settings.get("nodes_per_worker") or 1) > 1 and framework != "vllm":
        raise ValueError("nodes_per_worker above 1 is for vllm endpoints only")
    for vllm_only in ("chat_template_override", "max_model_len"):
        if settings.get(vllm_only) is not None and framework != "vllm":
            raise ValueError(f"{vllm_only} is for vllm endpoints only")


def _create_body(
    name: object, model: object, image_tag: object, options: dict[str, Any]
) -> CreateLLMEndpointRequest:
    """Checks `create`'s arguments and builds its body (no I/O)."""
    if isinstance(name, CreateLLMEndpointRequest):
        if model is not None or image_tag is not None or options:
            raise TypeError("give a CreateLLMEndpointRequest alone")
        settings: dict[str, Any] = name.to_dict()
    elif isinstance(name, Mapping):
        if model is not None or image_tag is not None or options:
            raise TypeError("give either one dict of settings or name, model and options")
        settings = dict(name)
    else:
        settings = {"name": require_str("name", name), **options}
        if model is not None:
            settings["model_name"] = model
        if image_tag is not None:
            settings["inference_framework_image_tag"] = image_tag
    if "name" not in settings or "model_name" not in settings:
        raise TypeError("an LLM endpoint needs a name and a model_name (model)")
    if "labels" not in settings:
        raise TypeError("an LLM endpoint needs labels with 'team' and 'product'")
    settings = {**CREATE_DEFAULTS, **{k: v for k, v in settings.items() if v is not None}}
    settings.setdefault("num_shards", settings.get("gpus") or 1)
    new = body(CreateLLMEndpointRequest, settings, "params")
    _check_create(settings)
    return new


def _update_body(params: object, changes: dict[str, Any]) -> UpdateLLMEndpointRequest:
    """Checks `update`'s arguments and builds its body, without the framework (no I/O)."""
    if params is None:
        given: dict[str, Any] = changes
    elif changes:
        raise TypeError("give either one dict of changes or keyword arguments")
    elif isinstance(params, UpdateLLMEndpointRequest):
        return copy.copy(params)  # the caller's model is left as it was
    elif isinstance(params, Mapping):
        given = dict(params)
    else:
        raise TypeError(f"params must be a dict, not {type(params).__name__}")
    if "model" in given:  # the name LLM Engine's official client gives model_name
        given["model_name"] = given.pop("model")
    if "inference_framework" in given:
        raise TypeError("inference_framework cannot change; the client sends the endpoint's own")
    if given.get("labels") is not None:
        check_labels(given["labels"])
    return body(UpdateLLMEndpointRequest, given, "params")


def _with_current(changes: UpdateLLMEndpointRequest, current: GetLLMEndpointResponse) -> Any:
    """The update as LLM Engine must receive it, given the endpoint as it stands.

    The endpoint's framework picks how the body is read, and a left-out
    ``public_inference`` is sent as it stands (LLM Engine would read it as ``true``); a
    setting the server does not report counts as False, as the server itself counts it.
    """
    framework = str(getattr(current, "inference_framework", ""))
    if framework in _UPDATE_VARIANTS:
        changes.inference_framework = LLMUpdateInferenceFramework(framework)
    else:  # LightLLM and TensorRT-LLM endpoints are read as vllm bodies
        changes.inference_framework = UNSET
    if changes.public_inference is UNSET:
        spec = getattr(current, "spec", None)
        changes.public_inference = getattr(spec, "public_inference", None) is True
    return changes


def _list_query(name: object, order_by: object) -> dict[str, Any]:
    query: dict[str, Any] = {}
    if name is not None:
        query["name"] = require_str("name", name)
    if order_by is not None:
        if str(order_by) not in _ORDERS:
            raise ValueError(f"order_by must be one of {', '.join(sorted(_ORDERS))}")
        query["order_by"] = ModelEndpointOrderBy(str(order_by))
    return query


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
        """
        new = _create_body(name, model, inference_framework_image_tag, dict(options))
        return self._call(create_llm_endpoint, CreateLLMEndpointResponse, body=new)

    async def async_create(
        self,
        name: str | CreateLLMEndpointParams | CreateLLMEndpointRequest,
        model: str | None = None,
        inference_framework_image_tag: str | None = None,
        **options: Unpack[LLMEndpointOptions],
    ) -> CreateLLMEndpointResponse:
        """Async form of `create`."""
        new = _create_body(name, model, inference_framework_image_tag, dict(options))
        return await self._async_call(create_llm_endpoint, CreateLLMEndpointResponse, body=new)

    def get(self, name: str) -> GetLLMEndpointResponse:
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
        """
        endpoint = require_str("name", name)
        return self._call(get_llm_endpoint, GetLLMEndpointResponse, endpoint)

    async def async_get(self, name: str) -> GetLLMEndpointResponse:
        """Async form of `get`."""
        endpoint = require_str("name", name)
        return await self._async_call(get_llm_endpoint, GetLLMEndpointResponse, endpoint)

    def list(
        self, name: str | None = None, order_by: str | ModelEndpointOrderBy | None = None
    ) -> ListResult[GetLLMEndpointResponse, ListLLMEndpointsResponse]:
        """List the caller's LLM endpoints and every public one (not paginated).

        Args:
            name: Only the endpoints with this name.
            order_by: ``newest``, ``oldest`` or ``alphabetical``.

        Returns:
            The `ListLLMEndpointsResponse` (``.model_endpoints``), iterable over them.
        """
        query = _list_query(name, order_by)
        result = self._call(list_llm_endpoints, ListLLMEndpointsResponse, **query)
        endpoints = list(getattr(result, "model_endpoints", []))
        return ListResult(endpoints, result)

    async def async_list(
        self, name: str | None = None, order_by: str | ModelEndpointOrderBy | None = None
    ) -> ListResult[GetLLMEndpointResponse, ListLLMEndpointsResponse]:
        """Async form of `list`; ``for`` and ``async for`` both walk the endpoints."""
        query = _list_query(name, order_by)
        result = await self._async_call(list_llm_endpoints, ListLLMEndpointsResponse, **query)
        endpoints = list(getattr(result, "model_endpoints", []))
        return ListResult(endpoints, result)

    def update(
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
        new = _update_body(params, dict(changes))
        current = self.get(endpoint)
        request = _with_current(new, current)
        return self._call(update_llm_endpoint, UpdateLLMEndpointResponse, endpoint, body=request)

    async def async_update(
        self,
        name: str,
        params: UpdateLLMEndpointParams | UpdateLLMEndpointRequest | None = None,
        **changes: Unpack[UpdateLLMEndpointParams],
    ) -> UpdateLLMEndpointResponse:
        """Async form of `update`."""
        endpoint = require_str("name", name)
        new = _update_body(params, dict(changes))
        current = await self.async_get(endpoint)
        request = _with_current(new, current)
        result = UpdateLLMEndpointResponse
        return await self._async_call(update_llm_endpoint, result, endpoint, body=request)

    def delete(self, name: str) -> DeleteLLMEndpointResponse:
        """Delete an LLM endpoint the caller owns.

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
        """Get the download URLs of the weights of a model the caller has an endpoint for.

        It creates nothing, so it is retried like a read.

        Args:
            model_name: The model (usually a fine-tuned model's name).
            download_format: The format of the weights (LLM Engine does not read it).

        Returns:
            ``urls``: file name to URL.
        """
        request = _download_body(model_name, download_format)
        return self._call(download_model, ModelDownloadResponse, body=request)

    async def async_download(
        self, model_name: str, download_format: str = "hugging_face"
    ) -> ModelDownloadResponse:
        """Async form of `download`."""
        request = _download_body(model_name, download_format)
        return await self._async_call(download_model, ModelDownloadResponse, body=request)


class LLMEndpointsRawResponses(RawResponses):
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

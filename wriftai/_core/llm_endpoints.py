"""The request shaping of the LLM endpoints resource (no I/O): LLM Engine's fixed rules.

`create_body` fills the defaults of LLM Engine's official client and checks the rules of
LLM Engine that are fixed in its code; `update_body` checks an update, and
`with_current` completes it from the endpoint as it stands (its framework, its
``public_inference``). `wriftai.resources.llm_endpoints` sends what these build.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from wriftai._core.arguments import body, require_str
from wriftai_api.models import (
    CreateLLMEndpointRequest,
    GetLLMEndpointResponse,
    LLMUpdateInferenceFramework,
    ModelDownloadRequest,
    ModelEndpointOrderBy,
    UpdateLLMEndpointRequest,
)
from wriftai_api.types import UNSET

__all__ = [
    "CREATE_DEFAULTS",
    "HARDWARE_FIELDS",
    "check_labels",
    "create_body",
    "download_body",
    "list_query",
    "update_body",
    "with_current",
]

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


def create_body(
    name: object, model: object, image_tag: object, options: dict[str, Any]
) -> CreateLLMEndpointRequest:
    """Checks `LLMEndpointsResource.create`'s arguments and builds its body.

    Args:
        name: The endpoint's name, or the whole dict of settings, or the request model.
        model: The base model (``model_name``), or None.
        image_tag: The ``inference_framework_image_tag``, or None.
        options: The other settings.

    Returns:
        The request body, with `CREATE_DEFAULTS` for what is left out.

    Raises:
        TypeError: A needed setting is missing, a key is unknown or a value has the
            wrong type, or a dict (or model) is given with other arguments.
        ValueError: A value is not valid, or a rule of LLM Engine is broken.
    """
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


def update_body(params: object, changes: dict[str, Any]) -> UpdateLLMEndpointRequest:
    """Checks `LLMEndpointsResource.update`'s arguments and builds its body.

    The body lacks the framework, which `with_current` adds from the endpoint.

    Args:
        params: The changes as one dict or the request model (copied), or None.
        changes: The changes as keyword arguments (``model`` is read as ``model_name``).

    Returns:
        The request body.

    Raises:
        TypeError: Both forms given, an unknown key, a wrong type, or
            ``inference_framework`` (which an update cannot change).
        ValueError: A value is not valid, or labels without ``team`` and ``product``.
    """
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


def with_current(changes: UpdateLLMEndpointRequest, current: GetLLMEndpointResponse) -> Any:
    """The update as LLM Engine must receive it, given the endpoint as it stands.

    The endpoint's framework picks how the body is read, and a left-out
    ``public_inference`` is sent as it stands (LLM Engine would read it as ``true``); a
    setting the server does not report counts as False, as the server itself counts it.

    Args:
        changes: The body `update_body` built; it is completed in place.
        current: The endpoint as the server reports it.

    Returns:
        `changes`, completed.
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


def list_query(name: object, order_by: object) -> dict[str, Any]:
    """Checks `LLMEndpointsResource.list`'s arguments and returns its query.

    Args:
        name: Only the endpoints with this name, or None.
        order_by: ``newest``, ``oldest`` or ``alphabetical``, or None.

    Returns:
        The endpoint's keyword arguments.

    Raises:
        TypeError: `name` is not a string.
        ValueError: `name` is empty, or `order_by` is not one of the orders.
    """
    query: dict[str, Any] = {}
    if name is not None:
        query["name"] = require_str("name", name)
    if order_by is not None:
        if str(order_by) not in _ORDERS:
            raise ValueError(f"order_by must be one of {', '.join(sorted(_ORDERS))}")
        query["order_by"] = ModelEndpointOrderBy(str(order_by))
    return query


def download_body(model_name: object, download_format: object) -> ModelDownloadRequest:
    """Checks `LLMEndpointsResource.download`'s arguments and builds its body.

    Args:
        model_name: The model whose weights to download.
        download_format: The format of the weights.

    Returns:
        The request body.

    Raises:
        TypeError: Either is not a string.
        ValueError: Either is empty.
    """
    name = require_str("model_name", model_name)
    return ModelDownloadRequest(
        model_name=name, download_format=require_str("download_format", download_format)
    )

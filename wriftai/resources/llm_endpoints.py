"""The LLM endpoints resource: create, get, list, update and delete endpoints; download models.

`create` takes LLM Engine's official client's arguments (``create(name, model,
inference_framework_image_tag, **options)``) or one dict of settings, fills the defaults
that client uses, and checks the rules of LLM Engine that are fixed in its code (labels
name ``team`` and ``product``; the six hardware fields all or none; streaming endpoints
for vLLM, text-generation-inference, LightLLM and TensorRT-LLM; quantization and shard
counts per framework) before sending. `update` reads the endpoint first, so that its body
is read as the endpoint's framework and a left-out ``public_inference`` keeps its value:
LLM Engine would read a left-out one as ``true`` and make a private endpoint public.
The request shaping (no I/O) is in `wriftai._core.llm_endpoints`.
"""

from __future__ import annotations

from _wriftai_sync.resources.llm_endpoints import LLMEndpointsRawResponses, LLMEndpointsResource
from wriftai.resources._async.llm_endpoints import CREATE_DEFAULTS, HARDWARE_FIELDS

__all__ = ["CREATE_DEFAULTS", "HARDWARE_FIELDS", "LLMEndpointsRawResponses", "LLMEndpointsResource"]

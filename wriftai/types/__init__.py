"""The parameter types of the facade: typed dicts for request bodies and wait options.

Responses are the generated attrs models of `wriftai_api.models` (re-exported here under
their own names), returned as the API sent them: unknown fields are kept in
``additional_properties`` and unknown values of open enums (such as a new prediction
status) are kept as plain strings.
"""

from __future__ import annotations

# Typing and standard-library names this module's namespace holds, for code that imports
# them from here.
from collections.abc import Awaitable as Awaitable
from collections.abc import Callable as Callable
from collections.abc import Mapping as Mapping
from dataclasses import dataclass as dataclass
from typing import IO as IO
from typing import TYPE_CHECKING as TYPE_CHECKING
from typing import Any as Any
from typing import NotRequired as NotRequired
from typing import TypeAlias as TypeAlias
from typing import TypedDict as TypedDict

from wriftai._lazy import rehome
from wriftai.types._account import CreateVariableParams, UpdateUserParams, UpdateVariableParams
from wriftai.types._llm_engine import (
    BatchCompletionsContent,
    BatchCompletionsModelConfig,
    CompletionOptions,
    CreateLLMEndpointParams,
    LLMEndpointOptions,
    ToolConfig,
    UpdateLLMEndpointParams,
)
from wriftai.types._llm_engine import _LLMEndpointSettings as _LLMEndpointSettings
from wriftai.types._models import (
    CreateModelParams,
    CreateVersionParams,
    SchemaIO,
    Schemas,
    UpdateModelParams,
    UpdateVersionConfigurationParams,
    VersionCompatibilities,
    VersionConfiguration,
)
from wriftai.types._pagination import (
    ModelPaginationOptions,
    PaginationOptions,
    PredictionPaginationOptions,
    UserPaginationOptions,
)
from wriftai.types._predictions import (
    CompleteUploadParams,
    CreatePredictionParams,
    CreateUploadParams,
    JsonValue,
    JsonValueWithFile,
    Webhook,
)
from wriftai.types._waiting import (
    AsyncCreateWaitOptions,
    AsyncWaitOptions,
    CreateWaitOptions,
    WaitOptions,
)
from wriftai.types._waiting import _BaseWaitOptions as _BaseWaitOptions
from wriftai.types._waiting import _CreateWaitFields as _CreateWaitFields

__all__ = [
    "AsyncCreateWaitOptions",
    "AsyncWaitOptions",
    "BatchCompletionsContent",
    "BatchCompletionsModelConfig",
    "CompleteUploadParams",
    "CompletionOptions",
    "CreateLLMEndpointParams",
    "CreateModelParams",
    "CreatePredictionParams",
    "CreateUploadParams",
    "CreateVariableParams",
    "CreateVersionParams",
    "CreateWaitOptions",
    "JsonValue",
    "JsonValueWithFile",
    "LLMEndpointOptions",
    "ModelPaginationOptions",
    "PaginationOptions",
    "PredictionPaginationOptions",
    "SchemaIO",
    "Schemas",
    "ToolConfig",
    "UpdateLLMEndpointParams",
    "UpdateModelParams",
    "UpdateUserParams",
    "UpdateVariableParams",
    "UpdateVersionConfigurationParams",
    "UserPaginationOptions",
    "VersionCompatibilities",
    "VersionConfiguration",
    "WaitOptions",
    "Webhook",
]

rehome(__name__, globals())

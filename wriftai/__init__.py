"""wriftai: a typed Python client for the WriftAI API.

Example:
    >>> from wriftai import Client
    >>> with Client() as client:  # token from WRIFTAI_ACCESS_TOKEN
    ...     model = client.models.get("wriftai", "echo")

The client, its errors and `__version__` load with the package; everything else (the
resources, the parameter types, the generated models) loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wriftai._client import Client
from wriftai._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MalformedSignatureError,
    MissingSignatureError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseFieldError,
    SignatureMismatchError,
    StaleTimestampError,
    StreamError,
    StreamInterruptedError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookSignatureError,
    WriftAIError,
)
from wriftai._lazy import lazy_exports
from wriftai._version import __version__

if TYPE_CHECKING:
    from _wriftai_sync.streaming import Stream
    from wriftai import webhooks
    from wriftai._async.streaming import AsyncStream
    from wriftai._core.hooks import (
        Hooks,
        RateLimitEvent,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
    )
    from wriftai._core.prediction_stream import PredictionEvent, UnknownPredictionEvent
    from wriftai._core.rate_limits import RateLimit
    from wriftai._core.uploads import UploadResult
    from wriftai._pagination import AsyncPage, ListResult, Page, PaginationOptions
    from wriftai._response import APIResponse
    from wriftai.types import (
        AsyncCreateWaitOptions,
        AsyncWaitOptions,
        BatchCompletionsContent,
        BatchCompletionsModelConfig,
        CompleteUploadParams,
        CompletionOptions,
        CreateLLMEndpointParams,
        CreateModelParams,
        CreatePredictionParams,
        CreateUploadParams,
        CreateVariableParams,
        CreateVersionParams,
        CreateWaitOptions,
        LLMEndpointOptions,
        ModelPaginationOptions,
        ToolConfig,
        UpdateLLMEndpointParams,
        UpdateModelParams,
        UpdateUserParams,
        UpdateVariableParams,
        UpdateVersionConfigurationParams,
        UserPaginationOptions,
        WaitOptions,
        Webhook,
    )
    from wriftai.types._files import File

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCreateWaitOptions",
    "AsyncPage",
    "AsyncStream",
    "AsyncWaitOptions",
    "AuthenticationError",
    "BadRequestError",
    "BatchCompletionsContent",
    "BatchCompletionsModelConfig",
    "Client",
    "CompleteUploadParams",
    "CompletionOptions",
    "ConflictError",
    "CreateLLMEndpointParams",
    "CreateModelParams",
    "CreatePredictionParams",
    "CreateUploadParams",
    "CreateVariableParams",
    "CreateVersionParams",
    "CreateWaitOptions",
    "File",
    "Hooks",
    "InternalServerError",
    "LLMEndpointOptions",
    "ListResult",
    "MalformedSignatureError",
    "MissingSignatureError",
    "ModelPaginationOptions",
    "NotFoundError",
    "Page",
    "PaginationOptions",
    "PermissionDeniedError",
    "PredictionEvent",
    "RateLimit",
    "RateLimitError",
    "RateLimitEvent",
    "RequestEvent",
    "ResponseEvent",
    "ResponseFieldError",
    "RetryEvent",
    "SignatureMismatchError",
    "StaleTimestampError",
    "Stream",
    "StreamError",
    "StreamInterruptedError",
    "ToolConfig",
    "UnknownPredictionEvent",
    "UnprocessableEntityError",
    "UpdateLLMEndpointParams",
    "UpdateModelParams",
    "UpdateUserParams",
    "UpdateVariableParams",
    "UpdateVersionConfigurationParams",
    "UploadResult",
    "UserPaginationOptions",
    "WaitOptions",
    "WaitTimeoutError",
    "Webhook",
    "WebhookSignatureError",
    "WriftAIError",
    "__version__",
    "webhooks",
]

_LAZY = {
    "APIResponse": "wriftai._response",
    "Hooks": "wriftai._core.hooks",
    "RateLimit": "wriftai._core.rate_limits",
    "RateLimitEvent": "wriftai._core.hooks",
    "RequestEvent": "wriftai._core.hooks",
    "ResponseEvent": "wriftai._core.hooks",
    "RetryEvent": "wriftai._core.hooks",
    "webhooks": "wriftai.webhooks",
    "File": "wriftai.types._files",
    "UploadResult": "wriftai._core.uploads",
    "CompleteUploadParams": "wriftai.types",
    "CreateUploadParams": "wriftai.types",
    "CreateVariableParams": "wriftai.types",
    "UpdateUserParams": "wriftai.types",
    "UpdateVariableParams": "wriftai.types",
    "UpdateVersionConfigurationParams": "wriftai.types",
    "UserPaginationOptions": "wriftai.types",
    "AsyncPage": "wriftai._pagination",
    "ListResult": "wriftai._pagination",
    "Page": "wriftai._pagination",
    "PaginationOptions": "wriftai._pagination",
    "AsyncStream": "wriftai._async.streaming",
    "PredictionEvent": "wriftai._core.prediction_stream",
    "Stream": "_wriftai_sync.streaming",
    "UnknownPredictionEvent": "wriftai._core.prediction_stream",
    "AsyncWaitOptions": "wriftai.types",
    "AsyncCreateWaitOptions": "wriftai.types",
    "CreateWaitOptions": "wriftai.types",
    "BatchCompletionsContent": "wriftai.types",
    "BatchCompletionsModelConfig": "wriftai.types",
    "CompletionOptions": "wriftai.types",
    "CreateLLMEndpointParams": "wriftai.types",
    "UpdateLLMEndpointParams": "wriftai.types",
    "CreateModelParams": "wriftai.types",
    "CreatePredictionParams": "wriftai.types",
    "CreateVersionParams": "wriftai.types",
    "LLMEndpointOptions": "wriftai.types",
    "ToolConfig": "wriftai.types",
    "ModelPaginationOptions": "wriftai.types",
    "UpdateModelParams": "wriftai.types",
    "WaitOptions": "wriftai.types",
    "Webhook": "wriftai.types",
}


__getattr__, __dir__ = lazy_exports("wriftai", globals(), _LAZY, __all__)

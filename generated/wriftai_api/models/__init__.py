"""Contains all the data models used in inputs/outputs"""

from .base_user import BaseUser
from .batch_completions_job import BatchCompletionsJob
from .batch_completions_job_metadata import BatchCompletionsJobMetadata
from .batch_completions_job_status import BatchCompletionsJobStatus
from .batch_job_status import BatchJobStatus
from .billing_tags import BillingTags
from .callback_auth import CallbackAuth
from .cancel_accepted import CancelAccepted
from .cancel_batch_completion_response import CancelBatchCompletionResponse
from .cancel_fine_tune_response import CancelFineTuneResponse
from .complete_upload_request import CompleteUploadRequest
from .completion_output import CompletionOutput
from .completion_request import CompletionRequest
from .completion_stream_output import CompletionStreamOutput
from .completion_stream_response import CompletionStreamResponse
from .completion_sync_response import CompletionSyncResponse
from .create_batch_completions_model_config import CreateBatchCompletionsModelConfig
from .create_batch_completions_request import CreateBatchCompletionsRequest
from .create_batch_completions_request_content import CreateBatchCompletionsRequestContent
from .create_batch_completions_response import CreateBatchCompletionsResponse
from .create_fine_tune_request import CreateFineTuneRequest
from .create_fine_tune_response import CreateFineTuneResponse
from .create_llm_endpoint_request import CreateLLMEndpointRequest
from .create_llm_endpoint_response import CreateLLMEndpointResponse
from .create_model_params import CreateModelParams
from .create_prediction_request import CreatePredictionRequest
from .create_upload_request import CreateUploadRequest
from .create_variable_params import CreateVariableParams
from .create_version_params import CreateVersionParams
from .delete_file_response import DeleteFileResponse
from .delete_llm_endpoint_response import DeleteLLMEndpointResponse
from .error import Error
from .error_source import ErrorSource
from .fine_tune_event import FineTuneEvent
from .fine_tune_hyperparameters import FineTuneHyperparameters
from .get_batch_completion_response import GetBatchCompletionResponse
from .get_file_content_response import GetFileContentResponse
from .get_file_response import GetFileResponse
from .get_fine_tune_events_response import GetFineTuneEventsResponse
from .get_fine_tune_response import GetFineTuneResponse
from .get_llm_endpoint_response import GetLLMEndpointResponse
from .gpu_type import GpuType
from .hardware import Hardware
from .hardware_page import HardwarePage
from .json_schema_document import JsonSchemaDocument
from .labels import Labels
from .list_files_response import ListFilesResponse
from .list_fine_tunes_response import ListFineTunesResponse
from .list_llm_endpoints_response import ListLLMEndpointsResponse
from .llm_inference_framework import LLMInferenceFramework
from .llm_source import LLMSource
from .llm_update_inference_framework import LLMUpdateInferenceFramework
from .metadata import Metadata
from .model import Model
from .model_category import ModelCategory
from .model_category_page import ModelCategoryPage
from .model_download_request import ModelDownloadRequest
from .model_download_response import ModelDownloadResponse
from .model_download_urls import ModelDownloadUrls
from .model_endpoint_deployment_state import ModelEndpointDeploymentState
from .model_endpoint_order_by import ModelEndpointOrderBy
from .model_endpoint_resource_state import ModelEndpointResourceState
from .model_endpoint_spec import ModelEndpointSpec
from .model_endpoint_status import ModelEndpointStatus
from .model_endpoint_type import ModelEndpointType
from .model_page import ModelPage
from .model_version import ModelVersion
from .model_version_page import ModelVersionPage
from .model_version_with_details import ModelVersionWithDetails
from .model_visibility import ModelVisibility
from .models_sort_by import ModelsSortBy
from .nested_hyperparameters import NestedHyperparameters
from .prediction import Prediction
from .prediction_done_event import PredictionDoneEvent
from .prediction_error_event import PredictionErrorEvent
from .prediction_event_summary import PredictionEventSummary
from .prediction_init_event import PredictionInitEvent
from .prediction_metrics import PredictionMetrics
from .prediction_model import PredictionModel
from .prediction_output_event import PredictionOutputEvent
from .prediction_page import PredictionPage
from .prediction_status import PredictionStatus
from .prediction_with_io import PredictionWithIO
from .quantization import Quantization
from .schema_io import SchemaIO
from .schemas import Schemas
from .sort_direction import SortDirection
from .stream_error import StreamError
from .stream_error_content import StreamErrorContent
from .stream_output_schema import StreamOutputSchema
from .task_error import TaskError
from .token_output import TokenOutput
from .tool_config import ToolConfig
from .update_llm_endpoint_request import UpdateLLMEndpointRequest
from .update_llm_endpoint_response import UpdateLLMEndpointResponse
from .update_model_params import UpdateModelParams
from .update_user_params import UpdateUserParams
from .update_variable_params import UpdateVariableParams
from .update_version_configuration_params import UpdateVersionConfigurationParams
from .upload import Upload
from .upload_completion import UploadCompletion
from .upload_file_request import UploadFileRequest
from .upload_file_response import UploadFileResponse
from .user import User
from .user_page import UserPage
from .user_with_details import UserWithDetails
from .users_sort_by import UsersSortBy
from .variable import Variable
from .variable_page import VariablePage
from .version_compatibilities import VersionCompatibilities
from .version_configuration import VersionConfiguration
from .wandb_config import WandbConfig
from .webhook import Webhook

__all__ = (
    "BaseUser",
    "BatchCompletionsJob",
    "BatchCompletionsJobMetadata",
    "BatchCompletionsJobStatus",
    "BatchJobStatus",
    "BillingTags",
    "CallbackAuth",
    "CancelAccepted",
    "CancelBatchCompletionResponse",
    "CancelFineTuneResponse",
    "CompleteUploadRequest",
    "CompletionOutput",
    "CompletionRequest",
    "CompletionStreamOutput",
    "CompletionStreamResponse",
    "CompletionSyncResponse",
    "CreateBatchCompletionsModelConfig",
    "CreateBatchCompletionsRequest",
    "CreateBatchCompletionsRequestContent",
    "CreateBatchCompletionsResponse",
    "CreateFineTuneRequest",
    "CreateFineTuneResponse",
    "CreateLLMEndpointRequest",
    "CreateLLMEndpointResponse",
    "CreateModelParams",
    "CreatePredictionRequest",
    "CreateUploadRequest",
    "CreateVariableParams",
    "CreateVersionParams",
    "DeleteFileResponse",
    "DeleteLLMEndpointResponse",
    "Error",
    "ErrorSource",
    "FineTuneEvent",
    "FineTuneHyperparameters",
    "GetBatchCompletionResponse",
    "GetFileContentResponse",
    "GetFileResponse",
    "GetFineTuneEventsResponse",
    "GetFineTuneResponse",
    "GetLLMEndpointResponse",
    "GpuType",
    "Hardware",
    "HardwarePage",
    "JsonSchemaDocument",
    "Labels",
    "ListFilesResponse",
    "ListFineTunesResponse",
    "ListLLMEndpointsResponse",
    "LLMInferenceFramework",
    "LLMSource",
    "LLMUpdateInferenceFramework",
    "Metadata",
    "Model",
    "ModelCategory",
    "ModelCategoryPage",
    "ModelDownloadRequest",
    "ModelDownloadResponse",
    "ModelDownloadUrls",
    "ModelEndpointDeploymentState",
    "ModelEndpointOrderBy",
    "ModelEndpointResourceState",
    "ModelEndpointSpec",
    "ModelEndpointStatus",
    "ModelEndpointType",
    "ModelPage",
    "ModelsSortBy",
    "ModelVersion",
    "ModelVersionPage",
    "ModelVersionWithDetails",
    "ModelVisibility",
    "NestedHyperparameters",
    "Prediction",
    "PredictionDoneEvent",
    "PredictionErrorEvent",
    "PredictionEventSummary",
    "PredictionInitEvent",
    "PredictionMetrics",
    "PredictionModel",
    "PredictionOutputEvent",
    "PredictionPage",
    "PredictionStatus",
    "PredictionWithIO",
    "Quantization",
    "SchemaIO",
    "Schemas",
    "SortDirection",
    "StreamError",
    "StreamErrorContent",
    "StreamOutputSchema",
    "TaskError",
    "TokenOutput",
    "ToolConfig",
    "UpdateLLMEndpointRequest",
    "UpdateLLMEndpointResponse",
    "UpdateModelParams",
    "UpdateUserParams",
    "UpdateVariableParams",
    "UpdateVersionConfigurationParams",
    "Upload",
    "UploadCompletion",
    "UploadFileRequest",
    "UploadFileResponse",
    "User",
    "UserPage",
    "UsersSortBy",
    "UserWithDetails",
    "Variable",
    "VariablePage",
    "VersionCompatibilities",
    "VersionConfiguration",
    "WandbConfig",
    "Webhook",
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_endpoint_status import ModelEndpointStatus
from ..models.model_endpoint_type import ModelEndpointType
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.callback_auth import CallbackAuth
    from ..models.labels import Labels
    from ..models.metadata import Metadata
    from ..models.model_endpoint_deployment_state import ModelEndpointDeploymentState
    from ..models.model_endpoint_resource_state import ModelEndpointResourceState

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="ModelEndpointSpec")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelEndpointSpec:
    """(For self-hosted users) Model endpoint details."""

    id: str
    """ ID of the endpoint. """
    name: str
    """ Name of the endpoint. """
    endpoint_type: ModelEndpointType | str
    """ How an endpoint answers; types this document does not know are kept as plain strings. """
    destination: str
    """ The queue or service the endpoint's requests go to. """
    bundle_name: str
    """ The model bundle the endpoint runs. """
    status: ModelEndpointStatus | str
    """ An endpoint's status; statuses this document does not know are kept as plain strings. """
    created_by: str
    """ Who created the endpoint. """
    created_at: datetime.datetime
    """ When the endpoint was created. """
    last_updated_at: datetime.datetime
    """ When the endpoint was last updated. """
    deployment_name: None | str | Unset = UNSET
    """ The name of the endpoint's deployment. """
    metadata: Metadata | None | Unset = UNSET
    """ The endpoint's metadata (the server keeps its LLM settings under `_llm`). """
    post_inference_hooks: list[str] | None | Unset = UNSET
    """ Hooks run after each inference. """
    default_callback_url: None | str | Unset = UNSET
    """ Where async results are posted. """
    default_callback_auth: CallbackAuth | None | Unset = UNSET
    """ How the callback authenticates. """
    labels: Labels | None | Unset = UNSET
    """ The endpoint's labels. """
    aws_role: None | str | Unset = UNSET
    """ The AWS role the endpoint runs as. """
    results_s3_bucket: None | str | Unset = UNSET
    """ The bucket async results go to. """
    deployment_state: ModelEndpointDeploymentState | None | Unset = UNSET
    """ Scaling settings and workers. """
    resource_state: ModelEndpointResourceState | None | Unset = UNSET
    """ Hardware per worker. """
    num_queued_items: int | None | Unset = UNSET
    """ Requests waiting in the endpoint's queue. """
    public_inference: bool | None | Unset = UNSET
    """ Whether any user may run inference on the endpoint (null means no). """
    task_expires_seconds: int | None | Unset = UNSET
    """ How long an async task may wait in the queue. """
    queue_message_timeout_seconds: int | None | Unset = UNSET
    """ How long an async task may run before the queue hands it out again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "endpoint_type",
            "destination",
            "bundle_name",
            "status",
            "created_by",
            "created_at",
            "last_updated_at",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("name", "name", True),
        ("endpoint_type", "endpoint_type", True),
        ("destination", "destination", True),
        ("bundle_name", "bundle_name", True),
        ("status", "status", True),
        ("created_by", "created_by", True),
        ("created_at", "created_at", True),
        ("last_updated_at", "last_updated_at", True),
        ("deployment_name", "deployment_name", False),
        ("metadata", "metadata", False),
        ("post_inference_hooks", "post_inference_hooks", False),
        ("default_callback_url", "default_callback_url", False),
        ("default_callback_auth", "default_callback_auth", False),
        ("labels", "labels", False),
        ("aws_role", "aws_role", False),
        ("results_s3_bucket", "results_s3_bucket", False),
        ("deployment_state", "deployment_state", False),
        ("resource_state", "resource_state", False),
        ("num_queued_items", "num_queued_items", False),
        ("public_inference", "public_inference", False),
        ("task_expires_seconds", "task_expires_seconds", False),
        ("queue_message_timeout_seconds", "queue_message_timeout_seconds", False),
    )

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise field_missing(self, name)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if self.additional_properties and not _WIRE_NAMES.isdisjoint(self.additional_properties):
            return partial_to_dict(self)  # a field kept as it came is written as it came
        try:
            return self._to_dict()
        except AttributeError:  # ResponseFieldError, or the class a caller set for it
            return partial_to_dict(self)

    def _to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        endpoint_type: str
        if isinstance(self.endpoint_type, ModelEndpointType):
            endpoint_type = self.endpoint_type.value
        else:
            endpoint_type = self.endpoint_type

        destination = self.destination

        bundle_name = self.bundle_name

        status: str
        if isinstance(self.status, ModelEndpointStatus):
            status = self.status.value
        else:
            status = self.status

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        last_updated_at = self.last_updated_at.isoformat()

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        post_inference_hooks: list[str] | None | Unset
        if isinstance(self.post_inference_hooks, Unset):
            post_inference_hooks = UNSET
        elif isinstance(self.post_inference_hooks, list):
            post_inference_hooks = self.post_inference_hooks

        else:
            post_inference_hooks = self.post_inference_hooks

        default_callback_url: None | str | Unset
        if isinstance(self.default_callback_url, Unset):
            default_callback_url = UNSET
        else:
            default_callback_url = self.default_callback_url

        default_callback_auth: dict[str, Any] | None | Unset
        if isinstance(self.default_callback_auth, Unset):
            default_callback_auth = UNSET
        elif isinstance(self.default_callback_auth, CallbackAuth):
            default_callback_auth = self.default_callback_auth.to_dict()
        else:
            default_callback_auth = self.default_callback_auth

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, Labels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        aws_role: None | str | Unset
        if isinstance(self.aws_role, Unset):
            aws_role = UNSET
        else:
            aws_role = self.aws_role

        results_s3_bucket: None | str | Unset
        if isinstance(self.results_s3_bucket, Unset):
            results_s3_bucket = UNSET
        else:
            results_s3_bucket = self.results_s3_bucket

        deployment_state: dict[str, Any] | None | Unset
        if isinstance(self.deployment_state, Unset):
            deployment_state = UNSET
        elif isinstance(self.deployment_state, ModelEndpointDeploymentState):
            deployment_state = self.deployment_state.to_dict()
        else:
            deployment_state = self.deployment_state

        resource_state: dict[str, Any] | None | Unset
        if isinstance(self.resource_state, Unset):
            resource_state = UNSET
        elif isinstance(self.resource_state, ModelEndpointResourceState):
            resource_state = self.resource_state.to_dict()
        else:
            resource_state = self.resource_state

        num_queued_items: int | None | Unset
        if isinstance(self.num_queued_items, Unset):
            num_queued_items = UNSET
        else:
            num_queued_items = self.num_queued_items

        public_inference: bool | None | Unset
        if isinstance(self.public_inference, Unset):
            public_inference = UNSET
        else:
            public_inference = self.public_inference

        task_expires_seconds: int | None | Unset
        if isinstance(self.task_expires_seconds, Unset):
            task_expires_seconds = UNSET
        else:
            task_expires_seconds = self.task_expires_seconds

        queue_message_timeout_seconds: int | None | Unset
        if isinstance(self.queue_message_timeout_seconds, Unset):
            queue_message_timeout_seconds = UNSET
        else:
            queue_message_timeout_seconds = self.queue_message_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "endpoint_type": endpoint_type,
                "destination": destination,
                "bundle_name": bundle_name,
                "status": status,
                "created_by": created_by,
                "created_at": created_at,
                "last_updated_at": last_updated_at,
            }
        )
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if post_inference_hooks is not UNSET:
            field_dict["post_inference_hooks"] = post_inference_hooks
        if default_callback_url is not UNSET:
            field_dict["default_callback_url"] = default_callback_url
        if default_callback_auth is not UNSET:
            field_dict["default_callback_auth"] = default_callback_auth
        if labels is not UNSET:
            field_dict["labels"] = labels
        if aws_role is not UNSET:
            field_dict["aws_role"] = aws_role
        if results_s3_bucket is not UNSET:
            field_dict["results_s3_bucket"] = results_s3_bucket
        if deployment_state is not UNSET:
            field_dict["deployment_state"] = deployment_state
        if resource_state is not UNSET:
            field_dict["resource_state"] = resource_state
        if num_queued_items is not UNSET:
            field_dict["num_queued_items"] = num_queued_items
        if public_inference is not UNSET:
            field_dict["public_inference"] = public_inference
        if task_expires_seconds is not UNSET:
            field_dict["task_expires_seconds"] = task_expires_seconds
        if queue_message_timeout_seconds is not UNSET:
            field_dict["queue_message_timeout_seconds"] = queue_message_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object; what does not conform to the schema is kept as it came.

        A field that is missing or of another shape is reported (logged at debug level on the
        ``wriftai`` logger, or raised in a strict `ParseContext`) and its value, if any, kept
        in ``additional_properties``.
        """
        try:
            return cls._from_dict(src_dict)
        except PARSE_ERRORS:
            return read_tolerantly(cls, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object that conforms to the schema; raises on the first value that does not."""
        d = src_dict
        id = d["id"]
        if not (type(id) is str):
            raise TypeError(id)

        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        _endpoint_type = d["endpoint_type"]
        endpoint_type: ModelEndpointType | str
        if type(_endpoint_type) is str:
            endpoint_type = ModelEndpointType._value2member_map_.get(_endpoint_type, _endpoint_type)  # type: ignore[assignment]
        else:
            raise TypeError(_endpoint_type)

        destination = d["destination"]
        if not (type(destination) is str):
            raise TypeError(destination)

        bundle_name = d["bundle_name"]
        if not (type(bundle_name) is str):
            raise TypeError(bundle_name)

        _status = d["status"]
        status: ModelEndpointStatus | str
        if type(_status) is str:
            status = ModelEndpointStatus._value2member_map_.get(_status, _status)  # type: ignore[assignment]
        else:
            raise TypeError(_status)

        created_by = d["created_by"]
        if not (type(created_by) is str):
            raise TypeError(created_by)

        created_at = _fromisoformat(d["created_at"])

        last_updated_at = _fromisoformat(d["last_updated_at"])

        deployment_name: None | str | Unset = d.get("deployment_name", UNSET)
        if not (type(deployment_name) is str or deployment_name is None or deployment_name is UNSET):
            raise TypeError(deployment_name)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | None | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata_type_0 = _read_Metadata(_metadata)

            metadata = metadata_type_0

        _post_inference_hooks = d.get("post_inference_hooks", UNSET)
        post_inference_hooks: list[str] | None | Unset
        if _post_inference_hooks is None or _post_inference_hooks is UNSET:
            post_inference_hooks = _post_inference_hooks
        else:
            if not isinstance(_post_inference_hooks, list):
                raise TypeError()
            post_inference_hooks_type_0 = cast(list[str], _post_inference_hooks)
            if type(post_inference_hooks_type_0) is not list or not all(
                type(item) is str for item in post_inference_hooks_type_0
            ):
                raise TypeError(post_inference_hooks_type_0)

            post_inference_hooks = post_inference_hooks_type_0

        default_callback_url: None | str | Unset = d.get("default_callback_url", UNSET)
        if not (type(default_callback_url) is str or default_callback_url is None or default_callback_url is UNSET):
            raise TypeError(default_callback_url)

        _default_callback_auth = d.get("default_callback_auth", UNSET)
        default_callback_auth: CallbackAuth | None | Unset
        if _default_callback_auth is None or _default_callback_auth is UNSET:
            default_callback_auth = _default_callback_auth
        else:
            if not isinstance(_default_callback_auth, dict):
                raise TypeError()
            default_callback_auth_type_0 = _read_CallbackAuth(_default_callback_auth)

            default_callback_auth = default_callback_auth_type_0

        _labels = d.get("labels", UNSET)
        labels: Labels | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not isinstance(_labels, dict):
                raise TypeError()
            labels_type_0 = _read_Labels(_labels)

            labels = labels_type_0

        aws_role: None | str | Unset = d.get("aws_role", UNSET)
        if not (type(aws_role) is str or aws_role is None or aws_role is UNSET):
            raise TypeError(aws_role)

        results_s3_bucket: None | str | Unset = d.get("results_s3_bucket", UNSET)
        if not (type(results_s3_bucket) is str or results_s3_bucket is None or results_s3_bucket is UNSET):
            raise TypeError(results_s3_bucket)

        _deployment_state = d.get("deployment_state", UNSET)
        deployment_state: ModelEndpointDeploymentState | None | Unset
        if _deployment_state is None or _deployment_state is UNSET:
            deployment_state = _deployment_state
        else:
            if not isinstance(_deployment_state, dict):
                raise TypeError()
            deployment_state_type_0 = _read_ModelEndpointDeploymentState(_deployment_state)

            deployment_state = deployment_state_type_0

        _resource_state = d.get("resource_state", UNSET)
        resource_state: ModelEndpointResourceState | None | Unset
        if _resource_state is None or _resource_state is UNSET:
            resource_state = _resource_state
        else:
            if not isinstance(_resource_state, dict):
                raise TypeError()
            resource_state_type_0 = _read_ModelEndpointResourceState(_resource_state)

            resource_state = resource_state_type_0

        num_queued_items: int | None | Unset = d.get("num_queued_items", UNSET)
        if not (type(num_queued_items) is int or num_queued_items is None or num_queued_items is UNSET):
            raise TypeError(num_queued_items)

        public_inference: bool | None | Unset = d.get("public_inference", UNSET)
        if not (type(public_inference) is bool or public_inference is None or public_inference is UNSET):
            raise TypeError(public_inference)

        task_expires_seconds: int | None | Unset = d.get("task_expires_seconds", UNSET)
        if not (type(task_expires_seconds) is int or task_expires_seconds is None or task_expires_seconds is UNSET):
            raise TypeError(task_expires_seconds)

        queue_message_timeout_seconds: int | None | Unset = d.get("queue_message_timeout_seconds", UNSET)
        if not (
            type(queue_message_timeout_seconds) is int
            or queue_message_timeout_seconds is None
            or queue_message_timeout_seconds is UNSET
        ):
            raise TypeError(queue_message_timeout_seconds)

        model_endpoint_spec = cls(
            id,
            name,
            endpoint_type,
            destination,
            bundle_name,
            status,
            created_by,
            created_at,
            last_updated_at,
            deployment_name,
            metadata,
            post_inference_hooks,
            default_callback_url,
            default_callback_auth,
            labels,
            aws_role,
            results_s3_bucket,
            deployment_state,
            resource_state,
            num_queued_items,
            public_inference,
            task_expires_seconds,
            queue_message_timeout_seconds,
        )

        if len(d) != 9 + (deployment_name is not UNSET) + (metadata is not UNSET) + (
            post_inference_hooks is not UNSET
        ) + (default_callback_url is not UNSET) + (default_callback_auth is not UNSET) + (labels is not UNSET) + (
            aws_role is not UNSET
        ) + (results_s3_bucket is not UNSET) + (deployment_state is not UNSET) + (resource_state is not UNSET) + (
            num_queued_items is not UNSET
        ) + (public_inference is not UNSET) + (task_expires_seconds is not UNSET) + (
            queue_message_timeout_seconds is not UNSET
        ):
            model_endpoint_spec.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "endpoint_type",
                    "destination",
                    "bundle_name",
                    "status",
                    "created_by",
                    "created_at",
                    "last_updated_at",
                    "deployment_name",
                    "metadata",
                    "post_inference_hooks",
                    "default_callback_url",
                    "default_callback_auth",
                    "labels",
                    "aws_role",
                    "results_s3_bucket",
                    "deployment_state",
                    "resource_state",
                    "num_queued_items",
                    "public_inference",
                    "task_expires_seconds",
                    "queue_message_timeout_seconds",
                }
            }
        return model_endpoint_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelEndpointSpec._wire_fields)


from ..models.callback_auth import CallbackAuth  # noqa: E402
from ..models.labels import Labels  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.model_endpoint_deployment_state import ModelEndpointDeploymentState  # noqa: E402
from ..models.model_endpoint_resource_state import ModelEndpointResourceState  # noqa: E402

_read_ModelEndpointSpec = ModelEndpointSpec._from_dict
_read_CallbackAuth = CallbackAuth._from_dict
_read_Labels = Labels._from_dict
_read_Metadata = Metadata._from_dict
_read_ModelEndpointDeploymentState = ModelEndpointDeploymentState._from_dict
_read_ModelEndpointResourceState = ModelEndpointResourceState._from_dict

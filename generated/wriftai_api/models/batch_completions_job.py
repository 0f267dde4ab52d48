from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_completions_job_status import BatchCompletionsJobStatus
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.batch_completions_job_metadata import BatchCompletionsJobMetadata
    from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig


T = TypeVar("T", bound="BatchCompletionsJob")


@_attrs_define(repr=False, getstate_setstate=False)
class BatchCompletionsJob:
    """A batch completion job as the `/v2` routes describe it."""

    job_id: str
    """ ID of the job. """
    output_data_path: str
    """ Where the results are written (`unknown` for a job created through `/v1`). """
    model_config: CreateBatchCompletionsModelConfig | str
    """ The job's model settings, or a placeholder string when the server cannot tell them. """
    status: BatchCompletionsJobStatus | str
    """ A batch completion job's status; statuses this document does not know are kept as plain strings. """
    created_at: str
    """ When the job was created (ISO 8601, possibly without a time zone). """
    expires_at: str
    """ When the job's time limit runs out (ISO 8601, possibly without a time zone; `unknown` for a job created
    through `/v1`). """
    completed_at: None | str
    """ When the job ended, or null while it runs. """
    metadata: BatchCompletionsJobMetadata | None
    """ The job's metadata. """
    input_data_path: None | str | Unset = UNSET
    """ The input file (`unknown` for a job created through `/v1`). """
    priority: None | str | Unset = UNSET
    """ The job's priority. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "job_id",
            "output_data_path",
            "model_config",
            "status",
            "created_at",
            "expires_at",
            "completed_at",
            "metadata",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("job_id", "job_id", True),
        ("output_data_path", "output_data_path", True),
        ("model_config", "model_config", True),
        ("status", "status", True),
        ("created_at", "created_at", True),
        ("expires_at", "expires_at", True),
        ("completed_at", "completed_at", True),
        ("metadata", "metadata", True),
        ("input_data_path", "input_data_path", False),
        ("priority", "priority", False),
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
        job_id = self.job_id

        output_data_path = self.output_data_path

        model_config: dict[str, Any] | str
        if isinstance(self.model_config, CreateBatchCompletionsModelConfig):
            model_config = self.model_config.to_dict()
        else:
            model_config = self.model_config

        status: str
        if isinstance(self.status, BatchCompletionsJobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        expires_at = self.expires_at

        completed_at: None | str
        completed_at = self.completed_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, BatchCompletionsJobMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        input_data_path: None | str | Unset
        if isinstance(self.input_data_path, Unset):
            input_data_path = UNSET
        else:
            input_data_path = self.input_data_path

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "output_data_path": output_data_path,
                "model_config": model_config,
                "status": status,
                "created_at": created_at,
                "expires_at": expires_at,
                "completed_at": completed_at,
                "metadata": metadata,
            }
        )
        if input_data_path is not UNSET:
            field_dict["input_data_path"] = input_data_path
        if priority is not UNSET:
            field_dict["priority"] = priority

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
        job_id = d["job_id"]
        if not (type(job_id) is str):
            raise TypeError(job_id)

        output_data_path = d["output_data_path"]
        if not (type(output_data_path) is str):
            raise TypeError(output_data_path)

        def _parse_model_config(data: object) -> CreateBatchCompletionsModelConfig | str:
            if isinstance(data, dict) and CreateBatchCompletionsModelConfig._required_keys <= data.keys():
                try:
                    model_config_type_0 = _read_CreateBatchCompletionsModelConfig(data)

                    return model_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not (type(data) is str):
                raise TypeError(data)

            return cast(CreateBatchCompletionsModelConfig | str, data)

        model_config = _parse_model_config(d["model_config"])

        _status = d["status"]
        status: BatchCompletionsJobStatus | str
        if type(_status) is str:
            status = BatchCompletionsJobStatus._value2member_map_.get(_status, _status)  # type: ignore[assignment]
        else:
            raise TypeError(_status)

        created_at = d["created_at"]
        if not (type(created_at) is str):
            raise TypeError(created_at)

        expires_at = d["expires_at"]
        if not (type(expires_at) is str):
            raise TypeError(expires_at)

        completed_at: None | str = d["completed_at"]
        if not (type(completed_at) is str or completed_at is None):
            raise TypeError(completed_at)

        _metadata = d["metadata"]
        metadata: BatchCompletionsJobMetadata | None
        if _metadata is None:
            metadata = None
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata_type_0 = _read_BatchCompletionsJobMetadata(_metadata)

            metadata = metadata_type_0

        input_data_path: None | str | Unset = d.get("input_data_path", UNSET)
        if not (type(input_data_path) is str or input_data_path is None or input_data_path is UNSET):
            raise TypeError(input_data_path)

        priority: None | str | Unset = d.get("priority", UNSET)
        if not (type(priority) is str or priority is None or priority is UNSET):
            raise TypeError(priority)

        batch_completions_job = cls(
            job_id,
            output_data_path,
            model_config,
            status,
            created_at,
            expires_at,
            completed_at,
            metadata,
            input_data_path,
            priority,
        )

        if len(d) != 8 + (input_data_path is not UNSET) + (priority is not UNSET):
            batch_completions_job.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "job_id",
                    "output_data_path",
                    "model_config",
                    "status",
                    "created_at",
                    "expires_at",
                    "completed_at",
                    "metadata",
                    "input_data_path",
                    "priority",
                }
            }
        return batch_completions_job

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in BatchCompletionsJob._wire_fields)


from ..models.batch_completions_job_metadata import BatchCompletionsJobMetadata  # noqa: E402
from ..models.create_batch_completions_model_config import CreateBatchCompletionsModelConfig  # noqa: E402

_read_BatchCompletionsJob = BatchCompletionsJob._from_dict
_read_BatchCompletionsJobMetadata = BatchCompletionsJobMetadata._from_dict
_read_CreateBatchCompletionsModelConfig = CreateBatchCompletionsModelConfig._from_dict

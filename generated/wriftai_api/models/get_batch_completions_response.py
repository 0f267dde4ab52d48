from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="GetBatchCompletionsResponse")


@_attrs_define(repr=False)
class GetBatchCompletionsResponse:
    """A batch completion job."""

    job_id: str
    """ ID of the job. """
    status: BatchJobStatus | str
    """ A batch or fine-tuning job's status; statuses this document does not know are kept as plain strings. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the job was created. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When the job ended, or null while it runs. """
    num_tasks_pending: int | None | Unset = UNSET
    """ Prompts not completed yet. """
    num_tasks_completed: int | None | Unset = UNSET
    """ Prompts completed so far. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("job_id", "job_id", True),
        ("status", "status", True),
        ("created_at", "created_at", False),
        ("completed_at", "completed_at", False),
        ("num_tasks_pending", "num_tasks_pending", False),
        ("num_tasks_completed", "num_tasks_completed", False),
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

        status: str
        if isinstance(self.status, BatchJobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        num_tasks_pending: int | None | Unset
        if isinstance(self.num_tasks_pending, Unset):
            num_tasks_pending = UNSET
        else:
            num_tasks_pending = self.num_tasks_pending

        num_tasks_completed: int | None | Unset
        if isinstance(self.num_tasks_completed, Unset):
            num_tasks_completed = UNSET
        else:
            num_tasks_completed = self.num_tasks_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if num_tasks_pending is not UNSET:
            field_dict["num_tasks_pending"] = num_tasks_pending
        if num_tasks_completed is not UNSET:
            field_dict["num_tasks_completed"] = num_tasks_completed

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

        def _parse_status(data: object) -> BatchJobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_batch_job_status_type_0 = BatchJobStatus(data)

                return componentsschemas_open_batch_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (type(data) is str):
                raise TypeError(data)

            return cast(BatchJobStatus | str, data)

        status = _parse_status(d["status"])

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.get("created_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        num_tasks_pending: int | None | Unset = d.get("num_tasks_pending", UNSET)
        if not (type(num_tasks_pending) is int or num_tasks_pending is None or num_tasks_pending is UNSET):
            raise TypeError(num_tasks_pending)

        num_tasks_completed: int | None | Unset = d.get("num_tasks_completed", UNSET)
        if not (type(num_tasks_completed) is int or num_tasks_completed is None or num_tasks_completed is UNSET):
            raise TypeError(num_tasks_completed)

        get_batch_completions_response = cls(
            job_id=job_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            num_tasks_pending=num_tasks_pending,
            num_tasks_completed=num_tasks_completed,
        )

        if len(d) != 2 + ("created_at" in d) + ("completed_at" in d) + ("num_tasks_pending" in d) + (
            "num_tasks_completed" in d
        ):
            get_batch_completions_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "job_id",
                    "status",
                    "created_at",
                    "completed_at",
                    "num_tasks_pending",
                    "num_tasks_completed",
                }
            }
        return get_batch_completions_response

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in GetBatchCompletionsResponse._wire_fields)

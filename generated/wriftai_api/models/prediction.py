from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_status import PredictionStatus
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.prediction_model import PredictionModel

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="Prediction")


@_attrs_define(repr=False, getstate_setstate=False)
class Prediction:
    """A prediction."""

    id: str
    """ Unique identifier for the prediction. """
    created_at: datetime.datetime
    """ Timestamp when the prediction was created. """
    status: PredictionStatus | str
    """ A prediction's status: one of `PredictionStatus`, or a newer status this
    document does not know yet, which clients keep as a plain string.
     """
    updated_at: datetime.datetime
    """ Timestamp of the last update to the prediction. """
    setup_time: None | str
    """ Time taken to set up the prediction environment, in seconds as a decimal string. """
    execution_time: None | str
    """ Time taken to execute the prediction, in seconds as a decimal string. """
    model: PredictionModel
    """ The model version a prediction ran on. """
    url: str | Unset = UNSET
    """ URL to access the prediction resource (releases up to 0.22). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fallbacks: ClassVar[dict[str, tuple[tuple[str, ...] | None, bool, str | None]]] = {
        "url": (
            None,
            False,
            "the API no longer sends a prediction's URL (since release 0.25); read the prediction again with `client.predictions.get(prediction.id)`",
        ),
    }
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created_at",
            "status",
            "updated_at",
            "setup_time",
            "execution_time",
            "model",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("created_at", "created_at", True),
        ("status", "status", True),
        ("updated_at", "updated_at", True),
        ("setup_time", "setup_time", True),
        ("execution_time", "execution_time", True),
        ("model", "model", True),
        ("url", "url", False),
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

        created_at = self.created_at.isoformat()

        status: str
        if isinstance(self.status, PredictionStatus):
            status = self.status.value
        else:
            status = self.status

        updated_at = self.updated_at.isoformat()

        setup_time: None | str
        setup_time = self.setup_time

        execution_time: None | str
        execution_time = self.execution_time

        model = self.model.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "status": status,
                "updated_at": updated_at,
                "setup_time": setup_time,
                "execution_time": execution_time,
                "model": model,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

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

        created_at = _fromisoformat(d["created_at"])

        _status = d["status"]
        status: PredictionStatus | str
        if type(_status) is str:
            status = PredictionStatus._value2member_map_.get(_status, _status)  # type: ignore[assignment]
        else:
            raise TypeError(_status)

        updated_at = _fromisoformat(d["updated_at"])

        setup_time: None | str = d["setup_time"]
        if not (type(setup_time) is str or setup_time is None):
            raise TypeError(setup_time)

        execution_time: None | str = d["execution_time"]
        if not (type(execution_time) is str or execution_time is None):
            raise TypeError(execution_time)

        model = _read_PredictionModel(d["model"])

        url = d.get("url", UNSET)
        if not (type(url) is str) and url is not UNSET:
            raise TypeError(url)

        prediction = cls(
            id,
            created_at,
            status,
            updated_at,
            setup_time,
            execution_time,
            model,
            url,
        )

        if len(d) != 7 + (url is not UNSET):
            prediction.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "created_at",
                    "status",
                    "updated_at",
                    "setup_time",
                    "execution_time",
                    "model",
                    "url",
                }
            }
        if url is UNSET:
            del prediction.url
        return prediction

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Prediction._wire_fields)


from ..models.prediction_model import PredictionModel  # noqa: E402

_read_Prediction = Prediction._from_dict
_read_PredictionModel = PredictionModel._from_dict

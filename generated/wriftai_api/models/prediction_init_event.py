from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.prediction_event_summary import PredictionEventSummary
    from ..models.prediction_with_io import PredictionWithIO


T = TypeVar("T", bound="PredictionInitEvent")


@_attrs_define(repr=False, getstate_setstate=False)
class PredictionInitEvent:
    """The first event of a stream. Up to release 0.22 `data` is the prediction as it
    stands; the current API sends only `{"id": ...}`.

    """

    id: str
    """ The event's id, for resuming with `after_id`. """
    event: Literal["init"]
    """ The event type. """
    data: PredictionEventSummary | PredictionWithIO
    """ The prediction as it stands, or (the current API) a summary with its `id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "event",
            "data",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("event", "event", True),
        ("data", "data", True),
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

        event = self.event

        data: dict[str, Any]
        if isinstance(self.data, PredictionWithIO):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "data": data,
            }
        )

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

        event = cast(Literal["init"], d["event"])
        if event != "init":
            raise ValueError(f"event must match const 'init', got '{event}'")

        def _parse_data(data: object) -> PredictionEventSummary | PredictionWithIO:
            if isinstance(data, dict) and PredictionWithIO._required_keys <= data.keys():
                try:
                    data_type_0 = _read_PredictionWithIO(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = _read_PredictionEventSummary(data)

            return data_type_1

        data = _parse_data(d["data"])

        prediction_init_event = cls(
            id,
            event,
            data,
        )

        if len(d) != 3:
            prediction_init_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "event",
                    "data",
                }
            }
        return prediction_init_event

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in PredictionInitEvent._wire_fields)


from ..models.prediction_event_summary import PredictionEventSummary  # noqa: E402
from ..models.prediction_with_io import PredictionWithIO  # noqa: E402

_read_PredictionInitEvent = PredictionInitEvent._from_dict
_read_PredictionEventSummary = PredictionEventSummary._from_dict
_read_PredictionWithIO = PredictionWithIO._from_dict

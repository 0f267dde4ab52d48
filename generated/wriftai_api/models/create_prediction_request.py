from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.webhook import Webhook


T = TypeVar("T", bound="CreatePredictionRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePredictionRequest:
    """The body of a prediction creation request."""

    model: str
    """ The model as `owner/name` (its latest version) or `owner/name:number`. """
    input: Any
    """ Input data for the prediction, usually an object matching the version's input
    schema. Releases up to 0.22 take any JSON value; the current API takes only a
    JSON object.
     """
    webhook: None | Unset | Webhook = UNSET
    """ Where to POST updates about the prediction. """
    stream: bool | Unset = False
    """ Make the prediction's events streamable. With `Prefer: wait` too, the answer is
    the prediction's event stream instead of JSON.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "input",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("model", "model", True),
        ("input", "input", True),
        ("webhook", "webhook", False),
        ("stream", "stream", False),
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
        model = self.model

        input = self.input

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, Webhook):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if stream is not UNSET:
            field_dict["stream"] = stream

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
        model = d["model"]
        if not (type(model) is str):
            raise TypeError(model)

        input = d["input"]

        _webhook = d.get("webhook", UNSET)
        webhook: None | Unset | Webhook
        if _webhook is None or _webhook is UNSET:
            webhook = _webhook
        else:
            if not isinstance(_webhook, dict):
                raise TypeError()
            webhook_type_0 = _read_Webhook(_webhook)

            webhook = webhook_type_0

        stream = d.get("stream", UNSET)
        if not (type(stream) is bool) and stream is not UNSET:
            raise TypeError(stream)

        create_prediction_request = cls(
            model,
            input,
            webhook,
            stream,
        )

        if len(d) != 2 + (webhook is not UNSET) + (stream is not UNSET):
            create_prediction_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model",
                    "input",
                    "webhook",
                    "stream",
                }
            }
        return create_prediction_request

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreatePredictionRequest._wire_fields)


from ..models.webhook import Webhook  # noqa: E402

_read_CreatePredictionRequest = CreatePredictionRequest._from_dict
_read_Webhook = Webhook._from_dict

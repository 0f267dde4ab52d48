from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.completion_stream_output import CompletionStreamOutput
    from ..models.stream_error import StreamError


T = TypeVar("T", bound="CompletionStreamResponse")


@_attrs_define
class CompletionStreamResponse:
    """One event of a completion stream (the JSON of its `data:` line)."""

    request_id: None | str
    """ The server's id of the completion request. """
    output: CompletionStreamOutput | None
    """ A piece of the completion, or null on an error event. """
    error: None | StreamError
    """ The error that ended the stream, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: None | str
        request_id = self.request_id

        output: dict[str, Any] | None
        if isinstance(self.output, CompletionStreamOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        error: dict[str, Any] | None
        if isinstance(self.error, StreamError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "output": output,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        request_id = cast(None | str, d["request_id"])

        _output = d["output"]
        output: CompletionStreamOutput | None
        if _output is None:
            output = None
        else:
            try:
                if not isinstance(_output, dict):
                    raise TypeError()
                output_type_0 = CompletionStreamOutput.from_dict(_output)

                output = output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                output = cast(CompletionStreamOutput | None, _output)

        _error = d["error"]
        error: None | StreamError
        if _error is None:
            error = None
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = StreamError.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(None | StreamError, _error)

        completion_stream_response = cls(
            request_id=request_id,
            output=output,
            error=error,
        )

        if len(d) != 3:
            completion_stream_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "request_id",
                    "output",
                    "error",
                }
            }
        return completion_stream_response

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


from ..models.completion_stream_output import CompletionStreamOutput  # noqa: E402
from ..models.stream_error import StreamError  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="ToolConfig")


@_attrs_define(repr=False, getstate_setstate=False)
class ToolConfig:
    """Tool use in a batch job (experimental on the server; only `code_evaluator` is accepted)."""

    name: str
    """ The tool; the server refuses anything but `code_evaluator` with `400`. """
    max_iterations: int | None | Unset = 10
    """ The most tool calls per prompt. """
    execution_timeout_seconds: int | None | Unset = 60
    """ The longest a tool call may run, in seconds. """
    should_retry_on_error: bool | None | Unset = True
    """ Whether a failed tool call is tried again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("max_iterations", "max_iterations", False),
        ("execution_timeout_seconds", "execution_timeout_seconds", False),
        ("should_retry_on_error", "should_retry_on_error", False),
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
        name = self.name

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        execution_timeout_seconds: int | None | Unset
        if isinstance(self.execution_timeout_seconds, Unset):
            execution_timeout_seconds = UNSET
        else:
            execution_timeout_seconds = self.execution_timeout_seconds

        should_retry_on_error: bool | None | Unset
        if isinstance(self.should_retry_on_error, Unset):
            should_retry_on_error = UNSET
        else:
            should_retry_on_error = self.should_retry_on_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if execution_timeout_seconds is not UNSET:
            field_dict["execution_timeout_seconds"] = execution_timeout_seconds
        if should_retry_on_error is not UNSET:
            field_dict["should_retry_on_error"] = should_retry_on_error

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
        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        max_iterations: int | None | Unset = d.get("max_iterations", UNSET)
        if not (type(max_iterations) is int or max_iterations is None or max_iterations is UNSET):
            raise TypeError(max_iterations)

        execution_timeout_seconds: int | None | Unset = d.get("execution_timeout_seconds", UNSET)
        if not (
            type(execution_timeout_seconds) is int
            or execution_timeout_seconds is None
            or execution_timeout_seconds is UNSET
        ):
            raise TypeError(execution_timeout_seconds)

        should_retry_on_error: bool | None | Unset = d.get("should_retry_on_error", UNSET)
        if not (type(should_retry_on_error) is bool or should_retry_on_error is None or should_retry_on_error is UNSET):
            raise TypeError(should_retry_on_error)

        tool_config = cls(
            name,
            max_iterations,
            execution_timeout_seconds,
            should_retry_on_error,
        )

        if len(d) != 1 + (max_iterations is not UNSET) + (execution_timeout_seconds is not UNSET) + (
            should_retry_on_error is not UNSET
        ):
            tool_config.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "max_iterations",
                    "execution_timeout_seconds",
                    "should_retry_on_error",
                }
            }
        return tool_config

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ToolConfig._wire_fields)


_read_ToolConfig = ToolConfig._from_dict

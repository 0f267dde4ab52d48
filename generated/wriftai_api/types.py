"""Contains some shared types for properties"""

import datetime
import json
import logging
import re
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from enum import Enum
from http import HTTPStatus
from types import UnionType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, Union, get_args, get_origin, get_type_hints
from uuid import UUID

from attrs import Factory, define, fields, has


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# ---------------------------------------------------------------- tolerant reading

_logger = logging.getLogger("wriftai")

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)
"""What a model's exact reader raises on a value that does not conform."""

try:
    from msgspec.json import Decoder as _Decoder
except ImportError:  # a dependency of wriftai; without it, json.loads reads everything
    _decode = None
else:
    _decode = _Decoder().decode


def json_loads(content: bytes | str) -> Any:
    """`json.loads` of a response body (or of an event's data), by msgspec whenever it can read it.

    msgspec reads standard UTF-8 JSON, integers of any size exactly, and floats rounded
    as json.loads rounds them. What it refuses (NaN and Infinity, a number past the
    float range, lone surrogates, escaped or in a str, a byte order mark or UTF-16, not JSON
    at all) goes to json.loads, which reads or raises as it always did: the result is
    json.loads' own.
    """
    if _decode is not None:
        try:
            return _decode(content)
        except ValueError:  # msgspec.DecodeError
            pass
    return json.loads(content)


class ResponseFieldError(AttributeError):
    """A required field of a model that the response did not send, or sent in another shape.

    Reading such an attribute raises this error instead of handing back a value of the wrong
    type. The value that arrived, if any, is ``model.additional_properties[json_name]``.
    """

    def __init__(self, model: str, field: str, json_name: str, arrived: bool, reason: str | None = None) -> None:
        self.model = model
        self.field = field
        self.json_name = json_name
        self.arrived = arrived
        self.reason = reason
        super().__init__(field_message(model, field, json_name, arrived, reason))


def field_message(model: str, field: str, json_name: str, arrived: bool, reason: str | None = None) -> str:
    """The message of a `ResponseFieldError`: which field, and whether anything came.

    `reason` says why the API does not send the field (its spec's ``x-fallback: gone``).
    """
    if reason is not None:
        detail = reason
    elif arrived:
        detail = (
            f"the response sent {json_name!r} in a shape that does not conform; the value "
            f"as it came is in .additional_properties[{json_name!r}]"
        )
    else:
        detail = f"the response did not send {json_name!r}"
    return f"{model}.{field} is not available: {detail}"


field_error_class: Callable[..., AttributeError] = ResponseFieldError
"""What `field_missing` raises, built from (model, field, JSON name, arrived, reason): a caller
may set an error class of its own with that constructor (wriftai does)."""


@define
class ParseIssue:
    """One value of a response that does not conform to its schema."""

    path: str
    """Where it is, as a JSON path (``$.items[3].owner.id``)."""
    problem: str
    """What is wrong with it, in words."""
    value: Any
    """The value as it came (``UNSET`` when it is missing)."""


class ResponseValidationIssue(Exception):
    """Raised by a strict read on the first value that does not conform."""

    def __init__(self, issue: ParseIssue) -> None:
        super().__init__(f"{issue.path}: {issue.problem}")
        self.issue = issue


@define
class ParseContext:
    """How the reads in this context behave; set by the caller around a response's parse."""

    operation: str
    """The operation whose response is read, for messages and logs."""
    strict: bool = False
    """Raise `ResponseValidationIssue` on the first value that does not conform."""
    issues: list[ParseIssue] = Factory(list)
    """Every issue of the tolerant reads done in this context."""


PARSE_CONTEXT: ContextVar[ParseContext | None] = ContextVar("wriftai_api_parse_context", default=None)

_BAD = object()
_LOGGED: set[tuple[str, str, str]] = set()
_LOG_LIMIT = 4096
_FIELDS: dict[type, tuple[tuple[str, str, bool, Any, bool], ...]] = {}


class _Read:
    """The state of one tolerant (or strict) read of a body."""

    __slots__ = ("issues", "strict")

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.issues: list[ParseIssue] = []

    def bad(self, path: str, problem: str, value: Any) -> Any:
        issue = ParseIssue(path, problem, value)
        if self.strict:
            raise ResponseValidationIssue(issue)
        self.issues.append(issue)
        return _BAD


class _Probe(_Read):
    """A read that only asks whether a value conforms: it stops at the first issue."""

    __slots__ = ()

    def bad(self, path: str, problem: str, value: Any) -> Any:
        raise _NotThisOne


class _NotThisOne(Exception):
    pass


def _fields(cls: type) -> tuple[tuple[str, str, bool, Any, bool], ...]:
    """(python name, JSON name, required, annotation, may be UNSET) of a model's fields."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = get_type_hints(cls)
        found = tuple(
            (name, json_name, required, hints[name], Unset in get_args(hints[name]))
            for name, json_name, required in cls._wire_fields  # type: ignore[attr-defined]
        )
        _FIELDS[cls] = found
    return found


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _name(hint: Any) -> str:
    if isinstance(hint, type):
        return "null" if hint is type(None) else hint.__name__
    return str(hint).replace("typing.", "")


def _scalar(hint: type, value: Any) -> Any:
    """The value read as the scalar type `hint`, or `_BAD`."""
    kind = type(value)
    if hint is str:
        return value if kind is str else _BAD
    if hint is bool:
        return value if kind is bool else _BAD
    if hint is int:
        if kind is int:
            return value
        return int(value) if kind is float and value.is_integer() else _BAD
    if hint is float:
        return value if kind is float or kind is int else _BAD
    if hint is type(None):
        return value if value is None else _BAD
    if hint in (datetime.datetime, datetime.date, UUID):
        if kind is not str:
            return _BAD
        try:
            return UUID(value) if hint is UUID else hint.fromisoformat(value)  # type: ignore[attr-defined]
        except ValueError:
            return _BAD
    if issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError:
            return _BAD
    return value


def _value(hint: Any, value: Any, path: str, read: _Read) -> Any:
    """The value read as `hint`; reports what does not conform and returns `_BAD` for it."""
    if hint is Any:
        return value
    origin = get_origin(hint)
    if origin is Union or origin is UnionType:
        members = [m for m in get_args(hint) if m is not Unset]
        probe = _Probe(strict=False)
        for member in members:
            try:
                return _value(member, value, path, probe)
            except _NotThisOne:
                continue
        if isinstance(value, dict):
            for member in members:
                if isinstance(member, type) and has(member):
                    return _model(member, value, path, read)
        names = " or ".join(_name(m) for m in members)
        return read.bad(path, f"expected {names}, got {_kind(value)}", value)
    if origin is Literal:
        if value in get_args(hint) and type(value) in {type(v) for v in get_args(hint)}:
            return value
        expected = " or ".join(repr(v) for v in get_args(hint))
        return read.bad(path, f"expected {expected}, got {value!r}"[:200], value)
    if origin is list:
        if not isinstance(value, list):
            return read.bad(path, f"expected an array, got {_kind(value)}", value)
        (inner,) = get_args(hint) or (Any,)
        items = []
        for index, item in enumerate(value):
            got = _value(inner, item, f"{path}[{index}]", read)
            if got is not _BAD:
                items.append(got)
        return items
    if origin is dict:
        if not isinstance(value, dict):
            return read.bad(path, f"expected an object, got {_kind(value)}", value)
        inner = get_args(hint)[1] if len(get_args(hint)) == 2 else Any
        entries = {}
        for key, item in value.items():
            got = _value(inner, item, f"{path}.{key}", read)
            if got is not _BAD:
                entries[key] = got
        return entries
    if not isinstance(hint, type):
        return value
    if has(hint):
        if isinstance(value, dict):
            return _model(hint, value, path, read)
        return read.bad(path, f"expected an object ({hint.__name__}), got {_kind(value)}", value)
    got = _scalar(hint, value)
    if got is _BAD:
        if isinstance(hint, type) and issubclass(hint, Enum) and isinstance(value, str):
            return read.bad(path, f"{value!r} is not a known {hint.__name__}", value)
        return read.bad(path, f"expected {_name(hint)}, got {_kind(value)}", value)
    return got


def _model(cls: type[T], data: Mapping[str, Any], path: str, read: _Read) -> T:
    """A model read field by field from `data`; what does not conform is kept as it came."""
    model = cls.__new__(cls)
    kept: dict[str, Any] = {}
    known = set()
    fallbacks = getattr(cls, "_fallbacks", {})
    filled = []
    for name, json_name, required, hint, may_be_unset in _fields(cls):
        known.add(json_name)
        raw = data.get(json_name, UNSET)
        fallback = fallbacks.get(json_name)
        if fallback is not None and fallback[0] is not None and (raw is UNSET or (fallback[1] and raw is None)):
            found = value_at(data, fallback[0])
            if found is not UNSET and found is not None:  # a null source gives nothing
                raw = found
                filled.append(name)
        if raw is UNSET:
            if required:
                read.bad(f"{path}.{json_name}", "required, missing", UNSET)
            elif fallback is None or fallback[2] is None:
                object.__setattr__(model, name, UNSET)
            continue  # a field that is gone stays unset: reading it says why
        got = _value(hint, raw, f"{path}.{json_name}", read)
        if got is _BAD:
            if name not in filled:
                kept[json_name] = raw
            if may_be_unset:
                object.__setattr__(model, name, UNSET)
            continue
        if isinstance(got, list) and len(got) != len(raw):
            kept[json_name] = raw
        object.__setattr__(model, name, got)
    if "additional_properties" in cls.__annotations__:
        extra_hint = get_type_hints(cls).get("additional_properties", dict[str, Any])
        inner = get_args(extra_hint)[1] if len(get_args(extra_hint)) == 2 else Any
        for key, item in data.items():
            if key not in known:
                got = _value(inner, item, f"{path}.{key}", read)
                kept[key] = item if got is _BAD else got
        object.__setattr__(model, "additional_properties", kept)
    if filled:
        object.__setattr__(model, "_filled", frozenset(filled))
    return model


def read_tolerantly(cls: type[T], data: Any) -> T:
    """Reads `data` as the model `cls` without raising on what does not conform.

    In a strict `ParseContext` it raises `ResponseValidationIssue` on the first such value
    instead. Otherwise every issue is kept in the context (when there is one) and logged at
    debug level on the ``wriftai`` logger, once per operation and place.

    Args:
        cls: A generated model class.
        data: The decoded JSON value.

    Returns:
        The model, with the values that conform typed.
    """
    context = PARSE_CONTEXT.get()
    read = _Read(strict=context is not None and context.strict)
    if isinstance(data, Mapping):
        model = _model(cls, data, "$", read)
    else:
        read.bad("$", f"expected an object ({cls.__name__}), got {_kind(data)}", data)
        model = _model(cls, {}, "$", read)
    operation = context.operation if context is not None else f"{cls.__name__}.from_dict"
    if context is not None:
        context.issues.extend(read.issues)
    for issue in read.issues:
        where = _INDEX.sub("[*]", issue.path)
        key = (operation, where, issue.problem.split(",")[0])
        if key in _LOGGED:
            continue
        if len(_LOGGED) < _LOG_LIMIT:
            _LOGGED.add(key)
        _logger.debug("%s: the response does not conform at %s: %s", operation, issue.path, issue.problem)
    return model


_INDEX = re.compile(r"\[\d+\]")


def field_missing(model: Any, name: str) -> AttributeError:
    """The error for reading attribute `name` of a model that does not have it."""
    cls = type(model)
    for field, json_name, _required in cls._wire_fields:
        if field == name:
            arrived = json_name in getattr(model, "additional_properties", {})
            fallback = getattr(cls, "_fallbacks", {}).get(json_name)
            reason = fallback[2] if fallback is not None and not arrived else None
            return field_error_class(cls.__name__, name, json_name, arrived, reason)
    return AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


def value_at(data: Any, path: tuple[str, ...]) -> Any:
    """The value at `path` (object keys) of a JSON value, or `UNSET` where there is none."""
    for key in path:
        if type(data) is not dict or key not in data:
            return UNSET
        data = data[key]
    return data


def model_repr(model: Any) -> str:
    """A model's repr; a field the response did not send (or sent malformed) shows as ``<missing>``."""
    parts = []
    for field in fields(type(model)):
        if field.name == "_filled":
            continue
        value = getattr(model, field.name, _MISSING)
        parts.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def partial_to_dict(model: Any) -> dict[str, Any]:
    """The JSON object of a model some of whose fields did not conform: as it came."""
    kept = getattr(model, "additional_properties", {})
    filled = getattr(model, "_filled", ())
    out: dict[str, Any] = dict(kept)
    for name, json_name, _required in type(model)._wire_fields:
        if json_name in kept or name in filled:
            continue
        value = getattr(model, name, _MISSING)
        if value is _MISSING or isinstance(value, Unset):
            continue
        out[json_name] = _to_json(value)
    return out


def _to_json(value: Any) -> Any:
    if has(type(value)):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    return value


__all__ = [
    "PARSE_CONTEXT",
    "UNSET",
    "File",
    "FileTypes",
    "ParseContext",
    "ParseIssue",
    "RequestFiles",
    "Response",
    "ResponseFieldError",
    "ResponseValidationIssue",
    "Unset",
    "read_tolerantly",
]

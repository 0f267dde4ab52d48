"""Checking a caller's arguments before any request: each raises TypeError or ValueError."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import attrs

from wriftai_api.types import (
    PARSE_CONTEXT,
    PARSE_ERRORS,
    ParseContext,
    ResponseValidationIssue,
    read_tolerantly,
)

B = TypeVar("B")

_OWNER = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}"
_MODEL_REF = re.compile(rf"({_OWNER})/({_NAME})(?::([1-9][0-9]*))?")

_PAGE_KEYS = frozenset({"cursor", "page_size"})


def page_query(options: Mapping[str, Any] | None, extra: frozenset[str] = frozenset()) -> Any:
    """Checks pagination options and returns them as endpoint keyword arguments.

    Args:
        options: ``cursor``, ``page_size`` and the endpoint's own keys, or None.
        extra: The endpoint's own keys besides the pagination ones.

    Returns:
        A dict of keyword arguments for the endpoint.

    Raises:
        TypeError: `options` is not a mapping or has an unknown key or a wrong type.
        ValueError: ``page_size`` is outside 1-100.
    """
    if options is None:
        return {}
    if not isinstance(options, Mapping):
        raise TypeError(f"pagination_options must be a dict, not {type(options).__name__}")
    query = dict(options)
    unknown = set(query) - _PAGE_KEYS - extra
    if unknown:
        raise TypeError(f"unknown pagination option(s): {', '.join(sorted(unknown))}")
    size = query.get("page_size")
    if size is not None:
        if isinstance(size, bool) or not isinstance(size, int):
            raise TypeError("page_size must be an int")
        if not 1 <= size <= 100:
            raise ValueError("page_size must be between 1 and 100")
    cursor = query.get("cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise TypeError("cursor must be a str")
    return query


def require_str(what: str, value: object) -> str:
    """Checks that an argument is a non-empty string.

    Args:
        what: The argument's name, for the message.
        value: The argument.

    Returns:
        The value.

    Raises:
        TypeError: It is not a string.
        ValueError: It is empty.
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


def model_path(owner: object, name: object) -> tuple[str, str]:
    """Checks an owner and a model name.

    Args:
        owner: The username of the model's owner.
        name: The model's name.

    Returns:
        ``(owner, name)``.

    Raises:
        TypeError: Either is not a string.
        ValueError: Either is not a valid username or model name.
    """
    owner_s, name_s = require_str("owner", owner), require_str("name", name)
    if not re.fullmatch(_OWNER, owner_s):
        raise ValueError(f"not a valid owner: {owner_s!r}")
    if not re.fullmatch(_NAME, name_s):
        raise ValueError(f"not a valid model name: {name_s!r}")
    return owner_s, name_s


def parse_model_ref(ref: object, *, need_version: bool = False) -> tuple[str, str, int | None]:
    """Splits ``owner/name`` or ``owner/name:number``.

    Args:
        ref: The reference.
        need_version: Whether the ``:number`` part is required.

    Returns:
        ``(owner, name, number or None)``.

    Raises:
        TypeError: `ref` is not a string.
        ValueError: `ref` is malformed, or lacks the version number when one is needed.
    """
    text = require_str("model reference", ref)
    match = _MODEL_REF.fullmatch(text)
    form = "owner/name:number" if need_version else "owner/name or owner/name:number"
    if match is None or (need_version and match.group(3) is None):
        raise ValueError(f"expected {form}, got {text!r}")
    number = match.group(3)
    return match.group(1), match.group(2), None if number is None else int(number)


def body(cls: type[B], params: object, what: str) -> B:
    """Turns a typed dict of parameters into the generated request model.

    Args:
        cls: The generated attrs model of the body.
        params: The caller's dict.
        what: The parameter's name, for messages.

    Returns:
        The model (`params` itself when it already is one).

    Raises:
        TypeError: `params` is not a mapping, lacks a required key or has an unknown one.
        ValueError: A value is not valid (such as an unknown enum value).
    """
    if isinstance(params, cls):
        return params
    if not isinstance(params, Mapping):
        raise TypeError(f"{what} must be a dict, not {type(params).__name__}")
    known = {f.name.rstrip("_") for f in attrs.fields(cast(Any, cls))} - {"additional_properties"}
    unknown = set(params) - known
    if unknown:
        raise TypeError(f"unknown key(s) in {what}: {', '.join(sorted(map(str, unknown)))}")
    try:
        return cls._from_dict(params)  # type: ignore[attr-defined,no-any-return]
    except PARSE_ERRORS:
        pass
    # Read it again strictly, for a message that says which value is wrong and how.
    token = PARSE_CONTEXT.set(ParseContext(what, strict=True))
    try:
        return read_tolerantly(cls, params)
    except ResponseValidationIssue as exc:
        issue = exc.issue
        key = issue.path.removeprefix("$.")
        if issue.problem == "required, missing":
            raise TypeError(f"{what} is missing the required key {key!r}") from None
        raise ValueError(f"invalid {what}: {key}: {issue.problem}") from None
    finally:
        PARSE_CONTEXT.reset(token)


Check = Callable[[str, Any], None]
"""Checks one argument (its name, its value); raises TypeError or ValueError."""


def of_type(*types: type) -> Check:
    """A check that the value is an instance of one of `types` (a bool is not a number)."""

    def check(name: str, value: Any) -> None:
        if isinstance(value, bool) and bool not in types:
            raise TypeError(f"{name} must be {_names(types)}, not bool")
        if not isinstance(value, types):
            raise TypeError(f"{name} must be {_names(types)}, not {type(value).__name__}")

    return check


def integer(minimum: int) -> Check:
    """A check that the value is an int (not a bool) of at least `minimum`."""
    is_int = of_type(int)

    def check(name: str, value: Any) -> None:
        is_int(name, value)
        if value < minimum:
            raise ValueError(f"{name} must be at least {minimum}, got {value}")

    return check


def number(low: float, high: float, *, low_open: bool = False) -> Check:
    """A check that the value is an int or float in ``[low, high]`` (``(low, high]``)."""
    is_number = of_type(int, float)

    def check(name: str, value: Any) -> None:
        is_number(name, value)
        above = value > low if low_open else value >= low
        if not (above and value <= high):
            bounds = f"{'(' if low_open else '['}{low}, {high}]"
            raise ValueError(f"{name} must be in {bounds}, got {value}")

    return check


def str_list(name: str, value: Any) -> None:
    """Checks that the value is a list (or tuple) of strings, not a string."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{name} must be a list of str")


def check_arguments(
    checks: Mapping[str, Check], values: Mapping[str, Any], required: frozenset[str]
) -> dict[str, Any]:
    """Checks keyword arguments against a table; None means "not given" unless required.

    Args:
        checks: The check of each known argument.
        values: The arguments.
        required: The arguments that must be given (not None).

    Returns:
        The given arguments (those that are not None).

    Raises:
        TypeError: An unknown argument, a missing required one, or a wrong type.
        ValueError: A value out of its range.
    """
    unknown = set(values) - set(checks)
    if unknown:
        raise TypeError(f"unexpected argument(s): {', '.join(sorted(unknown))}")
    given = {}
    for name, value in values.items():
        if value is None:
            if name in required:
                raise TypeError(f"{name} is required")
            continue
        checks[name](name, value)
        given[name] = value
    return given


def _names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)

"""What every resource shares: calling a generated endpoint, pages, argument checks.

A facade method checks its arguments, then calls `Resource._call` (or `_async_call`) with
the generated endpoint module and the type it must return. The request is built by the
endpoint's ``build_request``, sent by `wriftai._transport.HTTP`, and parsed by the
endpoint's ``parse_response``; only the send differs between sync and async.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar, cast

import attrs
import httpx

import wriftai_api.types
from wriftai._errors import ResponseFieldError, response_validation_error
from wriftai._pagination import AsyncPage, ListResult, Page, PaginationOptions
from wriftai._transport import HTTP, new_idempotency_key
from wriftai_api.types import (
    PARSE_CONTEXT,
    PARSE_ERRORS,
    ParseContext,
    ResponseValidationIssue,
    read_tolerantly,
)

T = TypeVar("T")
B = TypeVar("B")
R = TypeVar("R")

_OWNER = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}"
_MODEL_REF = re.compile(rf"({_OWNER})/({_NAME})(?::([1-9][0-9]*))?")


class _PageModel(Protocol[T]):
    """The shape of every generated page model (ModelPage, PredictionPage, ...)."""

    items: list[T]
    next_cursor: str | None
    previous_cursor: str | None


# A field a tolerant read could not fill raises wriftai's own error (a WriftAIError too).
wriftai_api.types.field_error_class = ResponseFieldError

REPEATABLE_OPERATIONS = frozenset(
    {
        "create_completion",
        "create_completion_stream",
        "cancel_prediction",
        "cancel_batch_completion",
        "download_model",
    }
)
"""The POST operations that create nothing, so that sending one twice does no harm: they
are retried after any transient failure, like a GET (see `wriftai._transport`)."""


def request_kwargs(endpoint: ModuleType, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The generated ``build_request`` of an endpoint, with an idempotency key when it takes one.

    Args:
        endpoint: A generated endpoint module.
        args: Its positional (path) parameters.
        kwargs: Its keyword parameters; ``idempotency_key=None`` asks for a new key.

    Returns:
        The request description for `HTTP.send`.
    """
    if "idempotency_key" in kwargs and kwargs["idempotency_key"] is None:
        kwargs = {**kwargs, "idempotency_key": new_idempotency_key()}
    request = endpoint.build_request(*args, **kwargs)
    if endpoint.__name__.rpartition(".")[2] in REPEATABLE_OPERATIONS:
        request["repeatable"] = True
    return request


def parse(endpoint: ModuleType, expect: type[T], response: httpx.Response, *, strict: bool) -> T:
    """Parses a successful (2xx) response with the endpoint's generated parser.

    A documented status parses with its schema; an undocumented 2xx with a body parses
    tolerantly as `expect`, and one without a body gives what `expect` is without one. What
    does not conform is kept and logged (``wriftai`` logger, debug level), or, when `strict`,
    raised on the first such value.

    Args:
        endpoint: The generated endpoint module.
        expect: The type the response must parse to (``type(None)`` for 204).
        response: The response, with its body read.
        strict: Raise on anything that does not conform to the spec.

    Returns:
        The generated model (None where `expect` is ``type(None)``).

    Raises:
        APIResponseValidationError: The body is not JSON, or (when strict) it does not
            conform, or the status is not one the operation documents.
    """
    operation = endpoint.__name__.rpartition(".")[2]
    context = ParseContext(operation, strict=strict)
    token = PARSE_CONTEXT.set(context)
    try:
        result = endpoint.parse_response(response)
        if isinstance(result, expect):
            return result
        return _undocumented(operation, expect, response, strict)
    except ResponseValidationIssue as exc:
        raise response_validation_error(operation, response, exc.issue) from None
    except PARSE_ERRORS as exc:
        # Only a body that is not JSON at all (or not the JSON shape a list needs) gets here:
        # models read any JSON object.
        problem = f"the body cannot be read as JSON ({type(exc).__name__}: {exc})"
        raise response_validation_error(operation, response, problem) from None
    finally:
        PARSE_CONTEXT.reset(token)


def _undocumented(operation: str, expect: type[T], response: httpx.Response, strict: bool) -> T:
    """The result of a 2xx status the operation does not document (or that lacks a body)."""
    if strict:
        raise response_validation_error(
            operation, response, f"{response.status_code} is not a status the operation documents"
        )
    if expect is type(None):
        return expect()  # NoneType() is None
    from_dict = getattr(expect, "from_dict", None)
    if from_dict is None or not callable(from_dict):
        raise response_validation_error(
            operation, response, f"cannot read a {expect.__name__} from this response"
        )
    data: Any = response.json() if response.content.strip() else {}
    return cast(T, from_dict(data))


class Resource:
    """Base class of the resources on a `wriftai.Client`.

    Args:
        http: The client's transport layer.
    """

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {self._http.base_url}>"

    def _call(self, endpoint: ModuleType, expect: type[T], /, *args: Any, **kwargs: Any) -> T:
        response = self._http.send(request_kwargs(endpoint, args, kwargs))
        return parse(endpoint, expect, response, strict=self._http.strict)

    async def _async_call(
        self, endpoint: ModuleType, expect: type[T], /, *args: Any, **kwargs: Any
    ) -> T:
        response = await self._http.async_send(request_kwargs(endpoint, args, kwargs))
        return parse(endpoint, expect, response, strict=self._http.strict)

    def _page(
        self, endpoint: ModuleType, page_type: type[_PageModel[T]], query: Any, /, *args: Any
    ) -> Page[T]:
        return self._fetch_page(_PageRequest(endpoint, page_type, query, args))

    def _fetch_page(self, request: _PageRequest[T]) -> Page[T]:
        result = self._call(request.endpoint, request.page_type, *request.args, **request.query)
        fetch = partial(_fetch_at, self._fetch_page, request)
        return Page(*_page_parts(result), fetch)

    def _list(
        self, endpoint: ModuleType, expect: type[R], field: str, /, *args: Any
    ) -> ListResult[Any, R]:
        """Calls an unpaginated list endpoint; the result iterates over ``response.<field>``."""
        result = self._call(endpoint, expect, *args)
        return ListResult(getattr(result, field, []), result)

    async def _async_list(
        self, endpoint: ModuleType, expect: type[R], field: str, /, *args: Any
    ) -> ListResult[Any, R]:
        """Async form of `_list`."""
        result = await self._async_call(endpoint, expect, *args)
        return ListResult(getattr(result, field, []), result)

    async def _async_page(
        self, endpoint: ModuleType, page_type: type[_PageModel[T]], query: Any, /, *args: Any
    ) -> AsyncPage[T]:
        return await self._async_fetch_page(_PageRequest(endpoint, page_type, query, args))

    async def _async_fetch_page(self, request: _PageRequest[T]) -> AsyncPage[T]:
        call = self._async_call(request.endpoint, request.page_type, *request.args, **request.query)
        result = await call
        fetch = partial(_fetch_at, self._async_fetch_page, request)
        return AsyncPage(*_page_parts(result), fetch)


def _page_parts(result: _PageModel[T]) -> tuple[list[T], str | None, str | None]:
    """A page's items and cursors; a field the response lacked (or malformed) reads as empty.

    A tolerant read leaves out what did not conform, so a page without cursors ends the walk
    instead of failing it.
    """
    return (
        getattr(result, "items", []),
        getattr(result, "next_cursor", None),
        getattr(result, "previous_cursor", None),
    )


@dataclass(frozen=True)
class _PageRequest(Generic[T]):
    """One list call: the endpoint, its page model, its query and its path arguments."""

    endpoint: ModuleType
    page_type: type[_PageModel[T]]
    query: dict[str, Any]
    args: tuple[Any, ...]


def _fetch_at(fetch: Callable[[_PageRequest[T]], R], request: _PageRequest[T], cursor: str) -> R:
    """Fetches the page of `request` at `cursor` (the fetcher a page keeps)."""
    return fetch(replace(request, query={**request.query, "cursor": cursor}))


class ListResource(Resource, Generic[T]):
    """A resource whose only operation is a plain paginated list.

    Subclasses set `_endpoint` (the generated list endpoint) and `_page_type`.
    """

    _endpoint: ModuleType
    _page_type: type[_PageModel[T]]

    def list(self, pagination_options: PaginationOptions | None = None) -> Page[T]:
        """List the resource's items.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        return self._page(self._endpoint, self._page_type, page_query(pagination_options))

    async def async_list(self, pagination_options: PaginationOptions | None = None) -> AsyncPage[T]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        query = page_query(pagination_options)
        return await self._async_page(self._endpoint, self._page_type, query)


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


# ---------------------------------------------------------------------- argument checks
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

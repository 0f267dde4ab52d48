"""Reading a successful response with its endpoint's generated parser."""

from __future__ import annotations

from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

import httpx

import wriftai_api.types
from wriftai._errors import ResponseFieldError, response_validation_error
from wriftai_api.types import PARSE_CONTEXT, PARSE_ERRORS, ParseContext, ResponseValidationIssue

__all__ = ["PageModel", "page_parts", "parse"]

T = TypeVar("T")

# A field a tolerant read could not fill raises wriftai's own error (a WriftAIError too):
# the generated package's documented hook for it.
wriftai_api.types.field_error_class = ResponseFieldError


class PageModel(Protocol[T]):
    """The shape of every generated page model (ModelPage, PredictionPage, ...)."""

    items: list[T]
    next_cursor: str | None
    previous_cursor: str | None


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


def page_parts(result: PageModel[T]) -> tuple[list[T], str | None, str | None]:
    """A page's items and cursors; a field the response lacked (or malformed) reads as empty.

    A tolerant read leaves out what did not conform, so a page without cursors ends the walk
    instead of failing it.
    """
    return (
        getattr(result, "items", []),
        getattr(result, "next_cursor", None),
        getattr(result, "previous_cursor", None),
    )

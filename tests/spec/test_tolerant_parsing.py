"""Every documented response, damaged one value at a time, through the facade's parse path.

For each operation's documented JSON response (the spec's own example body), every JSON
path is dropped, nulled and given another JSON type, objects get an unknown key and strings
an unknown enum value. The oracle is the spec itself (its JSON Schema, checked by
`jsonschema`, not by the client): the default client must return the operation's model (one
of its alternatives, for a `oneOf`/`anyOf`) every time and keep what arrived; the strict
client must raise `APIResponseValidationError` exactly when the body does not conform. No
other exception may escape. Hypothesis then draws further damage (any JSON value at any path,
several at once).

The cases come from `spec_walk.json_response_cases`, which takes any schema form. A response
these tests cannot check (an inline schema, a body that is not an object, no example) is
still a case: it fails with a message that names the operation and says why.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import operator
import pkgutil
import uuid
from collections.abc import Iterator
from functools import reduce
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_walk import ResponseCase, generated_problem, json_response_cases, load_spec, operations

import wriftai
import wriftai_api.api
import wriftai_api.models
from wriftai._core.parsing import parse
from wriftai._core.prediction_stream import typed_event
from wriftai._core.sse import ServerSentEvent
from wriftai_api.models import PredictionDoneEvent, PredictionInitEvent
from wriftai_api.types import PARSE_CONTEXT, ParseContext, Unset

SPEC = load_spec()

Path_ = tuple[str | int, ...]
Case = ResponseCase

CASES = json_response_cases(SPEC)
CHECKABLE = [case for case in CASES if case.problem is None]


def _endpoints() -> dict[str, ModuleType]:
    found = {}
    for tag in pkgutil.iter_modules(wriftai_api.api.__path__):
        package = importlib.import_module(f"wriftai_api.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = importlib.import_module(f"{package.__name__}.{module.name}")
    return found


ENDPOINTS = _endpoints()


# The formats whose values the client converts (and so must be able to read). A date-time is
# what Python's ISO reader takes, which is wider than RFC 3339 (a date alone is accepted).
FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.datetime.fromisoformat(value))


@FORMATS.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.date.fromisoformat(value))


# Strict validation checks shapes (types, required fields, enum and const values, the formats
# the client converts), not value constraints: those keywords are left out of the oracle.
VALUE_CONSTRAINTS = frozenset(
    {
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)


def _shapes_only(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: _shapes_only(value)
            for key, value in node.items()
            if not (key in VALUE_CONSTRAINTS and _is_keyword_value(value))
        }
    if isinstance(node, list):
        return [_shapes_only(item) for item in node]
    return node


def _is_keyword_value(value: Any) -> bool:
    """A constraint keyword's value (a number, a bool or a pattern), not a property schema."""
    return isinstance(value, int | float | str | bool)


COMPONENTS = _shapes_only(SPEC.get("components") or {})


VALIDATORS: dict[str, jsonschema.Draft202012Validator] = {}


def _validator(case: Case) -> jsonschema.Draft202012Validator:
    """The response's schema as written (a $ref or inline), its references resolved in the
    components."""
    if str(case) not in VALIDATORS:
        root = {
            "$defs": {"response": _shapes_only(case.schema)},
            "$ref": "#/$defs/response",
            "components": COMPONENTS,
        }
        VALIDATORS[str(case)] = jsonschema.Draft202012Validator(root, format_checker=FORMATS)
    return VALIDATORS[str(case)]


# ------------------------------------------------------------------------- damage
def _paths(node: Any, at: Path_ = ()) -> Iterator[Path_]:
    """Every path below the root: object members and array items, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*at, key)
            yield from _paths(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*at, index)
            yield from _paths(value, (*at, index))


def _get(body: Any, path: Path_) -> Any:
    for step in path:
        body = body[step]
    return body


def _set(body: Any, path: Path_, value: Any) -> None:
    _get(body, path[:-1])[path[-1]] = value


def _other_type(value: Any) -> Any:
    """A value of another JSON type."""
    if isinstance(value, str):
        return 12345
    if isinstance(value, bool | int | float) or value is None:
        return "drifted"
    if isinstance(value, list):
        return {"drifted": True}
    return ["drifted"]


def _damaged(body: Any) -> Iterator[tuple[str, Any]]:
    """(what was done, the damaged body) for every path and kind of damage."""
    for path in _paths(body):
        parent = _get(body, path[:-1])
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
        if isinstance(parent, dict):
            dropped = copy.deepcopy(body)
            del _get(dropped, path[:-1])[path[-1]]
            yield f"drop {where}", dropped
        for kind, value in (("null", None), ("retype", _other_type(_get(body, path)))):
            changed = copy.deepcopy(body)
            _set(changed, path, value)
            yield f"{kind} {where}", changed
        current = _get(body, path)
        if isinstance(current, str):
            changed = copy.deepcopy(body)
            _set(changed, path, "drift_unknown_value")
            yield f"unknown_enum {where}", changed
        if isinstance(current, dict):
            changed = copy.deepcopy(body)
            _get(changed, path)["x_drift"] = {"new": [1, 2]}
            yield f"unknown_field {where}", changed


# ------------------------------------------------------------------------- the oracle
def _response(case: Case, body: Any) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example.test/v1/x")
    return httpx.Response(
        case.wire_status, json=body, request=request, headers={"x-request-id": "req_drift"}
    )


def _expect(case: Case) -> Any:
    """The model class, or the union of the classes, the response parses to."""
    classes = [type(None) if n is None else getattr(wriftai_api.models, n) for n in case.models]
    return reduce(operator.or_, classes)


def _require_checkable(case: Case) -> None:
    """Fails, by the operation's name, a case the spec or the generated package leaves
    these tests unable to check."""
    problem = case.problem or generated_problem(case, ENDPOINTS, wriftai_api.models)
    if problem is not None:
        pytest.fail(problem, pytrace=False)


def _canonical(value: Any) -> Any:
    """The JSON value with date-times written one way (the client re-serializes them)."""
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value).isoformat()
        except ValueError:
            return value
    return value


def _check(case: Case, body: Any, what: str) -> bool:
    """Checks one body in both modes; returns whether the spec says it conforms."""
    _require_checkable(case)
    endpoint, expect = ENDPOINTS[case.operation], _expect(case)
    conforms = _validator(case).is_valid(body)
    try:
        model = parse(endpoint, expect, _response(case, body), strict=False)
    except wriftai.APIResponseValidationError as exc:
        pytest.fail(f"operation {case.operation}, {what}: the default client raised: {exc}")
    assert isinstance(model, expect), what
    # What arrived stays reachable: the model writes back the body it was read from.
    if model is None:
        assert body is None, what
    else:
        assert _canonical(model.to_dict()) == _canonical(body), what
    try:
        strict = parse(endpoint, expect, _response(case, body), strict=True)
    except wriftai.APIResponseValidationError as exc:
        assert not conforms, f"{what}: strict raised on a conforming body: {exc}"
        assert exc.operation == case.operation and exc.status_code == case.wire_status
        assert exc.request_id == "req_drift" and exc.body == body
        assert exc.path is not None and exc.path.startswith("$"), what
    else:
        assert conforms, f"{what}: strict accepted a body the spec rejects"
        assert isinstance(strict, expect)
    return conforms


@pytest.mark.parametrize("case", CASES, ids=str)
def test_every_path_dropped_nulled_and_retyped(case: Case) -> None:
    _require_checkable(case)
    assert _check(case, case.body, "the example itself")  # the example conforms
    if case.body == {}:
        return  # an empty object (a cancel's 202, CancelAccepted) has no path to damage
    tried = rejected = 0
    for what, body in _damaged(case.body):
        tried += 1
        rejected += not _check(case, body, what)
    assert tried > 0
    # The damage is real: the spec rejects some of it (a drop of a required field at least).
    assert rejected > 0, case


# Operations whose success has no JSON body: two event streams (their events are read by the
# stream tests and parse with the same models) and three 204s.
NO_JSON_BODY = {
    "create_completion_stream",
    "stream_prediction",
    "delete_model",
    "delete_model_version",
    "delete_variable",
}


def test_every_operation_of_the_spec_is_covered() -> None:
    every = {op.name for op in operations(SPEC)}
    covered = {case.operation for case in CASES}
    uncovered = every - covered - NO_JSON_BODY
    assert not uncovered, f"no 2xx application/json response, not in NO_JSON_BODY: {uncovered}"
    stale = NO_JSON_BODY - (every - covered)
    assert not stale, f"NO_JSON_BODY lists operations with a JSON body, or none at all: {stale}"
    ungenerated = sorted(covered - set(ENDPOINTS))
    assert not ungenerated, f"operations the generated package has no module for: {ungenerated}"


def test_a_missing_required_field_reads_as_an_attribute_error_that_says_so() -> None:
    case = next(c for c in CASES if c.operation == "get_model")
    body = copy.deepcopy(case.body)
    del body["owner"]
    model = parse(ENDPOINTS["get_model"], _expect(case), _response(case, body), strict=False)
    assert model.name == case.body["name"]
    with pytest.raises(wriftai.ResponseFieldError, match="did not send 'owner'") as info:
        _ = model.owner
    assert isinstance(info.value, AttributeError) and info.value.field == "owner"
    assert "owner=<missing>" in repr(model)


def test_an_unknown_enum_value_is_kept_and_an_optional_field_reads_unset() -> None:
    case = next(c for c in CASES if c.operation == "get_model")
    body = {**copy.deepcopy(case.body), "visibility": "unlisted"}  # an open enum's new value
    model = parse(ENDPOINTS["get_model"], _expect(case), _response(case, body), strict=False)
    assert model.visibility == "unlisted" and "visibility" not in model.additional_properties
    # A closed enum's unknown value (an error's source) is kept as it came, and reading the
    # typed attribute says so.
    failed_case = next(c for c in CASES if c.operation == "get_prediction")
    error = {"source": "upstream", "message": "m", "detail": None}
    failed = {**copy.deepcopy(failed_case.body), "status": "failed", "error": error}
    response = _response(failed_case, failed)
    prediction = parse(ENDPOINTS["get_prediction"], _expect(failed_case), response, strict=False)
    assert prediction.error.additional_properties["source"] == "upstream"
    with pytest.raises(wriftai.ResponseFieldError, match="does not conform"):
        _ = prediction.error.source
    page_case = next(c for c in CASES if c.operation == "list_fine_tunes")
    job = copy.deepcopy(page_case.body)
    optional = [k for k in ("fine_tuned_model",) if k in job["jobs"][0]]
    if optional:
        job["jobs"][0][optional[0]] = 17
        page = parse(
            ENDPOINTS["list_fine_tunes"],
            _expect(page_case),
            _response(page_case, job),
            strict=False,
        )
        assert isinstance(getattr(page.jobs[0], optional[0]), Unset)


def test_non_conforming_values_are_logged_once_per_operation_and_place(
    caplog: pytest.LogCaptureFixture,
) -> None:
    case = next(c for c in CASES if c.operation == "list_models")
    body = copy.deepcopy(case.body)
    body["items"] = [copy.deepcopy(body["items"][0]) for _ in range(3)]
    for item in body["items"]:
        item["predictions_count"] = "many"
    operation = f"list_models_{uuid.uuid4().hex}"  # not logged before in this process
    with caplog.at_level("DEBUG", logger="wriftai"):
        for _ in range(2):
            token = PARSE_CONTEXT.set(ParseContext(operation))
            try:
                wriftai_api.models.ModelPage.from_dict(body)
            finally:
                PARSE_CONTEXT.reset(token)
    lines = [r.getMessage() for r in caplog.records if operation in r.getMessage()]
    assert lines == [
        f"{operation}: the response does not conform at $.items[0].predictions_count: "
        "expected int, got a string"
    ]


def test_damaged_stream_events_are_typed_or_unknown_never_raised() -> None:
    case = next(c for c in CASES if c.operation == "get_prediction")
    tried = 0
    for what, body in _damaged(case.body):
        for event in ("init", "done"):
            typed = typed_event(ServerSentEvent(event, json.dumps(body), "1"))
            assert isinstance(typed, PredictionInitEvent | PredictionDoneEvent), what
            tried += 1
    completion = next(c for c in CASES if c.operation == "create_completion")
    for what, body in _damaged(completion.body):
        chunk = wriftai_api.models.CompletionStreamResponse.from_dict(body)
        assert isinstance(chunk, wriftai_api.models.CompletionStreamResponse), what
        tried += 1
    assert tried > 100


# ------------------------------------------------------------------------- hypothesis
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def _damage(draw: st.DrawFn) -> tuple[Case, Any, str]:
    case = draw(st.sampled_from(CHECKABLE))
    body = copy.deepcopy(case.body)
    done = []
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(body))
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        if draw(st.booleans()) and isinstance(_get(body, path[:-1]), dict):
            del _get(body, path[:-1])[path[-1]]
            done.append(f"drop {path}")
        else:
            _set(body, path, draw(JSON))
            done.append(f"set {path}")
    return case, body, "; ".join(done)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_damage())
def test_any_damage_parses_by_default_and_raises_typed_when_strict(
    damaged: tuple[Case, Any, str],
) -> None:
    case, body, what = damaged
    _check(case, body, what)


def test_a_body_that_is_not_json_raises_a_typed_error_in_both_modes() -> None:
    case = next(c for c in CASES if c.operation == "get_model")
    request = httpx.Request("GET", "https://api.example.test/v1/models/a/b")
    for strict in (False, True):
        response = httpx.Response(200, content=b"<html>oops</html>", request=request)
        with pytest.raises(wriftai.APIResponseValidationError, match="cannot be read as JSON"):
            parse(ENDPOINTS["get_model"], _expect(case), response, strict=strict)


def test_summary_of_bodies_tried() -> None:
    """Prints how many damaged bodies the exhaustive test tried (for the closing note)."""
    total = sum(sum(1 for _ in _damaged(case.body)) for case in CHECKABLE)
    print(f"\n{len(CHECKABLE)} documented JSON responses, {total} damaged bodies")
    assert total > 1000
    assert json.dumps(total)

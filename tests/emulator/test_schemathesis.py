"""Property-based conformance: schemathesis drives every operation of openapi.yaml.

Checks: no 5xx, and every response conforms to the spec (status, headers, content type,
body schema), plus schemathesis's other default checks, with two exceptions:

* ``positive_data_acceptance`` is off: a request can match the schema and still be refused
  with a documented 4xx (an unknown cursor, an idempotency key reused with another body).
* For ``text/event-stream`` responses the per-event body check is off: schemathesis reads
  the media type's ``schema`` as the schema of each event (the OpenAPI 3.2 convention),
  while openapi.yaml describes the whole stream as a string whose ``contentSchema`` is the
  event. The emulator itself checks every event of every stream against
  ``PredictionStreamEvent`` / ``CompletionStreamResponse``, and this test fails on any
  violation it records.

The number of examples is bounded so the run stays well under a minute; a summary line
is printed at the end, even without ``-s``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
)

from wriftai.testing import Emulator
from wriftai.testing._spec import spec_path

MAX_EXAMPLES = 12

schema = schemathesis.openapi.from_path(spec_path())
SUMMARY: Counter[str] = Counter()


@pytest.fixture(scope="module")
def fuzz_emulator() -> Iterator[Emulator]:
    # Its own emulator: the fuzzer's state must not leak into other tests.
    with Emulator(prediction_duration=0.05, job_duration=0.05, seed=3) as emulator:
        yield emulator


def _negated_authorization(case: schemathesis.Case) -> bool:
    """Whether the case was made negative by breaking the Authorization header.

    The test always sends a valid token, which undoes that part of the negation: what is
    left (such as unknown query parameters) is accepted by the emulator, as by the API.
    """
    data = case.meta.phase.data if case.meta is not None else None
    names = {getattr(data, "parameter", None)}
    names |= {getattr(m, "parameter", None) for m in getattr(data, "mutations", None) or ()}
    return "Authorization" in names


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_conformance(case: schemathesis.Case, fuzz_emulator: Emulator) -> None:
    SUMMARY["cases"] += 1
    headers = {"Authorization": f"Bearer {fuzz_emulator.token}"}
    # LLM Engine's paths carry their version prefix and hang off the host root.
    llm_engine = case.operation.path.startswith(("/v1/", "/v2/"))
    base_url = fuzz_emulator.url if llm_engine else fuzz_emulator.base_url
    response = case.call(base_url=base_url, headers=headers, timeout=30)
    SUMMARY[str(response.status_code)] += 1
    excluded = [positive_data_acceptance]
    if _negated_authorization(case):
        excluded.append(negative_data_rejection)
    content_type = {k.lower(): v for k, v in response.headers.items()}.get("content-type", [""])
    if content_type[0].startswith("text/event-stream"):
        excluded.append(response_schema_conformance)
    try:
        case.validate_response(response, excluded_checks=excluded, headers=headers)
    except Exception:
        SUMMARY["failures"] += 1
        raise
    assert response.status_code < 500
    assert not fuzz_emulator.spec_violations, fuzz_emulator.spec_violations


def test_summary(fuzz_emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    operations = len(list(schema.get_all_operations()))
    statuses = {k: v for k, v in sorted(SUMMARY.items()) if k.isdigit()}
    line = (
        f"schemathesis: {operations} operations, {SUMMARY['cases']} cases, "
        f"{SUMMARY['failures']} failures, {len(fuzz_emulator.spec_violations)} contract "
        f"violations, statuses {statuses}"
    )
    with capsys.disabled():
        print("\n" + line)
    assert operations == 53
    assert SUMMARY["cases"] >= operations
    assert not any(int(status) >= 500 for status in statuses)

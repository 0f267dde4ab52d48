"""The sans-IO parts of observability: rate-limit parsing, span URLs, the seam's no-op.

What needs a server (spans, hooks, log records) is tested against the emulator in
``tests/e2e/test_tracing.py`` and ``tests/e2e/test_hooks.py``.
"""

from __future__ import annotations

import email.utils
import os
import subprocess
import sys

import httpx
import pytest

import wriftai
from wriftai._core.observing import RATE_LIMIT_HEADERS
from wriftai._core.rate_limits import RateLimit, rate_limit_of, retry_after_seconds
from wriftai._httpx_compat import has_any_header
from wriftai._logging import request_extra, telemetry_url

from .conftest import TOKEN, json_response, make_client

NOW = 1_700_000_000.0


def parsed(**headers: str) -> RateLimit:
    return rate_limit_of(httpx.Headers(headers), 200, NOW)


def test_every_rate_limit_header_is_read() -> None:
    rate = parsed(
        **{
            "X-RateLimit-Limit": "60",
            "x-ratelimit-remaining": "7",
            "x-ratelimit-reset": "1700000030.25",
            "Retry-After": "2",
        }
    )
    assert (rate.limit, rate.remaining, rate.reset, rate.retry_after) == (60, 7, 1700000030.25, 2.0)
    assert (rate.status_code, rate.observed_at, rate.limited) == (200, NOW, False)


@pytest.mark.parametrize("value", ["", "soon", "nan", "inf", "-inf"])
def test_a_value_that_does_not_parse_reads_none(value: str) -> None:
    rate = parsed(**{"x-ratelimit-limit": value, "x-ratelimit-remaining": value})
    assert (rate.limit, rate.remaining) == (None, None)


def test_retry_after_as_an_http_date_counts_from_arrival() -> None:
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    assert retry_after_seconds(date, NOW) == 30.0
    assert retry_after_seconds(email.utils.formatdate(NOW - 30, usegmt=True), NOW) == 0.0
    assert retry_after_seconds("Tomorrow, maybe", NOW) is None


def test_limited_means_a_429_or_nothing_remaining() -> None:
    assert parsed(**{"x-ratelimit-remaining": "0"}).limited
    assert rate_limit_of(httpx.Headers(), 429, NOW).limited
    assert not parsed(**{"x-ratelimit-remaining": "1"}).limited


def test_rate_limit_headers_are_found_in_any_case() -> None:
    def carries(headers: httpx.Headers) -> bool:
        return has_any_header(headers, RATE_LIMIT_HEADERS)

    assert carries(httpx.Headers({"Retry-After": "1"}))
    assert carries(httpx.Headers([(b"X-RATELIMIT-RESET", b"1")]))
    assert not carries(httpx.Headers({"x-request-id": "req_1"}))


def test_a_provider_named_by_the_environment_is_found() -> None:
    code = "from wriftai import _tracing; assert _tracing.active(); assert _tracing.available()"
    env = {**os.environ, "OTEL_PYTHON_TRACER_PROVIDER": "sdk_tracer_provider"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_span_urls_drop_user_info_and_redact_signed_values() -> None:
    url = httpx.URL("https://me:pw@up.example/b/k?X-Amz-Signature=abc&part=2&token=t0k")
    shown = telemetry_url(url)
    assert shown == "https://up.example/b/k?X-Amz-Signature=REDACTED&part=2&token=REDACTED"
    assert telemetry_url(httpx.URL("https://api.example/v1/models?page_size=2")) == (
        "https://api.example/v1/models?page_size=2"
    )


def test_log_extras_hold_no_header_and_no_query() -> None:
    request = httpx.Request(
        "PUT", "https://up.example/p?signature=s3cr3t", headers={"Authorization": TOKEN}
    )
    extra = request_extra(request, 2, 0.5, httpx.Response(200, headers={"x-request-id": "r"}))
    assert extra == {
        "method": "PUT",
        "path": "/p",
        "status": 200,
        "request_id": "r",
        "attempt": 2,
        "elapsed": 0.5,
    }


def test_rate_limits_are_kept_per_client_and_shared_with_its_copies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"ok": True}, **{"x-ratelimit-remaining": "3"})

    client, _ = make_client(handler)
    other, _ = make_client(handler)
    client.models.get("wriftai", "echo")
    assert client.rate_limit is not None and client.rate_limit.remaining == 3
    assert client.with_options(max_retries=0).rate_limit is client.rate_limit
    assert other.rate_limit is None


def test_the_public_names_are_exported() -> None:
    for name in ("Hooks", "RateLimit", "RateLimitEvent", "RequestEvent", "ResponseEvent"):
        assert getattr(wriftai, name).__doc__
    assert wriftai.RetryEvent.__module__ == "wriftai._core.hooks"

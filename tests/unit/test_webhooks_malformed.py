"""Odd signature headers fail with a webhook error class, never a bare ValueError/TypeError."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

import wriftai
from wriftai import webhooks

from .conftest import prediction

SECRET = "whsec_test"
BODY = json.dumps(prediction()).encode()


def good_v1(at: int) -> str:
    return webhooks.sign(BODY, SECRET, at).split(",", 1)[1]


@pytest.mark.parametrize(
    "timestamp",
    [
        "\u00b2",  # superscript two: a digit to str.isdigit(), not to int()
        "1" * 5000,  # past int()'s limit on digits
        "\u0661\u0662",  # Arabic-Indic digits that int() would read as 12
        "\u0661\u0667" + "\u0660" * 8,  # Arabic-Indic digits of a plausible unix time
        "1" * 13,  # more digits than any sane unix time
        "",
        "-5",
        " 12",
    ],
)
def test_odd_timestamps_are_malformed(timestamp: str) -> None:
    header = f"t={timestamp},{good_v1(int(time.time()))}"
    with pytest.raises(webhooks.MalformedSignatureError):
        webhooks.verify(BODY, header, SECRET)


@pytest.mark.parametrize(
    "signature",
    [
        "\uff10" * 64,  # fullwidth digits
        "A" * 64,  # uppercase
        "0" * 63,
        "0" * 65,
        "0" * 63 + "g",
        "0" * 32 + " " + "0" * 31,
    ],
)
def test_odd_v1_values_are_malformed(signature: str) -> None:
    header = f"t={int(time.time())},v1={signature}"
    with pytest.raises(webhooks.MalformedSignatureError):
        webhooks.verify(BODY, header, SECRET)


def test_a_bytes_header_is_read_as_ascii() -> None:
    header = webhooks.sign(BODY, SECRET)
    assert webhooks.verify(BODY, header.encode("ascii"), SECRET).id == "pred_1"
    assert webhooks.verify(BODY, bytearray(header.encode("ascii")), SECRET).id == "pred_1"
    with pytest.raises(webhooks.SignatureMismatchError):
        webhooks.verify(BODY, webhooks.sign(BODY, "other").encode(), SECRET)


@pytest.mark.parametrize(
    "header",
    [
        "t=12,v1=\u00e9".encode(),  # not ASCII
        b"\xff\xfe",  # not even UTF-8
        "t=\u0661\u0662".encode(),
        12345,  # neither str nor bytes
        ["t=1"],
    ],
)
def test_undecodable_or_odd_typed_headers_are_malformed(header: Any) -> None:
    with pytest.raises(webhooks.MalformedSignatureError) as info:
        webhooks.verify(BODY, header, SECRET)
    assert isinstance(info.value, wriftai.WebhookSignatureError)


def test_empty_bytes_header_is_missing() -> None:
    with pytest.raises(webhooks.MissingSignatureError):
        webhooks.verify(BODY, b"", SECRET)

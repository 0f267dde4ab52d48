"""Verifying the signatures of the webhooks WriftAI sends.

WriftAI POSTs a prediction to its webhook URL with the header
``WriftAI-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]``, where each hex is
HMAC-SHA256 of ``<t>.<raw body>`` under a secret of the webhook (several while a secret is
being rotated). `verify` checks one and returns the prediction.

Example:
    >>> from wriftai import webhooks
    >>> prediction = webhooks.verify(raw_body, request.headers["WriftAI-Signature"], secret)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from typing import TYPE_CHECKING

from wriftai._errors import (
    MalformedSignatureError,
    MissingSignatureError,
    SignatureMismatchError,
    StaleTimestampError,
    WebhookSignatureError,
)

if TYPE_CHECKING:
    from wriftai_api.models import PredictionWithIO

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "MalformedSignatureError",
    "MissingSignatureError",
    "SignatureMismatchError",
    "StaleTimestampError",
    "WebhookSignatureError",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "WriftAI-Signature"
"""The name of the signature header."""
DEFAULT_TOLERANCE = 300
"""How old (in seconds) a signature may be by default."""

_HEX = re.compile(r"[0-9a-f]{64}", re.ASCII)
_MAX_TIMESTAMP_DIGITS = 12
"""Unix seconds fit in 12 digits for the next 30,000 years; longer is not a timestamp."""


def _as_bytes(value: bytes | str, what: str) -> bytes:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    raise TypeError(f"{what} must be bytes or str, not {type(value).__name__}")


def _digest(secret: bytes, timestamp: str, payload: bytes) -> str:
    return hmac.new(secret, timestamp.encode() + b"." + payload, hashlib.sha256).hexdigest()


def sign(payload: bytes | str, secret: str | bytes, timestamp: int | None = None) -> str:
    """Builds a ``WriftAI-Signature`` header value, as the service does (useful in tests).

    Args:
        payload: The raw body.
        secret: The webhook secret.
        timestamp: Unix seconds; now when None.

    Returns:
        ``t=<timestamp>,v1=<hex>``.
    """
    t = str(int(time.time()) if timestamp is None else int(timestamp))
    body = _as_bytes(payload, "payload")
    return f"t={t},v1={_digest(_as_bytes(secret, 'secret'), t, body)}"


def _header_text(header: object) -> str:
    """The header as ASCII text; anything else is a `MalformedSignatureError`."""
    if isinstance(header, bytes | bytearray):
        try:
            return bytes(header).decode("ascii")
        except UnicodeDecodeError:
            raise MalformedSignatureError("signature header is not ASCII") from None
    if not isinstance(header, str):
        raise MalformedSignatureError(
            f"signature header must be str or bytes, not {type(header).__name__}"
        )
    if not header.isascii():
        raise MalformedSignatureError("signature header is not ASCII")
    return header


def _is_timestamp(value: str) -> bool:
    # str.isdigit() alone accepts "²" and "١٢", which int() rejects or reads as other digits.
    return value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS


def _parse_header(header: str) -> tuple[str, list[str]]:
    timestamp: str | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            raise MalformedSignatureError(f"signature header part without '=': {part[:40]!r}")
        if key == "t":
            if timestamp is not None or not _is_timestamp(value):
                raise MalformedSignatureError(
                    "signature header needs exactly one t= of at most "
                    f"{_MAX_TIMESTAMP_DIGITS} ASCII digits"
                )
            timestamp = value
        elif key == "v1":
            if not (value.isascii() and _HEX.fullmatch(value)):
                raise MalformedSignatureError("a v1 signature is not 64 lowercase hex digits")
            signatures.append(value)
        # Other schemes (v0, v2, ...) are ignored, so that new ones do not break receivers.
    if timestamp is None:
        raise MalformedSignatureError("signature header has no t=")
    if not signatures:
        raise MalformedSignatureError("signature header has no v1= signature")
    return timestamp, signatures


def verify(
    payload: bytes | str,
    signature_header: str | bytes | None,
    secret: str | bytes,
    tolerance: float = DEFAULT_TOLERANCE,
) -> PredictionWithIO:
    """Checks a webhook's signature and returns the prediction it carries.

    Args:
        payload: The raw request body, exactly as received (not re-serialised JSON).
        signature_header: The value of the ``WriftAI-Signature`` header, as text or as the
            raw ASCII bytes some frameworks give.
        secret: The webhook secret given when the prediction was created.
        tolerance: How many seconds old the timestamp may be (and how far in the future).

    Returns:
        The prediction, parsed as `PredictionWithIO`.

    Raises:
        MissingSignatureError: The header is absent or empty.
        MalformedSignatureError: The header cannot be parsed (including a header that is not
            ASCII, or neither str nor bytes).
        StaleTimestampError: The timestamp is further than `tolerance` from now.
        SignatureMismatchError: No ``v1`` signature matches (a tampered body or a wrong secret).
        WebhookSignatureError: The body is not a prediction.
    """
    body = _as_bytes(payload, "payload")
    key = _as_bytes(secret, "secret")
    if not key:
        raise ValueError("secret must not be empty")
    if not signature_header:
        raise MissingSignatureError(f"the {SIGNATURE_HEADER} header is missing")
    timestamp, signatures = _parse_header(_header_text(signature_header))
    if abs(time.time() - int(timestamp)) > tolerance:
        raise StaleTimestampError(f"signature timestamp {timestamp} is outside the tolerance")
    expected = _digest(key, timestamp, body)
    # Compare against every candidate, without stopping early, in constant time each.
    matched = False
    for candidate in signatures:
        matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise SignatureMismatchError("no signature matches the payload")
    from wriftai_api.models import PredictionWithIO

    try:
        return PredictionWithIO.from_dict(json.loads(body))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WebhookSignatureError(f"the signed payload is not a prediction: {exc}") from None

"""`types.json_loads` (msgspec, then json.loads) gives exactly what `json.loads` gives."""

from __future__ import annotations

import json
import random
import struct
from typing import Any

import msgspec
import pytest

from wriftai_api.types import json_loads

BODIES = [
    b'{"a":1,"a":2}',  # a repeated key: the last one wins
    b"[1.0, -0.0, 0, -0, 1e5, 1E-5]",
    b"12345678901234567890123",  # past 64 bits: exact, never a float
    b"-98765432109876543210987654321",
    b'{"id": 18446744073709551616, "n": 9223372036854775808}',
    b"1.7976931348623157e308",
    b"5e-324",
    b"2.2250738585072014e-308",
    b"1.00000000000000011102230246251565404236316680908203125",
    b"123.456e-789",
    b' {"a" : 1 } ',
    b'{"\\u0000": "\\u00e9\\ud83d\\ude00"}',
    b'"' + "é".encode() + b'"',
    b"9" * 400,
    # What msgspec refuses and json.loads reads: they come back as json.loads reads them.
    b"1e400",
    b"-1e400",
    b'{"x": NaN, "y": Infinity, "z": -Infinity}',
    b'"\\ud800"',  # a lone surrogate
    b'"\\udc00x"',
    b'\xef\xbb\xbf{"a": 1}'.decode("utf-8-sig").encode("utf-16"),  # UTF-16 with a BOM
    '{"a": "é"}'.encode("utf-32"),
]


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 and 1.0 are not the same)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b
    return bool(a == b) and (not isinstance(a, float) or repr(a) == repr(b))


@pytest.mark.parametrize("body", BODIES)
def test_a_body_reads_as_json_loads_reads_it(body: bytes) -> None:
    assert _same(json_loads(body), json.loads(body))


@pytest.mark.parametrize(
    "body", [b"", b"[1,2,]", b'{"a": 1', b"nope", b'"\xff"', b'{"a": 1} trailing', b"\xef\xbb"]
)
def test_what_json_loads_rejects_raises_its_error(body: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(body)
    with pytest.raises(ValueError) as got:
        json_loads(body)
    assert type(got.value) is type(expected.value)
    assert str(got.value) == str(expected.value)


def test_numbers_of_every_kind_read_as_json_loads_reads_them() -> None:
    rng = random.Random(12)
    numbers = []
    for _ in range(20_000):
        value = struct.unpack("d", rng.randbytes(8))[0]
        if value == value and abs(value) != float("inf"):
            numbers.append(repr(value))
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 30)))
        numbers.append(f"{rng.choice(['', '-'])}{int(digits)}")
        numbers.append(f"0.{digits}e{rng.randint(-340, 300)}")
    body = ("[" + ",".join(numbers) + "]").encode()
    msgspec.json.decode(body)  # msgspec reads it all: this is its reading, not json.loads'
    assert _same(json_loads(body), json.loads(body))

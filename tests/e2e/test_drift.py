"""The operation table again, in both forms, against an emulator whose JSON responses drift.

With `Faults(drift=...)` the emulator damages one value of a share of its JSON responses
(a dropped field, a null, another JSON type, an unknown field or enum value), seeded and
replayable. A scenario then either passes, or fails only where the scenario itself reads a
value that drifted: an assertion about it fails, or reading it raises
`wriftai.ResponseFieldError` from the test's own line. The facade never fails on drift:
no other exception escapes, no `ResponseFieldError` is raised inside `wriftai/`, and
`APIResponseValidationError` never comes from a default (tolerant) client.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import pytest

import wriftai
from wriftai.testing import Faults

from .conftest import Form
from .operations import facade_methods
from .test_operations import SCENARIOS

FACADE = str(Path(wriftai.__file__).resolve().parent)
GENERATED = str(Path(__import__("wriftai_api").__file__).resolve().parent)
RATE = 0.5


def _raised_in_facade(exc: BaseException) -> bool:
    """Whether the innermost frame outside the generated models is in the facade."""
    frames = [f.filename for f in traceback.extract_tb(exc.__traceback__)]
    outside = [f for f in frames if not str(Path(f).resolve()).startswith(GENERATED)]
    return bool(outside) and str(Path(outside[-1]).resolve()).startswith(FACADE)


@pytest.mark.parametrize("seed", [11, 12])
@pytest.mark.parametrize("method", facade_methods(), ids="{0[0]}.{0[1]}".format)
async def test_method_under_drift(
    method: tuple[str, str],
    seed: int,
    form: Form,
    client: wriftai.Client,
    wriftai_emulator: Any,
) -> None:
    scenario = SCENARIOS[method]
    wriftai_emulator.faults = Faults(drift=RATE, seed=seed)
    try:
        await scenario(client, form, wriftai_emulator)
    except (AssertionError, wriftai.ResponseFieldError) as exc:
        drifted = [r.drift for r in wriftai_emulator.requests if r.drift]
        assert drifted, f"the scenario failed with no drifted response: {exc!r}"
        if isinstance(exc, wriftai.ResponseFieldError):
            assert not _raised_in_facade(exc), "the facade read a drifted field itself:\n" + (
                "".join(traceback.format_exception(exc))
            )

"""A local emulator of the whole WriftAI API, for tests and demos.

Install it with the ``testing`` extra (``pip install 'wriftai[testing]'``)::

    from wriftai.testing import Emulator, Faults

    with Emulator() as emu:
        ...  # point a client at emu.base_url with emu.token

It answers as the current WriftAI API does, or with ``Emulator(era="legacy")`` as the API
the official client's releases up to 0.22 knew. Run it from a shell with
``python -m wriftai.testing serve`` (``--era current|legacy``). The pytest plugin in
:mod:`wriftai.testing.pytest_plugin` provides the ``wriftai_emulator`` and ``wriftai_era``
fixtures.

The names below load on first use: pytest imports this package for the plugin in every
environment where wriftai is installed, and without the ``testing`` extra the emulator's
dependencies (Starlette, uvicorn, openapi-core) are not there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wriftai._lazy import lazy_exports

if TYPE_CHECKING:
    from wriftai.testing._context import (
        RequestRecord,
        Settings,
        SpecViolation,
        WebhookDelivery,
    )
    from wriftai.testing._emulator import Emulator
    from wriftai.testing._fault_state import Faults
    from wriftai.testing._ray import local_ray
    from wriftai.testing._webhooks import SIGNATURE_HEADER, sign

__all__ = [
    "SIGNATURE_HEADER",
    "Emulator",
    "Faults",
    "RequestRecord",
    "Settings",
    "SpecViolation",
    "WebhookDelivery",
    "local_ray",
    "sign",
]

_HOMES = {
    "RequestRecord": "wriftai.testing._context",
    "Settings": "wriftai.testing._context",
    "SpecViolation": "wriftai.testing._context",
    "WebhookDelivery": "wriftai.testing._context",
    "Emulator": "wriftai.testing._emulator",
    "Faults": "wriftai.testing._fault_state",
    "SIGNATURE_HEADER": "wriftai.testing._webhooks",
    "sign": "wriftai.testing._webhooks",
    "local_ray": "wriftai.testing._ray",
}


__getattr__, __dir__ = lazy_exports("wriftai.testing", globals(), _HOMES, __all__)

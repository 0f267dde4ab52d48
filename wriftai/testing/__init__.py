"""A local emulator of the whole WriftAI API, for tests and demos.

Install it with the ``testing`` extra (``pip install 'wriftai[testing]'``)::

    from wriftai.testing import Emulator, Faults

    with Emulator() as emu:
        ...  # point a client at emu.base_url with emu.token

Run it from a shell with ``python -m wriftai.testing serve``. The pytest plugin in
:mod:`wriftai.testing.pytest_plugin` provides the ``wriftai_emulator`` fixture.
"""

from wriftai.testing._context import RequestRecord, Settings, SpecViolation, WebhookDelivery
from wriftai.testing._emulator import Emulator
from wriftai.testing._faults import Faults
from wriftai.testing._webhooks import SIGNATURE_HEADER, sign

__all__ = [
    "SIGNATURE_HEADER",
    "Emulator",
    "Faults",
    "RequestRecord",
    "Settings",
    "SpecViolation",
    "WebhookDelivery",
    "sign",
]

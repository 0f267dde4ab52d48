"""The hardware resource: the hardware models run on."""

from __future__ import annotations

from wriftai.resources._base import ListResource
from wriftai_api.api.hardware import list_hardware
from wriftai_api.models import Hardware, HardwarePage

__all__ = ["HardwareResource"]


class HardwareResource(ListResource[Hardware]):
    """Hardware: ``client.hardware.list()`` and ``await client.hardware.async_list()``."""

    _endpoint = list_hardware
    _page_type = HardwarePage

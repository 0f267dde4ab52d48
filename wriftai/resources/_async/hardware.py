"""The operations of `wriftai.resources.hardware`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.resource import AsyncListResource
from wriftai._core.parsing import PageModel
from wriftai_api.api.hardware import list_hardware
from wriftai_api.models import Hardware, HardwarePage

__all__ = ["AsyncHardwareResource"]


class AsyncHardwareResource(AsyncListResource[Hardware]):
    """Hardware: ``await client.hardware.async_list()``."""

    _endpoint = list_hardware
    _page_type: type[PageModel[Hardware]] = HardwarePage

"""The hardware resource: the hardware models run on."""

from __future__ import annotations

from wriftai._response import RawResponses
from wriftai.resources._base import ListResource
from wriftai_api.api.hardware import list_hardware
from wriftai_api.models import Hardware, HardwarePage

__all__ = ["HardwareResource"]


class HardwareResource(ListResource[Hardware]):
    """Hardware: ``client.hardware.list()`` and ``await client.hardware.async_list()``."""

    @property
    def with_raw_response(self) -> HardwareRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return HardwareRawResponses(self)

    _endpoint = list_hardware
    _page_type = HardwarePage


class HardwareRawResponses(RawResponses[HardwareResource]):
    """`HardwareResource` methods, each returning an `APIResponse`."""

    list = RawResponses.of(HardwareResource.list)
    async_list = RawResponses.of_async(HardwareResource.async_list)

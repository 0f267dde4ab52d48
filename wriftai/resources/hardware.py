"""The hardware resource: the hardware models run on."""

from __future__ import annotations

from _wriftai_sync.resources.hardware import SyncHardwareRawResponses, SyncHardwareResource
from wriftai._async.resource import AsyncListResource
from wriftai._core.parsing import PageModel
from wriftai._response import RawAccess, RawResponses
from wriftai_api.api.hardware import list_hardware
from wriftai_api.models import Hardware, HardwarePage

__all__ = ["HardwareResource"]


class AsyncHardwareResource(AsyncListResource[Hardware]):
    """Hardware: ``await client.hardware.async_list()``."""

    _endpoint = list_hardware
    _page_type: type[PageModel[Hardware]] = HardwarePage


class AsyncHardwareRawResponses(RawResponses):
    """`AsyncHardwareResource` methods, each returning an `APIResponse`."""

    async_list = RawResponses.of_async(AsyncHardwareResource.async_list)


# unasync: end


class HardwareRawResponses(SyncHardwareRawResponses, AsyncHardwareRawResponses):
    """`HardwareResource` methods, each returning an `APIResponse`."""


class HardwareResource(SyncHardwareResource, AsyncHardwareResource):
    """Hardware: ``client.hardware.list()`` and ``await client.hardware.async_list()``."""

    with_raw_response = RawAccess(HardwareRawResponses)

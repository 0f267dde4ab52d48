"""The hardware resource: the hardware models run on."""

from __future__ import annotations

from _wriftai_sync.resources.hardware import HardwareRawResponses, HardwareResource

__all__ = ["HardwareRawResponses", "HardwareResource"]

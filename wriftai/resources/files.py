"""The files resource: upload (streamed from disk), get, list, delete, and read files.

What an upload sends, and when it may be sent again, is decided in
`wriftai._core.engine_files`.
"""

from __future__ import annotations

from _wriftai_sync.resources.files import FilesRawResponses, FilesResource
from wriftai.resources._async.files import FileInput

__all__ = ["FileInput", "FilesRawResponses", "FilesResource"]

"""The uploads resource: WriftAI file uploads, whole (`upload`) or step by step.

``client.uploads.upload(path)`` sends a file of any size to WriftAI in the server's parts
and returns its ``download_url``, which a prediction takes as an input (a `wriftai.File`
in a prediction's input is uploaded this way by ``predictions.create``). `create` and
`complete` are the two API operations an upload is made of, for callers who send the
parts themselves. The plan is `wriftai._core.uploads`; the parts are sent by
`wriftai._async.uploads`.

Not to be confused with ``client.files``, the LLM Engine files resource (training data for
fine-tunes), whose ``upload`` sends a file to LLM Engine's ``/v1/files``.
"""

from __future__ import annotations

from _wriftai_sync.resources.uploads import UploadsRawResponses, UploadsResource
from wriftai.resources._async.uploads import MAX_FILES_AT_ONCE

__all__ = ["MAX_FILES_AT_ONCE", "UploadsRawResponses", "UploadsResource"]

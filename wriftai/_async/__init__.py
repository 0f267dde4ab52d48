"""The async I/O code: the source of its sync twin, which ``tools/unasync.py`` writes.

Each module here has a twin of the same name in the ``_wriftai_sync`` package (in
``generated/``), written by substitution (``async def async_send`` becomes ``def send``,
``AsyncPage`` becomes ``Page``, ...). Change the code here and run ``make generate``.
"""

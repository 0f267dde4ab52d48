"""Sans-IO logic: what the sync and async I/O code both run, with no I/O of its own.

Retry policy and attempts (`retry`), request building (`requests`), the mapping of
transport failures (`failures`), response parsing (`parsing`), argument checks
(`arguments`), server-sent events and stream cursors (`sse`, `streams`), upload plans
(`uploads`) and the steps of a wait (`waiting`).
"""

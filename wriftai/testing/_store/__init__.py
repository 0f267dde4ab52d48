"""The emulator's in-memory world: records, their time-driven state machines, the seed.

State changes that depend on time (a prediction starting, a job finishing, an endpoint
becoming ready) are computed from the time a request is served; nothing ticks in the
background. Waiters (``Prefer: wait``, event streams, webhooks) sleep until the next
scheduled change or until :meth:`~wriftai.testing._store.predictions.PredictionRecord.notify`
wakes them.

:mod:`~wriftai.testing._store.world` holds the :class:`Store`; the records are in
:mod:`~wriftai.testing._store.resources` (the WriftAI resources),
:mod:`~wriftai.testing._store.predictions` and :mod:`~wriftai.testing._store.llm` (LLM
Engine's files, jobs and endpoints); :mod:`~wriftai.testing._store.seed` draws the ids and
the world every store starts with; :mod:`~wriftai.testing._store.clock` reads and formats
time.
"""

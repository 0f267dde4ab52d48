"""The variables resource: values (and secrets) that model versions read.

A variable has a ``name`` (how a version's configuration refers to it), a ``key`` (the
environment variable the value is given under) and a ``value``. A secret's value is never
returned by the API (it reads as an empty string), and the facade never shows the value
of a variable being created or updated in a repr, a log line or an error.
"""

from __future__ import annotations

from _wriftai_sync.resources.variables import VariablesRawResponses, VariablesResource

__all__ = ["VariablesRawResponses", "VariablesResource"]

"""The resources' operations, written once in async; `tools/unasync.py` writes the rest."""

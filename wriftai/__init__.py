"""The WriftAI Python client."""

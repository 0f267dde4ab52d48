"""The version of the wriftai package."""

__version__ = "0.1.0"

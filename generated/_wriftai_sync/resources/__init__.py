"""The sync twin of wriftai's async code, written by tools/unasync.py; do not edit."""

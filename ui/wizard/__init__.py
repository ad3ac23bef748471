"""The first-run wizard: shown by the desk when no station is set up (see hook.py)."""

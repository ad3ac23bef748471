"""Pseudo-terminal simulators that stand in for a pad or a serial scanner."""

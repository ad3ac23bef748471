"""Dress rehearsals that drive the real desk controller (one desk, or a whole venue day)."""

"""The desk's venue event (re-published on the desk's bus; ui/relay.py re-emits it)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.venue.worker import VenueStatus


@dataclass(frozen=True)
class VenueChanged:
    """The venue as this desk sees it: hub reachable or not, and ``status.board`` — the
    venue's totals (per desk, all desks, expected, per unit, rate, ETA) for the counter."""

    status: VenueStatus

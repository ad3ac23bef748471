"""A simulated attendant and attendee at one real DeskController, headless.

A plain queue stands in for the GUI thread's event loop (what ui/relay.py does with a queued
Qt signal); the driver presses what a person would press and waits for the desk's own state
changes. The time it spends waiting on the desk is the software's time per attendee.

The attendee's reading time passes on the desk's injected clock (``DayClock``), not in real
time: the flow refuses consent before the ceremony's minimum reading time, as on the day.
"""

from __future__ import annotations

import contextlib
import queue
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from desktop_app.desk.controller import DeskController
from desktop_app.desk.flow import DeskState
from desktop_app.devices.pads.strokes import assemble
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.domain.consent import ConsentMethod
from desktop_app.domain.signature import Signature
from desktop_app.services.rehearsal import SIM_DEVICE, SIM_PAD

Outcome = Literal["signed", "already_signed", "not_found", "failed"]
_SETTLED = (DeskState.IDENTITY, DeskState.ALREADY_SIGNED, DeskState.NOT_FOUND, DeskState.ERROR)
_FINISHED = (DeskState.DONE, DeskState.ALREADY_SIGNED, DeskState.ERROR)


class DayClock:
    """The desk's monotonic clock, which the driver moves on by a person's reading time."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


class Loop:
    """call_soon + a pump: the owner thread of the controller."""

    def __init__(self) -> None:
        self.calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def call_soon(self, fn: Callable[[], None]) -> None:
        self.calls.put(fn)

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            with contextlib.suppress(queue.Empty):
                self.calls.get(timeout=min(left, 0.05))()

    def until(self, done: Callable[[], bool], timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                return False
            with contextlib.suppress(queue.Empty):
                self.calls.get(timeout=0.02)()
        return True


@dataclass(frozen=True)
class Attendance:
    identifier: str
    outcome: Outcome
    record_id: str  # the record committed here ("" unless signed)
    signed_elsewhere_at: str  # the other desk's name when refused as already signed
    software_ms: float  # time the desk took (lookup + commit), not the person's
    committed_at: float  # time.time() when the desk showed "done" (0 unless signed)


def simulated_signature(seed: int, rate_hz: float = 133.0) -> Signature:
    """A handwritten-looking signature as the on-screen canvas would hand it over (the
    reader's clock stamps each report; here the pad's rate does)."""
    events = handwriting_events(SIM_PAD, rate_hz, seed=seed)
    stamped = [replace(ev, t_ms=round(i * 1000 / rate_hz)) for i, ev in enumerate(events)]
    return assemble(stamped, SIM_DEVICE)


class DeskDriver:
    def __init__(self, desk: DeskController, loop: Loop, clock: DayClock, *, seed: int = 0) -> None:
        self.desk = desk
        self.loop = loop
        self.clock = clock
        self.rng = random.Random(seed)

    def ready(self, timeout: float = 120.0) -> bool:
        """The desk is up; with no pad attached, the attendant chose on-screen signing (the
        desk audits that choice) as they would at a desk without a working pad."""
        desk = self.desk
        up = self.loop.until(lambda: desk.pledge is not None and desk.ops.workers_started, timeout)
        if up and not desk.snapshot.can_sign:
            desk.choose_screen_signing()
        return up and desk.snapshot.can_sign

    def _wait(self, states: tuple[DeskState, ...], timeout: float = 60.0) -> float:
        t0 = time.perf_counter()
        self.loop.until(lambda: self.desk.snapshot.state in states, timeout)
        return (time.perf_counter() - t0) * 1000

    def attend(self, badge_text: str, identifier: str) -> Attendance:
        """One person at the desk: scan, confirm, consent, sign on screen, confirm."""
        desk = self.desk
        if desk.snapshot.state is not DeskState.READY:
            desk.cancel()
            self._wait((DeskState.READY,), 10)
        desk.scanned(badge_text)
        software = self._wait(_SETTLED)
        state = desk.snapshot.state
        if state is DeskState.ALREADY_SIGNED:
            lookup = desk.snapshot.lookup
            signed = getattr(lookup, "signed", None)
            where = getattr(signed, "station_name", "") if signed else ""
            desk.cancel()
            return Attendance(identifier, "already_signed", "", where, software, 0.0)
        if state is not DeskState.IDENTITY:
            desk.cancel()
            return Attendance(identifier, "not_found", "", "", software, 0.0)
        desk.confirm_identity()
        shown = desk.snapshot.pledge
        if desk.snapshot.state is DeskState.PLEDGE:  # the separate form: read, then consent
            self.clock.advance((shown.min_read_s if shown is not None else 0) + 0.5)
            desk.give_consent(ConsentMethod.SCREEN_TOUCH)
        desk.submit_signature(simulated_signature(self.rng.randrange(1 << 30)))
        software += self._wait(_FINISHED)
        snap = desk.snapshot
        if snap.state is DeskState.DONE and snap.record is not None:
            at = time.time()
            desk.cancel()
            return Attendance(identifier, "signed", snap.record.record_id, "", software, at)
        if snap.state is DeskState.ALREADY_SIGNED:
            desk.cancel()
            return Attendance(identifier, "already_signed", "", "", software, 0.0)
        desk.cancel()
        return Attendance(identifier, "failed", "", snap.detail, software, 0.0)

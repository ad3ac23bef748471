"""The desk's side of closing a ceremony: behind the operator PIN, two signers, one commit.

``begin`` checks the PIN and computes the statement on the database worker (the desk must be
idle: no attendee is mid-signing). Then the PPK and the witness each: are typed in by the
attendant, consent by their own act (a tick in the pad's consent box or its button, or a
press on the dialog's consent button: never a key), and sign on the pad (its ink is routed
here while a closing is open) or, without a pad, on the screen. Only when the witness has
signed does anything reach the store: ``close_ceremony`` appends both records in one
transaction, after the PIN is checked again in the same job. ``cancel`` at any point drops
everything. After the commit the berita acara is written to the exports folder and queued
for printing. Views follow ``ClosingChanged`` on the bus.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.clock import utc_now_iso
from desktop_app.desk.flow import DeskState
from desktop_app.desk.operator import Guarded
from desktop_app.devices.pads.consent_box import ConsentGestures
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.serial_link import LinkStatus, StatusChange
from desktop_app.domain.closing import ClosingRole, ClosingSigner, ClosingStatement
from desktop_app.domain.consent import ConsentMethod
from desktop_app.domain.errors import PaktaError
from desktop_app.domain.signature import Signature
from desktop_app.domain.signature_quality import check_signature
from desktop_app.services.closing import (
    ClosedCeremony,
    ClosingRequest,
    ClosingSignature,
    close_ceremony,
    closing_statement,
)
from desktop_app.services.station_settings import check_operator_pin

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.desk.controller import DeskController


class ClosingStep(StrEnum):
    PPK = "ppk"  # the PPK is typed in, consents and signs
    WITNESS = "witness"
    COMMITTING = "committing"
    DONE = "done"


@dataclass(frozen=True)
class ClosingView:
    """What the closing dialog shows (published as ClosingChanged)."""

    step: ClosingStep
    statement: ClosingStatement
    consent_method: str = ""  # how the current signer consented ("" not yet)
    problem: str = ""  # why the last step was refused (a code the view translates) or ""
    detail: str = ""
    closed: ClosedCeremony | None = None
    document: str = ""  # the berita acara written (path), once done


@dataclass(frozen=True)
class ClosingChanged:
    view: ClosingView | None  # None: the closing was cancelled or ended


@dataclass
class _Capture:
    view: ClosingView
    pin: str
    shown_at: str
    consent_at: str = ""
    parts: list[ClosingSignature] = field(default_factory=list)


# problems a view translates
NEEDS_CONSENT = "needs_consent"
BAD_DETAILS = "bad_details"
BAD_SIGNATURE = "bad_signature"
SIGN_ON_PAD = "sign_on_pad"  # the pad works: the signer signs there
NOT_CLOSED = "not_closed"
_log = logging.getLogger(__name__)


class ClosingDesk:
    def __init__(self, desk: DeskController) -> None:
        self.desk = desk
        self.capture: _Capture | None = None
        self.gestures: ConsentGestures | None = None

    @property
    def active(self) -> bool:
        return self.capture is not None

    def begin(self, pin: str, then: Callable[[Guarded], None]) -> None:
        """Check the PIN and show the statement; refused unless the desk is idle."""
        desk = self.desk
        if self.capture is not None or desk.snapshot.state is not DeskState.READY:
            then(Guarded.FAILED)
            return

        def act() -> tuple[Guarded, ClosingStatement | None]:
            if not check_operator_pin(desk.store, pin):
                return Guarded.WRONG_PIN, None
            return Guarded.DONE, closing_statement(desk.store, desk.settings.active_ceremony)

        def done(result: tuple[Guarded, ClosingStatement | None]) -> None:
            outcome, statement = result
            if outcome is Guarded.DONE and statement is not None:
                if desk.snapshot.state is not DeskState.READY:  # a badge came meanwhile
                    then(Guarded.FAILED)
                    return
                view = ClosingView(ClosingStep.PPK, statement)
                self.capture = _Capture(view, pin, utc_now_iso())
                self._start_signer()
                self._publish()
            then(outcome)

        def failed(exc: BaseException) -> None:
            from desktop_app.desk.events import OperatorMessage

            desk.bus.publish(OperatorMessage("closing_failed", str(exc), error=True))
            then(Guarded.FAILED)

        desk.submit(act, done, failed)

    # -- the signer's acts -----------------------------------------------------------------
    def consent(self, method: ConsentMethod) -> None:
        """The current signer consented by their own act (the pad's box or button, or a press
        on the dialog's consent button)."""
        capture = self.capture
        if capture is None or capture.view.step not in (ClosingStep.PPK, ClosingStep.WITNESS):
            return
        if capture.view.consent_method:
            return
        capture.consent_at = utc_now_iso()
        capture.view = replace(capture.view, consent_method=str(method), problem="", detail="")
        self.gestures = None
        self.desk.ink.clear()
        self._publish()

    def submit(self, signer: ClosingSigner, screen: Signature | None = None) -> None:
        """The current signer's details and signature (the pad's ink when it has any, else
        ``screen``); refused with a problem code when incomplete."""
        capture = self.capture
        if capture is None or capture.view.step not in (ClosingStep.PPK, ClosingStep.WITNESS):
            return
        role = ClosingRole.PPK if capture.view.step is ClosingStep.PPK else ClosingRole.WITNESS
        problems = signer.problems(role)
        if problems:
            self._refuse(BAD_DETAILS, "; ".join(problems))
            return
        if not capture.view.consent_method:
            self._refuse(NEEDS_CONSENT)
            return
        pad = self.desk.ink.capture()
        if not pad.signature.sample_count and self.desk.snapshot.pad_ok:
            # A working pad takes the signer's hand, as it does an attendee's: the on-screen
            # pen on the attendant's own window is the fallback when no pad works.
            self._refuse(SIGN_ON_PAD)
            return
        signature = pad.signature if pad.signature.sample_count else (screen or Signature(()))
        issues = check_signature(signature).issues
        if pad.interrupted or issues:
            self._refuse(BAD_SIGNATURE, ",".join(str(i) for i in issues) or "interrupted")
            return
        capture.parts.append(
            ClosingSignature(
                signer, signature, b"", capture.consent_at, capture.view.consent_method
            )
        )
        self.desk.ink.clear()
        if role is ClosingRole.PPK:
            capture.view = replace(
                capture.view, step=ClosingStep.WITNESS, consent_method="", problem="", detail=""
            )
            self._start_signer()
            self._publish()
            return
        capture.view = replace(capture.view, step=ClosingStep.COMMITTING, problem="", detail="")
        self._publish()
        self._commit(capture)

    def cancel(self) -> None:
        """Drop the closing: nothing was written, nothing is kept."""
        if self.capture is None or self.capture.view.step is ClosingStep.COMMITTING:
            return
        self.capture = None
        self.gestures = None
        self.desk.ink.clear()
        self.desk.bus.publish(ClosingChanged(None))

    def finish(self) -> None:
        """The attendant closed the dialog after the closing was done."""
        if self.capture is not None and self.capture.view.step is ClosingStep.DONE:
            self.capture = None
            self.desk.bus.publish(ClosingChanged(None))

    # -- the pad ---------------------------------------------------------------------------
    def pad_updates(self, updates: list[object]) -> None:
        """Pen reports while a closing is open: a consent gesture, then the signer's ink."""
        from desktop_app.desk.events import InkChanged

        inked = False
        for update in updates:
            if isinstance(update, PenEvent) and self.capture is not None:
                if not self.capture.view.consent_method:
                    if self.gestures is not None and (method := self.gestures.feed(update)):
                        self.consent(method)
                else:
                    self.desk.ink.add(update)
                    inked = True
            elif isinstance(update, StatusChange) and self.gestures is not None:
                if update.status is LinkStatus.CONNECTED:
                    self._watch_box()  # this pad's ranges: the box is where its sticker is
                else:
                    self.gestures.reset()  # a half tick before a reconnect is no tick
        if inked:
            capture = self.desk.ink.capture()
            self.desk.bus.publish(InkChanged(capture.signature, self.desk.ink.pen_down))

    def clear_ink(self) -> None:
        from desktop_app.desk.events import InkCleared

        self.desk.ink.clear()
        self.desk.bus.publish(InkCleared())

    # -- inside ----------------------------------------------------------------------------
    def _start_signer(self) -> None:
        desk = self.desk
        desk.ink.clear()
        pad = desk.devices.pad
        if pad is not None:
            desk.ink.device = pad.device_info()
        self._watch_box()

    def _watch_box(self) -> None:
        desk = self.desk
        pad = desk.devices.pad
        caps = pad.capabilities if pad is not None else None
        device = desk.ink.device
        x_max, y_max = (caps.x_max, caps.y_max) if caps else (device.x_max, device.y_max)
        self.gestures = ConsentGestures(x_max, y_max)

    def _refuse(self, problem: str, detail: str = "") -> None:
        assert self.capture is not None
        self.capture.view = replace(self.capture.view, problem=problem, detail=detail)
        self._publish()

    def _publish(self) -> None:
        self.desk.bus.publish(ClosingChanged(self.capture.view if self.capture else None))

    def _commit(self, capture: _Capture) -> None:
        desk = self.desk
        operator = desk.settings.operator
        statement = capture.view.statement

        def act() -> tuple[Guarded, ClosedCeremony | None, str]:
            from desktop_app.domain.signature_render import render_png

            if not check_operator_pin(desk.store, capture.pin):
                return Guarded.WRONG_PIN, None, ""
            ppk, witness = (replace(p, image_png=render_png(p.signature)) for p in capture.parts)
            request = ClosingRequest(
                statement.ceremony_id,
                statement.sha256,
                capture.shown_at,
                ppk,
                witness,
                operator=operator,
            )
            closed = close_ceremony(desk.store, request)
            return Guarded.DONE, closed, _write_and_queue(desk, closed, operator)

        def done(result: tuple[Guarded, ClosedCeremony | None, str]) -> None:
            outcome, closed, path = result
            if outcome is not Guarded.DONE or closed is None:
                failed(PaktaError("the operator PIN changed; nothing was written"))
                return
            capture.view = replace(
                capture.view, step=ClosingStep.DONE, closed=closed, document=path
            )
            self._publish()
            desk.ops.after_commit()
            if desk.ops.print_worker is not None:
                desk.ops.print_worker.wake()
            desk.ops.refresh_print()

        def failed(exc: BaseException) -> None:
            # nothing was written (one transaction); the statement may have changed: the
            # attendant starts again from the PIN
            capture.parts.clear()
            capture.view = replace(
                capture.view, step=ClosingStep.DONE, problem=NOT_CLOSED, detail=str(exc)
            )
            self._publish()

        desk.submit(act, done, failed)


def _write_and_queue(desk: DeskController, closed: ClosedCeremony, operator: str) -> str:
    """On the database worker: write the berita acara to the exports folder and queue it for
    printing. The closing stands even when this fails (it can be exported again)."""
    from desktop_app.documents.closing_data import closing_pdf
    from desktop_app.printing.queue import enqueue_file

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    path = Path(desk.store.paths.exports) / f"berita-acara-penutupan-{stamp}.pdf"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        closing_pdf(desk.store, closed.ceremony_id, path)
        enqueue_file(desk.store, path, operator=operator)
    except Exception:  # any failure here, not only I/O: the closing is committed already,
        # and the attendant must not be told it was not (the PDF can be exported again)
        _log.exception("the closing stands, but its berita acara was not written")
        return ""
    return str(path)

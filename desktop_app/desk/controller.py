"""The desk controller: owns the DeskFlow, runs its commands on workers, publishes what changed.

Call every method on one thread (the owner; the GUI thread in the app). Store work goes to
the one database worker; results come back as flow events through ``call_soon``, which must
run the callable later on the owner thread (ui/relay.py does it with a queued Qt signal).
Pen reports and scans arrive the same way from the device reader threads.

The desk's pledge lives in the flow (``snapshot.loaded``): a reload (settings, another
ceremony, a sync pull) hands it to the flow, which applies it between attendees; lookups,
searches and walk-ins use that ceremony, and the commit uses the pledge shown to the attendee.
Consent comes only from the attendee's side: a tick in the pad's consent box or its button
(seen here in the pen reports while the pledge is shown) or a press on the attendee-side
consent button (ui/), each named by its consent.ConsentMethod.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.clock import utc_now_iso
from desktop_app.desk import flow as f
from desktop_app.desk.closing_desk import ClosingDesk
from desktop_app.desk.commit_job import commit_signing
from desktop_app.desk.db_worker import DbWorker, is_busy
from desktop_app.desk.devices import CallSoon, DeviceHub
from desktop_app.desk.events import (
    DeviceChanged,
    EventBus,
    FlowChanged,
    InkChanged,
    InkCleared,
    OperatorMessage,
    PadTestEvent,
    PledgeLoaded,
    SettingsLoaded,
)
from desktop_app.desk.operator import OperatorDesk, WorkerFactory
from desktop_app.desk.reads import DeskStart, load_desk, lookup_identifier
from desktop_app.desk.signature_image import SignatureImages
from desktop_app.devices.pads.consent_box import ConsentGestures
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.strokes import StrokeAssembler
from desktop_app.devices.scanners.lines import SerialScan
from desktop_app.devices.serial_link import LinkStatus, StatusChange
from desktop_app.domain.consent import ConsentMethod
from desktop_app.domain.errors import PaktaError
from desktop_app.domain.signature import Signature
from desktop_app.domain.signature_quality import check_signature
from desktop_app.services.attendees import register_walk_in
from desktop_app.services.lookup import LookupResult, LookupStatus, lookup_badge
from desktop_app.services.receipt_check import ReceiptCheck, ReceiptStatus, check_receipt
from desktop_app.services.roster_search import search_roster
from desktop_app.services.signing import choose_screen_signing
from desktop_app.services.station_settings import StationSettings
from desktop_app.storage.store import Store

if TYPE_CHECKING:
    from desktop_app.printing.worker import PrintWorker
    from desktop_app.sync.worker import SyncWorker

log = logging.getLogger(__name__)

SAME_SCAN_S = 1.5  # the same badge read twice within this is one scan (scanner double read)
INK_ACTIVITY_S = 1.0  # how often ink keeps the signing screen from timing out
ATTENDANT_ACTIVITY_S = 1.0  # how often the attendant's typing puts a timeout off
REFRESH_S = 15.0
INK_FRAME_S = 0.016  # progress and records also change by sync pulls and other desks

INTERRUPTED = "interrupted"  # quality problem: the pad was unplugged during the signature


class DeskController:
    def __init__(
        self,
        store: Store,
        *,
        call_soon: CallSoon,
        bus: EventBus | None = None,
        clock: Callable[[], float] = time.monotonic,
        print_worker: PrintWorker | None = None,
        sync_worker: SyncWorker | None = None,
        workers: WorkerFactory | None = None,
    ) -> None:
        self.store = store
        self.bus = bus or EventBus()
        self.call_soon = call_soon
        self.clock = clock
        self.db = DbWorker()
        self.flow = f.DeskFlow(now=clock())
        self.devices = DeviceHub(call_soon, on_pad=self._pad_updates, on_scanner=self._scans)
        self.ink = StrokeAssembler()
        self.consent_gestures: ConsentGestures | None = None  # the pad, while the pledge shows
        self.images = SignatureImages(lambda job: self.submit(job))
        self.settings = StationSettings()
        self.ops = OperatorDesk(self, print_worker, sync_worker, workers)
        self.closing = ClosingDesk(self)  # closing the ceremony: behind the PIN, two signers
        self.pad_test = False
        self.pad_status = "off"  # the last LinkStatus value of the pad (or "off")
        self.started = False
        self._last_scan: tuple[str, float] = ("", -1e9)
        self._last_ink_activity = -1e9
        self._last_attendant = -1e9
        self._last_ink_publish = -1e9
        self._last_refresh = clock()

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers and load settings, pledge and overview (all off this thread)."""
        if self.started:
            return
        self.started = True
        self.db.start()
        self.reload()
        self.ops.start()

    def stop(self) -> None:
        self.ops.stop()
        self.devices.stop()
        self.db.stop()
        self.started = False

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load settings and the active ceremony's pledge. Settings apply at once; the pledge
        goes to the flow, which takes it between attendees (never under one's eyes)."""

        def loaded(start: DeskStart) -> None:
            self.apply_settings(start.settings)
            self.send(f.PledgeLoaded(start.pledge))
            self.ops.refresh()
            if then is not None:
                then()

        self.submit(lambda: load_desk(self.store), loaded)

    def reload_pledge(self) -> None:
        """The active ceremony or its pledge may have changed (a sync pull): load it again."""
        self.submit(lambda: load_desk(self.store).pledge, lambda p: self.send(f.PledgeLoaded(p)))

    @property
    def pledge(self) -> f.Pledge | None:
        """The desk's pledge now (the attendee in progress may have been shown an older one)."""
        return self.flow.snapshot.loaded

    def _ceremony(self) -> str | None:
        """The ceremony this desk works for now: the loaded pledge's (None: the active one)."""
        loaded = self.flow.snapshot.loaded
        return loaded.ceremony_id if loaded is not None else None

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` on the database worker; the callbacks run later on the owner thread.

        The worker lets go of the callbacks before handing one over, so the last reference
        to them (often a dialog's method) is dropped on the owner thread: a Qt object freed
        from a worker thread crashes the GUI (shiboken deletes it later, already gone)."""
        callbacks: list[Callable[[Any], None] | None] = [on_done, on_error]

        def hand_over(index: int, value: Any) -> None:
            # The box is the only holder of the callback: the owner thread takes it out.
            box = [callbacks[index]]
            callbacks.clear()
            if box[0] is not None:
                self.call_soon(lambda: _call_boxed(box, value))

        def failed(exc: BaseException) -> None:
            log.warning("desk job failed: %s", exc, exc_info=not isinstance(exc, PaktaError))
            hand_over(1, exc)

        self.db.submit(fn, lambda value: hand_over(0, value), failed)

    def apply_settings(self, settings: StationSettings) -> None:
        """Use these (saved) settings now: devices reconfigured, views told."""
        self.settings = settings
        self.bus.publish(SettingsLoaded(settings))
        if self.devices.configure_pad(settings.pad_port, settings.pad_protocol):
            self.pad_status = "opening" if settings.pad_port else "off"
            self.bus.publish(DeviceChanged("pad", self.pad_status, settings.pad_port))
            self.send(f.PadChanged(False))
        if self.devices.configure_scanner(settings.scanner_mode, settings.scanner_port):
            mode = settings.scanner_mode
            if mode in ("serial", "ssi"):
                status = "opening" if settings.scanner_port else "not_found"
            else:
                status = mode  # keyboard | camera: nothing to watch here
            self.bus.publish(DeviceChanged("scanner", status, settings.scanner_port))
        if settings.scanner_mode != "camera":  # the camera itself is ui's (QtMultimedia)
            self.bus.publish(DeviceChanged("camera", "off", settings.camera))

    def test_pad(self, port: str, protocol: str) -> None:
        """Settings' live test: open this pad now and show its pen reports, not as ink."""
        self.pad_test = True
        if self.devices.configure_pad(port, protocol):
            self.pad_status = "opening" if port else "off"
            self.bus.publish(DeviceChanged("pad", self.pad_status, port))
            self.send(f.PadChanged(False))

    def end_pad_test(self) -> None:
        """Back to the saved pad settings."""
        self.pad_test = False
        self.apply_settings(self.settings)

    # -- the flow --------------------------------------------------------------------------
    @property
    def snapshot(self) -> f.DeskSnapshot:
        return self.flow.snapshot

    def send(self, event: f.Event) -> None:
        before = self.flow.snapshot
        self.flow.advance(self.clock())  # reading time and timeouts count from this moment
        commands = self.flow.handle(event)
        after = self.flow.snapshot
        if after.state is f.DeskState.SIGNING and before.state is not f.DeskState.SIGNING:
            self._start_ink()
        if after.state is f.DeskState.PLEDGE and before.state is not f.DeskState.PLEDGE:
            self._watch_consent_box()
        elif after.state is not f.DeskState.PLEDGE:
            self.consent_gestures = None
        for command in commands:
            self._run(command)
        if after.loaded is not before.loaded:
            self.bus.publish(PledgeLoaded(after.loaded))
        if self.flow.snapshot is not before:
            self.bus.publish(FlowChanged(self.flow.snapshot))

    def tick(self) -> None:
        now = self.clock()
        self.send(f.Tick(now))
        if self.snapshot.state is f.DeskState.SIGNING:
            self.images.idle(now, self.ink.pen_down, self._pad_signature)
        if now - self._last_refresh >= REFRESH_S:
            self._last_refresh = now
            self.ops.refresh()

    def _later(self, event: f.Event) -> None:
        self.call_soon(lambda: self.send(event))

    # -- attendant and attendee input ------------------------------------------------------
    def scanned(self, text: str) -> None:
        if _venue_qr(text, self.bus):
            return  # the host's join QR is for the join dialog, never a badge lookup
        now = self.clock()
        last_text, last_at = self._last_scan
        self._last_scan = (text, now)
        repeat = text == last_text and now - last_at < SAME_SCAN_S
        if self.closing.active:  # the ceremony is being closed: no attendee now
            self.bus.publish(OperatorMessage("closing_busy", error=True))
            return
        if repeat and self.snapshot.state in (f.DeskState.LOOKING_UP, f.DeskState.IDENTITY):
            return  # one badge read twice by the scanner: not a second attendee
        self.send(f.Scanned(text))

    def confirm_identity(self) -> None:
        self.send(f.IdentityConfirmed(utc_now_iso()))

    def give_consent(self, method: ConsentMethod) -> None:
        """The attendee consented, by ``method`` (the flow refuses anything else, and consent
        before the minimum reading time)."""
        self.send(f.ConsentGiven(utc_now_iso(), str(method)))

    def choose_screen_signing(self) -> None:
        """The attendant's choice: no pad works, so attendees sign on the screen (audited)."""
        before = self.snapshot.screen_signing
        self.send(f.ScreenSigningChosen())
        if self.snapshot.screen_signing and not before:
            operator, status = self.settings.operator, self.pad_status
            self.submit(
                lambda: choose_screen_signing(self.store, operator=operator, pad_status=status)
            )

    def screen_ink(self) -> None:
        """The on-screen canvas got ink: it counts as activity while signing."""
        self._ink_activity()

    def clear_ink(self) -> None:
        self.send(f.InkCleared())

    def submit_signature(self, screen: Signature | None = None) -> None:
        """Confirm: the pad's ink if it has any, else the on-screen one; checked, then sent."""
        capture = self.ink.capture()
        if capture.signature.sample_count:
            signature, problem = capture.signature, INTERRUPTED if capture.interrupted else ""
        else:
            signature, problem = screen or Signature(()), ""
        if not problem:
            problem = ",".join(check_signature(signature).issues)
        self.send(f.SignatureSubmitted(str(uuid.uuid4()), signature, problem, utc_now_iso()))

    def retry(self) -> None:
        self.send(f.Retry())

    def attendant_active(self) -> None:
        """A key or click of the attendant: puts off the timeout of what they are working on."""
        now = self.clock()
        if now - self._last_attendant >= ATTENDANT_ACTIVITY_S:
            self._last_attendant = now
            self.send(f.Tick(now))  # the flow's clock is the last tick's: bring it to now
            self.send(f.AttendantActive())

    def cancel(self) -> None:
        self.send(f.Cancel())

    def search(self, query: str) -> None:
        self.send(f.SearchRequested(query))

    def choose(self, identifier: str) -> None:
        self.send(f.EmployeeChosen(identifier))

    def start_walk_in(self) -> None:
        self.send(f.WalkInStarted())

    def submit_walk_in(self, details: dict[str, str]) -> None:
        self.send(f.WalkInSubmitted(details))

    def resign(self, reason: str) -> None:
        self.send(f.ResignRequested(reason, utc_now_iso()))

    # -- commands --------------------------------------------------------------------------
    def _run(self, command: f.Command) -> None:
        store = self.store
        ceremony = self._ceremony()
        match command:
            case f.Lookup(token=token, text=text):
                self.submit(
                    lambda: lookup_badge(store, text, ceremony),
                    lambda r: self.send(f.LookupDone(token, r.status.value, r)),
                    lambda exc: self.send(_lookup_failed(token, exc)),
                )
            case f.CheckReceipt(token=token, text=text):
                self.submit(
                    lambda: check_receipt(store, text),
                    lambda r: self.send(f.ReceiptChecked(token, r)),
                    lambda exc: self.send(_receipt_failed(token, exc)),
                )
            case f.ResolveIdentifier(token=token, identifier=identifier):
                self.submit(
                    lambda: lookup_identifier(store, identifier, ceremony),
                    lambda r: self.send(f.LookupDone(token, r.status.value, r)),
                    lambda exc: self.send(_lookup_failed(token, exc)),
                )
            case f.Search(token=token, query=query):
                self.submit(
                    lambda: tuple(search_roster(store, query, ceremony)),
                    lambda rows: self.send(f.SearchDone(token, rows)),
                    lambda exc: self.send(f.SearchDone(token, ())),
                )
            case f.RegisterWalkIn(token=token, details=details):
                self.submit(
                    lambda: self._walk_in(details, ceremony),
                    lambda ident: self.send(f.WalkInDone(token, identifier=ident)),
                    lambda exc: self.send(f.WalkInDone(token, error=str(exc))),
                )
            case f.Commit():
                self.submit(
                    lambda: self._commit(command),
                    self._committed,
                    lambda exc: self.send(f.CommitFailed(command.token, _reason(exc))),
                )
            case f.PrintReceipt(record_id=record_id):
                self.ops.print_receipt(record_id)
            case f.ClearInk():
                self.ink.clear()
                self.bus.publish(InkCleared())

    def _walk_in(self, details: dict[str, str], ceremony: str | None) -> str:
        view = register_walk_in(
            self.store,
            name=details.get("name", ""),
            identifier=details.get("identifier", ""),
            unit=details.get("unit", ""),
            position=details.get("position", ""),
            rank=details.get("rank", ""),
            instansi=details.get("instansi", ""),
            operator=self.settings.operator,
            ceremony_ref=ceremony,
        )
        return view.identifier

    def _commit(self, command: f.Commit) -> f.Event:
        image = self.images.png(command.signature)  # rendered during the pause
        return commit_signing(self.store, command, image, self.settings.operator)

    def _committed(self, event: f.Event) -> None:
        self.send(event)
        if isinstance(event, f.CommitDone):
            self.ops.after_commit()

    # -- devices ---------------------------------------------------------------------------
    def _start_ink(self) -> None:
        self.ink.clear()
        pad = self.devices.pad
        if pad is not None:
            self.ink.device = pad.device_info()

    def _ink_activity(self) -> None:
        now = self.clock()
        if now - self._last_ink_activity >= INK_ACTIVITY_S or not self.snapshot.has_ink:
            self._last_ink_activity = now
            self.send(f.InkStarted())

    def _watch_consent_box(self) -> None:
        pad = self.devices.pad
        caps = pad.capabilities if pad is not None else None
        if caps is None:
            caps_x, caps_y = self.ink.device.x_max, self.ink.device.y_max
        else:
            caps_x, caps_y = caps.x_max, caps.y_max
        self.consent_gestures = ConsentGestures(caps_x, caps_y)

    def _pad_updates(self, updates: list[object]) -> None:
        if self.closing.active and not self.pad_test:  # the PPK's or the witness's pen
            for update in updates:
                if isinstance(update, StatusChange):
                    self._pad_status(update)
            self.closing.pad_updates(updates)
            return
        signing = self.snapshot.state is f.DeskState.SIGNING
        inked = False
        for update in updates:
            if isinstance(update, PenEvent):
                if self.pad_test:
                    self._publish_test(update)
                elif signing:
                    self.ink.add(update)
                    inked = inked or update.tip
                elif self.consent_gestures is not None:
                    method = self.consent_gestures.feed(update)
                    if method is not None:
                        self.give_consent(method)
                        signing = self.snapshot.state is f.DeskState.SIGNING
            elif isinstance(update, StatusChange):
                self._pad_status(update)
        if inked:
            self._ink_activity()
            self.images.ink_changed(self.clock())
        if signing and (inked or self.ink.stroke_count):
            # At most ~60 ink updates a second (a pad reports 130+): a copy of the ink per
            # update is cheap, a copy per report is not; a lifted pen always shows at once.
            now = self.clock()
            if now - self._last_ink_publish >= INK_FRAME_S or not self.ink.pen_down:
                self._last_ink_publish = now
                capture = self.ink.capture()
                self.bus.publish(InkChanged(capture.signature, self.ink.pen_down))

    def _pad_signature(self) -> Signature | None:
        capture = self.ink.capture()
        return None if capture.interrupted else capture.signature

    def _publish_test(self, ev: PenEvent) -> None:
        caps = self.ink.device
        pad = self.devices.pad
        if pad is not None and pad.capabilities is not None:
            caps_x, caps_y = pad.capabilities.x_max, pad.capabilities.y_max
        else:
            caps_x, caps_y = caps.x_max, caps.y_max
        self.bus.publish(PadTestEvent(ev.x, ev.y, ev.tip, caps_x, caps_y))

    def _pad_status(self, change: StatusChange) -> None:
        self.pad_status = change.status.value
        self.bus.publish(DeviceChanged("pad", change.status.value, change.port, change.detail))
        pad = self.devices.pad
        if change.status is LinkStatus.CONNECTED and pad is not None and not self.ink.stroke_count:
            self.ink.device = pad.device_info()
        if change.status is LinkStatus.DISCONNECTED:
            self.ink.interrupt()
        if self.consent_gestures is not None:
            # A half tick before a reconnect is no tick; and a pad that connects while the
            # pledge is on screen (plugged in late, or another model) brings its own ranges:
            # the box is where that pad's sticker is, not where a default pad's would be.
            if change.status is LinkStatus.CONNECTED:
                self._watch_consent_box()
            else:
                self.consent_gestures.reset()
        self.send(f.PadChanged(change.status is LinkStatus.CONNECTED))

    def _scans(self, updates: list[object]) -> None:
        for update in updates:
            if isinstance(update, SerialScan):
                if update.garbled:
                    self.bus.publish(OperatorMessage("scan_garbled", error=True))
                else:
                    self.scanned(update.text)
            elif isinstance(update, StatusChange):
                status = update.status.value
                self.bus.publish(DeviceChanged("scanner", status, update.port, update.detail))


def _venue_qr(text: str, bus: EventBus) -> bool:
    from desktop_app.desk.events import OperatorMessage, VenueQrScanned
    from pakta_common.venue_wire import QR_PREFIX

    parts = text.split()
    if not parts or parts[0] != QR_PREFIX:
        return False
    if len(parts) == 3:
        bus.publish(VenueQrScanned(parts[1], parts[2]))
    else:
        bus.publish(OperatorMessage("venue_qr_damaged", error=True))
    return True


def _call_boxed(box: list[Callable[[Any], None] | None], value: Any) -> None:
    callback = box.pop()
    if callback is not None:
        callback(value)


def _reason(exc: BaseException) -> str:
    return "database_busy" if is_busy(exc) else f"{type(exc).__name__}: {exc}"


def _lookup_failed(token: int, exc: BaseException) -> f.LookupDone:
    result = LookupResult(LookupStatus.INVALID, reason=_reason(exc))
    return f.LookupDone(token, result.status.value, result)


def _receipt_failed(token: int, exc: BaseException) -> f.ReceiptChecked:
    """The store could not be read: the receipt is not shown as valid, and the page says why."""
    check = ReceiptCheck(ReceiptStatus.NOT_CHECKED, _reason(exc), "not_checked")
    return f.ReceiptChecked(token, check)

"""The operator's side of the desk: printing, sync, progress, records, void, reprint, settings.

It shares the controller's database worker and bus; the print and sync workers run on
their own threads and report here through ``call_soon``. Void and reprint check the operator
PIN in the same database job that acts, so no path reaches them without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.desk.db_worker import start_lowered
from desktop_app.desk.events import OperatorMessage, PrintChanged, SyncChanged
from desktop_app.desk.reads import read_overview
from desktop_app.domain.errors import InvalidInput
from desktop_app.services.signing import void_pledge
from desktop_app.services.station_settings import (
    StationSettings,
    check_operator_pin,
    load_settings,
    save_settings,
    set_operator_pin,
)

if TYPE_CHECKING:
    from desktop_app.desk.controller import DeskController
    from desktop_app.printing.queue import QueueSummary
    from desktop_app.printing.worker import PrintWorker
    from desktop_app.sync.worker import SyncStatus, SyncWorker
    from desktop_app.venue.worker import VenueWorker

# The print and sync workers, made on the database worker after the desk is up: their
# modules (ReportLab, fonts, ESC/POS capabilities, httpx) take most of a cold start to load.
BACKGROUND_NICE = 5  # printing and sync yield the CPU to the GUI and the database worker
Workers = tuple["PrintWorker | None", "SyncWorker | None"]
WorkerFactory = Callable[[], Workers]


class Guarded(StrEnum):
    """How an action behind the PIN ended (the dialog stays open unless it is DONE)."""

    DONE = "done"
    WRONG_PIN = "wrong_pin"
    FAILED = "failed"


Then = Callable[[Guarded], None]


class OperatorDesk:
    def __init__(
        self,
        desk: DeskController,
        print_worker: PrintWorker | None,
        sync_worker: SyncWorker | None,
        workers: WorkerFactory | None = None,
    ) -> None:
        self.desk = desk
        self.print_worker = print_worker
        self.sync_worker = sync_worker
        self._factory = workers
        self.workers_started = False
        self._last_report: object = None
        self.venue: VenueWorker | None = None
        from desktop_app.desk.venue_ops import VenueOps

        self.venue_ops = VenueOps(desk)  # join, host, new code: the settings and join dialog

    def start(self) -> None:
        if self._factory is not None:
            self.desk.submit(self._factory, self._attach)
        else:
            self._attach((self.print_worker, self.sync_worker))

    def _attach(self, workers: Workers) -> None:
        desk = self.desk
        self.print_worker, self.sync_worker = workers
        starting: list[threading.Thread] = []
        if self.print_worker is not None:
            worker = self.print_worker
            worker.on_change = lambda job: desk.call_soon(self.refresh_print)
            # start() also recovers interrupted jobs from the store: not on the owner thread.
            starting.append(start_lowered(worker.start, BACKGROUND_NICE, "printing"))
        if self.sync_worker is not None:
            sync = self.sync_worker
            sync.subscribe(lambda status: desk.call_soon(lambda: self._sync(status)))
            starting.append(start_lowered(sync.start, BACKGROUND_NICE, "sync"))
            self.venue = _venue_worker(desk)

        def started() -> None:
            for thread in starting:
                thread.join()

        desk.submit(started, lambda _: setattr(self, "workers_started", True))
        self.refresh_print()

    def stop(self) -> None:
        self.venue_ops.stop()  # a hub this desk started goes with it
        if self.venue is not None:
            self.venue.stop()
        if self.sync_worker is not None:
            self.sync_worker.stop(timeout=5.0)
        if self.print_worker is not None:
            self.print_worker.stop(timeout=5.0)

    # -- status ----------------------------------------------------------------------------
    def refresh(self) -> None:
        desk = self.desk

        def show(overview: object) -> None:
            if isinstance(overview, tuple):
                for event in overview:
                    desk.bus.publish(event)

        desk.submit(lambda: read_overview(desk.store), show)
        self.refresh_print()

    def refresh_print(self) -> None:
        desk = self.desk

        def summary() -> QueueSummary:
            from desktop_app.printing.queue import queue_summary

            return queue_summary(desk.store)

        def show(summary: QueueSummary) -> None:
            desk.bus.publish(
                PrintChanged(
                    desk.settings.printer, summary.waiting, summary.failed, summary.last_error
                )
            )

        desk.submit(summary, show)

    def _sync(self, status: SyncStatus) -> None:
        report = status.last_report
        if report is not None and report is not self._last_report:
            self._last_report = report
            if report.pulled:  # the pledge may have changed (the flow takes it later), and
                self.desk.reload_pledge()  # other desks' signings came in: the counter changed
                self.refresh()
        self.desk.bus.publish(
            SyncChanged(
                status.state,
                status.pending,
                status.server_url,
                status.last_error,
                status.last_success_at,
            )
        )

    def after_commit(self) -> None:
        if self.venue is not None:
            self.venue.nudge()  # first: the other desks of the venue learn of it in a moment
        if self.sync_worker is not None:
            self.sync_worker.nudge()
        self.refresh()

    # -- actions ---------------------------------------------------------------------------
    def print_receipt(self, record_id: str) -> None:
        desk = self.desk
        operator = desk.settings.operator

        def queue() -> object:
            from desktop_app.printing.queue import receipt_signed

            return receipt_signed(desk.store, record_id, operator=operator)

        def queued(_job: object) -> None:
            if self.print_worker is not None:
                self.print_worker.wake()
            self.refresh_print()

        def failed(exc: BaseException) -> None:
            desk.bus.publish(OperatorMessage("print_queue_failed", str(exc), error=True))

        desk.submit(queue, queued, failed)

    def reprint(self, record_id: str, reason: str, pin: str, then: Then | None = None) -> None:
        """A copy of a record's receipt: needs the operator PIN and a reason (both audited);
        the receipt is marked as a copy by the print path (``reprint=True``)."""
        desk = self.desk
        operator = desk.settings.operator

        def queue() -> Guarded:
            from desktop_app.printing.queue import enqueue_receipt

            if not check_operator_pin(desk.store, pin):
                return Guarded.WRONG_PIN
            if not reason.strip():
                raise InvalidInput("a reprint needs a reason")
            enqueue_receipt(
                desk.store, record_id, operator=operator, reprint=True, reason=reason.strip()
            )
            return Guarded.DONE

        def queued(outcome: Guarded) -> None:
            if outcome is Guarded.DONE:
                if self.print_worker is not None:
                    self.print_worker.wake()
                desk.bus.publish(OperatorMessage("reprint_queued"))
                self.refresh_print()
            if then is not None:
                then(outcome)

        def failed(exc: BaseException) -> None:
            desk.bus.publish(OperatorMessage("print_queue_failed", str(exc), error=True))
            if then is not None:
                then(Guarded.FAILED)

        desk.submit(queue, queued, failed)

    def void(self, record_id: str, reason: str, pin: str, then: Then | None = None) -> None:
        """Cancel a record by a void record: needs the operator PIN and a reason."""
        desk = self.desk
        operator = desk.settings.operator

        def act() -> Guarded:
            if not check_operator_pin(desk.store, pin):
                return Guarded.WRONG_PIN
            void_pledge(desk.store, record_id, reason, operator=operator)
            return Guarded.DONE

        def done(outcome: Guarded) -> None:
            if outcome is Guarded.DONE:
                desk.bus.publish(OperatorMessage("voided"))
                self.after_commit()
            if then is not None:
                then(outcome)

        def failed(exc: BaseException) -> None:
            desk.bus.publish(OperatorMessage("void_failed", str(exc), error=True))
            if then is not None:
                then(Guarded.FAILED)

        desk.submit(act, done, failed)

    def save_settings(self, settings: StationSettings) -> None:
        desk = self.desk
        ceremony_before = desk.settings.active_ceremony

        def saved(stored: StationSettings) -> None:
            desk.bus.publish(OperatorMessage("settings_saved"))
            if stored.active_ceremony != ceremony_before:
                desk.reload()
            else:
                desk.apply_settings(stored)
                self.refresh_print()

        def failed(exc: BaseException) -> None:
            desk.bus.publish(OperatorMessage("settings_failed", str(exc), error=True))

        server_before = desk.settings.server_url

        def save() -> StationSettings:
            stored = save_settings(desk.store, settings)
            if stored.server_url and stored.server_url != server_before:
                from desktop_app.sync.enrolment import move_server

                move_server(desk.store, stored.server_url)  # an enrolled station follows it
                if self.sync_worker is not None:
                    self.sync_worker.nudge()
            return stored

        desk.submit(save, saved, failed)

    def set_sound_muted(self, muted: bool) -> None:
        """The attendant's quick mute of the result sounds (no PIN: it changes no record)."""
        self.save_settings(replace(self.desk.settings, sound_muted=muted))

    def check_pin(self, pin: str, then: Callable[[bool], None]) -> None:
        """scrypt is slow on purpose, so the check runs on the worker."""
        desk = self.desk
        desk.submit(lambda: check_operator_pin(desk.store, pin), then, lambda exc: then(False))

    def set_pin(self, pin: str, then: Callable[[bool], None] | None = None) -> None:
        """Store a new operator PIN; the desk's settings then say a PIN is set."""
        desk = self.desk

        def store_pin() -> StationSettings:
            set_operator_pin(desk.store, pin)
            return load_settings(desk.store)

        def saved(settings: StationSettings) -> None:
            desk.settings = settings
            desk.bus.publish(OperatorMessage("pin_saved"))
            if then is not None:
                then(True)

        def failed(exc: BaseException) -> None:
            desk.bus.publish(OperatorMessage("pin_failed", str(exc), error=True))
            if then is not None:
                then(False)

        desk.submit(store_pin, saved, failed)


def _venue_worker(desk: DeskController) -> VenueWorker:
    """The venue worker goes with the sync worker: idle until the desk joins a hub; its status
    (hub reachable, the venue's totals) is re-published on the bus as VenueChanged."""
    from desktop_app.desk.events import VenueChanged
    from desktop_app.venue.worker import VenueWorker

    def arrived(_ids: list[str], _at: float) -> None:
        desk.call_soon(desk.ops.refresh)  # other desks' signings: this desk's counter moved

    worker = VenueWorker(desk.store, on_arrived=arrived)
    worker.subscribe(lambda status: desk.call_soon(lambda: desk.bus.publish(VenueChanged(status))))
    worker.start()
    return worker

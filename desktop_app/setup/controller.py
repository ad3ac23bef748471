"""The first-run setup controller: the wizard's answers, its steps, and every job it needs.

Like the desk's controller (desktop_app.desk.controller): the store, device and server work of
the setup runs on one worker thread (a DbWorker), one job at a time, in order; each result comes
back as an event (desktop_app.setup.events) published on the owner thread through
``call_soon``. The wizard's pages (ui/wizard) only render answers and events and forward what
the attendant typed or clicked; they hold no store. The decisions are the Qt-free steps of
desktop_app.services.first_run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.desk.db_worker import DbWorker
from desktop_app.desk.devices import CallSoon
from desktop_app.desk.events import EventBus
from desktop_app.services import first_run
from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.first_run import (
    DeviceChoices,
    Outcome,
    SetupAnswers,
    Step,
)
from desktop_app.services.roster_import import ImportResult, use_duplicate_rows
from desktop_app.setup import events as ev
from desktop_app.storage.store import Store
from pakta_common.roster_file import RosterUnreadable

log = logging.getLogger(__name__)


class SetupController:
    """Owns the setup's answers and its one worker; ``busy`` while a job runs (a second job
    asked for meanwhile is refused: its method returns False and nothing is queued)."""

    def __init__(self, store: Store, *, call_soon: CallSoon, bus: EventBus | None = None) -> None:
        self.store = store
        self.call_soon = call_soon
        self.bus = bus or EventBus()
        self.answers = SetupAnswers()
        self.needed: bool | None = None  # known once loaded
        self.busy = False
        self._worker = DbWorker()
        self._started = False

    @property
    def data_dir(self) -> Path:
        return self.store.paths.root

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> bool:
        """Start the worker and load what the station has (SetupLoaded)."""
        if not self._started:
            self._worker.start()
            self._started = True
        return self._job("load", self._load, self._loaded)

    def stop(self) -> None:
        self._worker.stop()
        self._started = False

    def _load(self) -> tuple[bool, SetupAnswers]:
        return first_run.needs_setup(self.store), first_run.start_answers(self.store)

    def _loaded(self, loaded: tuple[bool, SetupAnswers]) -> ev.SetupLoaded:
        self.needed, self.answers = loaded
        return ev.SetupLoaded(*loaded)

    # -- answers and steps (pure: on the owner thread) ---------------------------------------
    def update(self, **changes: Any) -> None:
        self.answers = replace(self.answers, **changes)

    def next_step(self, step: Step) -> Step | None:
        return first_run.next_step(step, self.answers)

    # -- jobs ------------------------------------------------------------------------------
    def import_roster(
        self, *, title: str, date: str, venue: str, organizer: str, roster: Path
    ) -> bool:
        """A new ceremony with this roster file (a bad file changes nothing)."""

        def run() -> tuple[CeremonyInfo, ImportResult]:
            return first_run.ceremony_from_file(
                self.store, title=title, date=date, venue=venue, organizer=organizer, roster=roster
            )

        return self._job("import_roster", run, self._imported, self._import_failed)

    def _imported(self, done: tuple[CeremonyInfo, ImportResult]) -> ev.RosterImported:
        info, result = done
        self.update(ceremony_id=info.id)
        return ev.RosterImported(info, result)

    def _import_failed(self, exc: BaseException) -> ev.RosterRefused:
        if isinstance(exc, RosterUnreadable):
            return ev.RosterRefused(exc.code, exc.row, str(exc))
        return ev.RosterRefused("failed", 0, f"{type(exc).__name__}: {exc}")

    def use_rows(self, imported: ImportResult, rows: list[int]) -> bool:
        """Add the duplicate rows the attendant chose (one per NIP) to the import."""
        return self._job(
            "use_rows",
            lambda: use_duplicate_rows(self.store, imported, rows),
            ev.RowsUsed,
        )

    def enrol_and_pull(self, url: str, code: str) -> bool:
        """Join the server with the organiser's code and take its ceremonies and rosters."""
        return self._job(
            "enrol_and_pull",
            lambda: first_run.enrol_and_pull(self.store, url, code),
            lambda done: self._pulled(url, *done),
        )

    def _pulled(
        self, url: str, outcome: Outcome, ceremonies: list[CeremonyInfo]
    ) -> ev.CeremoniesPulled:
        if outcome.ok:
            self.update(enrolled_url=url.strip())
        return ev.CeremoniesPulled(outcome, tuple(ceremonies))

    def choose_ceremony(self, ceremony_id: str) -> bool:
        return self._job(
            "choose_ceremony",
            lambda: first_run.choose_ceremony(self.store, ceremony_id),
            self._chosen,
        )

    def _chosen(self, info: CeremonyInfo) -> ev.CeremonyChosen:
        self.update(ceremony_id=info.id)
        return ev.CeremonyChosen(info)

    def list_devices(self) -> bool:
        """Ports and printers to offer (listing only)."""
        return self._job("list_devices", first_run.device_choices, self._found)

    @staticmethod
    def _found(choices: DeviceChoices) -> ev.DevicesFound:
        return ev.DevicesFound(choices)

    def test_pad(self, port: str) -> bool:
        return self._job(
            "test_pad", lambda: first_run.try_pad(port), lambda o: ev.DeviceTested("pad", o)
        )

    def test_scan(self, text: str) -> bool:
        return self._job(
            "test_scan",
            lambda: first_run.try_scan(self.store, text),
            lambda o: ev.DeviceTested("scanner", o),
        )

    def test_printer(self, spec: str) -> bool:
        return self._job(
            "test_printer",
            lambda: first_run.try_printer(spec),
            lambda o: ev.DeviceTested("printer", o),
        )

    def enrol(self, url: str, code: str) -> bool:
        """Enrol with the central server only (the ceremony came from a file)."""
        return self._job(
            "enrol",
            lambda: first_run.enrol_only(self.store, url, code),
            lambda o: self._enrolled(url, o),
        )

    def _enrolled(self, url: str, outcome: Outcome) -> ev.Enrolled:
        if outcome.ok:
            self.update(enrolled_url=url.strip())
        return ev.Enrolled(outcome)

    def finish(self) -> bool:
        """Save the answers and the PIN; the station counts as set up (SetupSaved)."""
        answers = self.answers
        return self._job(
            "finish",
            lambda: first_run.finish_setup(self.store, answers),
            lambda _none: self._saved(),
        )

    def _saved(self) -> ev.SetupSaved:
        self.needed = False
        return ev.SetupSaved()

    # -- the one worker ----------------------------------------------------------------------
    def _job(
        self,
        action: str,
        work: Callable[[], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object] | None = None,
    ) -> bool:
        """Run ``work`` on the worker; ``done(result)`` (or ``failed(exc)``) makes the event,
        on the owner thread, where it is published after ``busy`` clears."""
        if self.busy:
            return False
        if not self._started:
            raise RuntimeError("start the setup controller first")
        self._set_busy(True)

        def finished(make: Callable[[], object]) -> None:
            self._set_busy(False)
            self.bus.publish(make())

        def on_done(result: Any) -> None:
            self.call_soon(lambda: finished(lambda: done(result)))

        def on_error(exc: BaseException) -> None:
            log.warning("setup step %s failed: %s: %s", action, type(exc).__name__, exc)
            if failed is not None:
                self.call_soon(lambda: finished(lambda: failed(exc)))
            else:
                error = f"{type(exc).__name__}: {exc}"
                self.call_soon(lambda: finished(lambda: ev.SetupFailed(action, error)))

        self._worker.submit(work, on_done, on_error)
        return True

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.bus.publish(ev.BusyChanged(busy))

    def wait_idle(self, timeout: float) -> bool:
        """Block until the worker has finished every job (tests, shutdown)."""
        return self._worker.wait_idle(timeout)

"""Opening a desk station: the store (a demo one with simulators, or the real one) and the
controller with its print and sync workers. ui/ receives these parts and never the storage."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.desk.controller import DeskController
from desktop_app.desk.devices import CallSoon
from desktop_app.desk.events import EventBus
from desktop_app.desk.operator import WorkerFactory, Workers
from desktop_app.settings import LANGUAGE, get_setting
from desktop_app.storage.store import Store

if TYPE_CHECKING:
    from desktop_app.desk.demo import DemoRig


@dataclass
class DeskStation:
    store: Store
    language: str
    rig: DemoRig | None = None

    @property
    def data_dir(self) -> Path:
        return self.store.paths.root

    @property
    def log_dir(self) -> Path:
        return self.store.paths.logs

    def controller(
        self,
        call_soon: CallSoon,
        bus: EventBus,
        *,
        print_poll_s: float = 2.0,
        sync: bool = True,
        clock: Callable[[], float] | None = None,
    ) -> DeskController:
        return DeskController(
            self.store,
            call_soon=call_soon,
            bus=bus,
            clock=clock or time.monotonic,
            workers=background_workers(self.store, print_poll_s, sync),
        )

    def __enter__(self) -> DeskStation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.rig is not None:
            self.rig.stop()
        self.store.close()


def background_workers(store: Store, print_poll_s: float, sync: bool) -> WorkerFactory:
    """Made on the database worker once the desk shows, so they do not slow its start."""

    def make() -> Workers:
        from desktop_app.documents.fonts import register_fonts
        from desktop_app.printing.worker import PrintWorker

        # Parsing the receipt fonts holds the interpreter lock for ~0.2 s: do it now, while
        # nobody is signing, not on the print thread in the middle of someone's signature.
        register_fonts()
        sync_worker = None
        if sync:
            from desktop_app.sync.worker import SyncWorker

            sync_worker = SyncWorker(store)
        return PrintWorker(store, poll_s=print_poll_s), sync_worker

    return make


def _language(store: Store) -> str:
    with store.read() as session:
        return get_setting(session, LANGUAGE)


def open_station(
    data_dir: Path | None,
    *,
    demo: bool = False,
    seed: int | None = None,
    pad_rate_hz: float | None = None,
) -> DeskStation:
    """The real station in ``data_dir``, or a demo one (a fresh folder unless one is given)."""
    if not demo:
        store = Store.open(data_dir)
        return DeskStation(store, _language(store))
    from desktop_app.desk.demo import DemoRig, new_demo_dir, prepare_demo_store

    rig = DemoRig(seed, pad_rate_hz=pad_rate_hz).start()
    try:
        store = prepare_demo_store(data_dir or new_demo_dir(), rig.pad.port, rig.scanner.port)
    except BaseException:
        rig.stop()
        raise
    return DeskStation(store, _language(store), rig)

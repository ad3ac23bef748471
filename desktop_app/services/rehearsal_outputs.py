"""What a rehearsal does after each signing: queue the receipt, and sync to the server."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from desktop_app.printing.queue import enqueue_receipt, list_jobs
from desktop_app.printing.worker import PrintWorker
from desktop_app.services.signing import RegisteredPledge
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import SyncReport, sync_once
from desktop_app.sync.enrolment import move_server, server_link

PRINT_DRAIN_TIMEOUT_S = 120.0


@dataclass
class ReceiptPrinting:
    """Queues each receipt on ``printer`` (a printer spec) and prints them on a real worker."""

    store: Store
    printer: str
    record_ids: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.worker = PrintWorker(self.store, poll_s=0.2)
        self.worker.start()

    def on_signed(self, done: RegisteredPledge) -> None:
        enqueue_receipt(self.store, done.record_id, printer=self.printer, operator="gladi")
        self.record_ids.append(done.record_id)
        self.worker.wake()

    def finish(self) -> tuple[int, list[str]]:
        """Wait for this rehearsal's receipts; returns (printed, problems)."""
        wanted = set(self.record_ids)
        deadline = time.monotonic() + PRINT_DRAIN_TIMEOUT_S
        while True:
            jobs = [j for j in list_jobs(self.store, limit=100_000) if j.record_id in wanted]
            done = sum(1 for j in jobs if j.status == "done")
            open_jobs = [j for j in jobs if j.status in ("pending", "sending", "sent")]
            if not open_jobs or time.monotonic() > deadline:
                break
            self.worker.wake()
            time.sleep(0.2)
        self.worker.stop()
        problems = sorted({j.last_error for j in jobs if j.status != "done" and j.last_error})
        return done, [f"receipt not printed: {p}" for p in problems]


def sync_rehearsal(store: Store, url: str) -> SyncReport:
    """One push-then-pull with the server this station is enrolled with (moved to ``url``)."""
    link = server_link(store)
    if link is None:
        raise LookupError("this station is not enrolled: run `pakta station enroll URL CODE`")
    if link.url.rstrip("/") != url.rstrip("/"):
        move_server(store, url)
        link = server_link(store)
        assert link is not None
    client = SyncClient.connect(link.url, link.token)
    try:
        return sync_once(store, client)
    finally:
        client.close()

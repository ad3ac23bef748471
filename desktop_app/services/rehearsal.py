"""The dress rehearsal (gladi): simulated attendees through the whole desk flow, headless."""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.devices.pads.events import PadCapabilities
from desktop_app.devices.pads.strokes import assemble
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.domain.consent import ConsentMethod
from desktop_app.domain.errors import AlreadySigned
from desktop_app.domain.signature import DeviceInfo
from desktop_app.domain.signature_render import render_png
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.ceremonies import ceremony_template
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.signing import PledgeRequest, RegisteredPledge, register_pledge
from desktop_app.services.verification import verify_store
from desktop_app.storage.models import Employee, SignedPledge
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store

SIM_PAD = PadCapabilities(x_max=26_000, y_max=16_000, p_max=1023)  # a 260x160 mm pad
SIM_DEVICE = DeviceInfo(
    source="simulator", model="rehearsal pen", protocol="isdv4", x_max=26_000, y_max=16_000
)

OnSigned = Callable[[RegisteredPledge], None]


def simulated_reading(min_read_s: int) -> tuple[str, str]:
    """(pledge shown at, consent at) of a simulated attendee who read for ``min_read_s`` and
    then ticked the pad's consent box: the rehearsal does not wait, its timeline says so."""
    now = dt.datetime.now(dt.UTC)
    shown = now - dt.timedelta(seconds=min_read_s)
    return _iso(shown), _iso(now)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class RehearsalResult:
    attendees: int = 0
    signed: int = 0
    already_signed: int = 0
    not_found: int = 0
    receipts: int = 0
    synced: int = 0
    lost: int = 0
    chain_ok: bool = True
    problems: list[str] = field(default_factory=list)
    lookup_ms: list[float] = field(default_factory=list)
    commit_ms: list[float] = field(default_factory=list)
    wall_s: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "attendees": self.attendees,
            "signed": self.signed,
            "already_signed": self.already_signed,
            "not_found": self.not_found,
            "receipts": self.receipts,
            "synced": self.synced,
            "lost": self.lost,
            "chain_ok": self.chain_ok,
            "problems": self.problems[:20],
            "timings_ms": {
                "lookup_p50": _pct(self.lookup_ms, 0.5),
                "lookup_p99": _pct(self.lookup_ms, 0.99),
                "commit_p50": _pct(self.commit_ms, 0.5),
                "commit_p99": _pct(self.commit_ms, 0.99),
                "wall": round(self.wall_s * 1000, 1),
            },
        }


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 3)


def badge_text_for(store: Store, identifier: str, rng: random.Random) -> str:
    """What an attendee's badge might say: mostly our signed badge, some bare NIPs and URLs."""
    roll = rng.random()
    if roll < 0.7 or not identifier.isdigit():
        return issue_badge_payload(store, identifier)
    if roll < 0.95:
        return f"{identifier}\r\n"
    return f"https://simpeg.example.go.id/pegawai?nip={identifier}"


def unsigned_attendees(store: Store, ceremony_ref: str | None, limit: int) -> list[str]:
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        live = live_pledges(ceremony.id)
        rows = session.scalars(
            select(Employee.identifier)
            .where(
                Employee.ceremony_id == ceremony.id,
                Employee.identifier.not_in(select(live.c.identifier)),
            )
            .order_by(Employee.id)
            .limit(limit)
        ).all()
        return list(rows)


def rehearse(
    store: Store,
    attendees: int,
    *,
    desks: int = 1,
    ceremony_ref: str | None = None,
    seed: int | None = None,
    on_signed: OnSigned | None = None,
    trace: Path | None = None,
) -> RehearsalResult:
    """Walk ``attendees`` unsigned roster members through scan → consent → sign → commit.

    ``desks`` simulated desks work in parallel on this station. ``on_signed`` runs after each
    commit (receipts, sync). ``trace`` gets each committed record id, one per line, after its
    commit returns (used by the crash test).
    """
    result = RehearsalResult()
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        template = ceremony_template(session, ceremony)
        text_sha, template_id = template.sha256, template.id
        ceremony_id, min_read_s = ceremony.id, ceremony.min_read_s
    queue = unsigned_attendees(store, ceremony_id, attendees)
    result.attendees = len(queue)
    committed: list[str] = []
    lock = threading.Lock()
    trace_fh = open(trace, "a", buffering=1, encoding="ascii") if trace else None  # noqa: SIM115
    base_seed = seed if seed is not None else int.from_bytes(os.urandom(4), "big")

    def desk(worker: int) -> None:
        rng = random.Random(base_seed + worker)
        while True:
            with lock:
                if not queue:
                    return
                identifier = queue.pop(0)
            badge = badge_text_for(store, identifier, rng)
            t0 = time.perf_counter()
            found = lookup_badge(store, badge, ceremony_id)
            t1 = time.perf_counter()
            if found.status is not LookupStatus.FOUND:
                with lock:
                    if found.status is LookupStatus.ALREADY_SIGNED:
                        result.already_signed += 1
                    else:
                        result.not_found += 1
                continue
            signature = assemble(
                handwriting_events(SIM_PAD, 133.0, seed=rng.randrange(1 << 30)), SIM_DEVICE
            )
            shown_at, consent_at = simulated_reading(min_read_s)
            request = PledgeRequest(
                identifier=identifier,
                shown_text_sha256=text_sha,
                consent_at=consent_at,
                signature=signature,
                image_png=render_png(signature),
                operator=f"gladi-{worker + 1}",
                ceremony_id=ceremony_id,
                consent_method=ConsentMethod.PAD_BOX,
                pledge_shown_at=shown_at,
                template_id=template_id,
            )
            t2 = time.perf_counter()
            try:
                done = register_pledge(store, request)
            except AlreadySigned:
                with lock:
                    result.already_signed += 1
                continue
            t3 = time.perf_counter()
            with lock:
                result.signed += 1
                result.lookup_ms.append((t1 - t0) * 1000)
                result.commit_ms.append((t3 - t2) * 1000)
                committed.append(done.record_id)
                if trace_fh:
                    trace_fh.write(done.record_id + "\n")
            if on_signed:
                on_signed(done)

    start = time.perf_counter()
    try:
        threads = [threading.Thread(target=desk, args=(i,), daemon=True) for i in range(desks)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        if trace_fh:
            trace_fh.close()
    result.wall_s = time.perf_counter() - start
    with store.read() as session:
        present = set(
            session.scalars(select(SignedPledge.id).where(SignedPledge.id.in_(committed)))
        )
    result.lost = len(set(committed) - present)
    report = verify_store(store)
    result.chain_ok = report.ok
    result.problems = report.problems
    return result

"""The hub's relay to the central server: every desk's records, as signed, in commit order."""

from __future__ import annotations

import base64
import logging
import threading
from dataclasses import dataclass

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pakta_common.venue_wire import HUB_NOT_TRUSTED_YET, DeskIntroduction, RelayRequest
from pakta_common.wire import API_PREFIX, PushResponse, WireRecord
from server import clock
from server.blobcrypt import BlobCipher
from server.db import Database
from server.models import Blob, Counter, Record
from server.venue.hub import RELAY_FILE, HubFolder, write_json
from server.venue.join import join_statements

log = logging.getLogger(__name__)

RELAYED = "venue_relay"  # Counter row: the hub's change number relayed up to
BATCH = 200
NOT_YET = "not received yet"  # central's answer when an earlier record must come first


@dataclass
class RelayStats:
    cycles: int = 0
    relayed: int = 0  # accepted or already stored at central
    refused: int = 0
    last_error: str = ""


def waiting(db: Database) -> int:
    """Records at the hub not yet settled by central (after the relay position)."""
    with db.transaction() as session:
        after = _position(session)
        return int(session.scalar(select(func.count()).where(Record.change_seq > after)) or 0)


def _position(session: Session) -> int:
    row = session.get(Counter, RELAYED)
    if row is None:
        session.add(Counter(name=RELAYED, value=0))
        session.flush()
        return 0
    return int(row.value)


def _wire(row: Record, blobs: dict[str, bytes], cipher: BlobCipher) -> WireRecord | None:
    sig, img = blobs.get(row.signature_sha256), blobs.get(row.image_sha256)
    if sig is None or img is None:
        return None  # a purged ceremony: nothing left to relay
    fields = {
        name: getattr(row, name)
        for name in WireRecord.model_fields
        if name not in ("signature_b64", "image_b64")
    }
    return WireRecord(
        signature_b64=base64.b64encode(cipher.open(row.signature_sha256, sig)).decode("ascii"),
        image_b64=base64.b64encode(cipher.open(row.image_sha256, img)).decode("ascii"),
        **fields,
    )


def next_batch(
    db: Database, cipher: BlobCipher, limit: int = BATCH
) -> tuple[RelayRequest, list[int]]:
    """The next records to relay (and their change numbers), with their desks' introductions."""
    with db.transaction() as session:
        after = _position(session)
        rows = session.scalars(
            select(Record).where(Record.change_seq > after).order_by(Record.change_seq).limit(limit)
        ).all()
        hashes = {h for r in rows for h in (r.signature_sha256, r.image_sha256)}
        blobs = dict(
            session.execute(select(Blob.sha256, Blob.data).where(Blob.sha256.in_(hashes))).all()
        )
        records: list[WireRecord] = []
        seqs: list[int] = []
        for row in rows:
            wire = _wire(row, blobs, cipher)
            if wire is not None:
                records.append(wire)
                seqs.append(row.change_seq)
        statements = join_statements(session, {r.station_id for r in records})
    intros = [
        DeskIntroduction(
            station_id=s["station_id"],
            name=s["name"],
            public_key=s["public_key"],
            hub_id=s["hub_id"],
            joined_at=s["joined_at"],
            challenge=s["challenge"],
            proof=s["proof"],
        )
        for s in statements.values()
        if "challenge" in s  # a join made before key proofs: central will not take it
    ]
    last = rows[-1].change_seq if rows else 0
    if rows and not records:
        seqs = [last]  # only purged records: step over them
    return RelayRequest(introductions=intros, records=records), seqs


def advance(
    db: Database, request: RelayRequest, seqs: list[int], answer: PushResponse
) -> tuple[int, int]:
    """Move the relay position past every record central settled; stop before the first one
    it wants later (an earlier record of that desk has not reached it yet, or the hub is not
    trusted for its ceremony yet: the organiser may still publish it or approve the hub)."""
    status = {r.id: r for r in answer.results}
    done = refused = 0
    upto = None
    for rec, seq in zip(request.records, seqs, strict=False):
        result = status.get(rec.id)
        if result is None or (result.status == "rejected" and _later(result.reason)):
            break
        if result.status == "rejected":
            refused += 1
            log.warning("central refused relayed record %s: %s", rec.id, result.reason)
        else:
            done += 1
        upto = seq
    if not request.records and seqs:
        upto = seqs[-1]
    if upto is not None:
        with db.transaction() as session:
            _position(session)
            row = session.get(Counter, RELAYED)
            assert row is not None
            row.value = max(int(row.value), upto)
    return done, refused


def _later(reason: str) -> bool:
    return NOT_YET in reason or HUB_NOT_TRUSTED_YET in reason


class Stalled(Exception):
    """Central settled none of the records sent: it wants them later (trust, an earlier one)."""


def relay_once(
    db: Database, cipher: BlobCipher, folder: HubFolder, http: httpx.Client
) -> tuple[int, int]:
    """One relay pass; returns how many records central took and refused for good ((0, 0):
    nothing to do). Raises Stalled, with central's reason, when there were records and
    central wants every one of them later."""
    link = folder.central()
    if link is None:
        return 0, 0
    request, seqs = next_batch(db, cipher)
    if not seqs:
        return 0, 0
    if not request.records:
        advance(
            db,
            request,
            seqs,
            PushResponse(results=[], accepted=0, already_stored=0, rejected=0, duplicates=0),
        )
        return 0, 0
    response = http.post(
        link.url.rstrip("/") + API_PREFIX + "/venue/relay",
        content=request.model_dump_json(),
        headers={"Authorization": f"Bearer {link.token}", "Content-Type": "application/json"},
    )
    response.raise_for_status()
    answer = PushResponse.model_validate_json(response.content)
    done, refused = advance(db, request, seqs, answer)
    if not done and not refused:
        first = next((r.reason for r in answer.results if r.id == request.records[0].id), "")
        raise Stalled(f"central wants {len(request.records)} record(s) later: {first}")
    return done, refused


class Relayer:
    """A thread: relay whenever there is something new and central answers; back off if not."""

    def __init__(
        self, db: Database, cipher: BlobCipher, folder: HubFolder, *, idle_s: float = 2.0
    ) -> None:
        self.db, self.cipher, self.folder, self.idle_s = db, cipher, folder, idle_s
        self.stats = RelayStats()
        self._noted: dict[str, object] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pakta-relay", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(5)

    def _note(self) -> None:
        """The relay's state for the host desk (`pakta venue status`), written when it
        changes: a hub whose relay waits for the organiser's approval must say so."""
        try:
            state: dict[str, object] = {
                "central": bool(self.folder.central()),
                "relayed": self.stats.relayed,
                "refused": self.stats.refused,
                "waiting": waiting(self.db),
                "last_error": self.stats.last_error,
            }
            if state != self._noted:
                write_json(self.folder.root / RELAY_FILE, {**state, "at": clock.now_iso()})
                self._noted = state
        except Exception:  # a state file never stops the relay
            log.exception("could not write the relay state")

    def _run(self) -> None:
        delay = self.idle_s
        with httpx.Client(timeout=httpx.Timeout(20.0, connect=3.0)) as http:
            while not self._stop.is_set():
                self.stats.cycles += 1
                try:
                    done, refused = relay_once(self.db, self.cipher, self.folder, http)
                except Exception as exc:  # central away, refusing or waiting: try again, slower
                    self.stats.last_error = f"{type(exc).__name__}: {exc}"[:300]
                    self._note()
                    delay = min(delay * 2, 30.0 if not isinstance(exc, Stalled) else 10.0)
                    self._stop.wait(delay)  # new writes do not hurry a stalled relay
                    continue
                else:
                    self.stats.last_error = ""
                    self.stats.relayed += done
                    self.stats.refused += refused
                    delay = self.idle_s
                self._note()
                if done or refused:
                    continue  # more may wait: go on at once
                self._wake.wait(delay)
                self._wake.clear()

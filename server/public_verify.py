"""The public receipt page: anyone who scans a receipt's QR with a phone sees whether it is valid.

``GET /v/<code>`` (and ``/V/<code>``, the capitalised form printed in QR codes): the code is
the receipt's whole seal (pakta_common.integrity.receipt_link), so the page checks it against
the enrolled key of the desk that sealed it, with no login and no JavaScript, and shows what
the receipt itself shows: valid or not, the ceremony, the name, a partly masked NIP, when and
where it was signed, and whether the record was voided or superseded since. Nothing else.

Not enumerable: the only key to a page is a whole sealed, signed record (no record ids in
URLs). Rate-limited per client address (``PUBLIC_RATE`` pages a minute, per worker process):
a scanner of guesses gets 429 quickly and learns nothing from a page it could not make.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from pakta_common.integrity.receipt_link import LinkError, seal_from_code
from pakta_common.integrity.seal import Seal, SealError, read_seal
from pakta_common.nip import mask_identifier
from server.clock import ZONE_NAMES
from server.db import Database
from server.models import Ceremony, Record, Station

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))

PUBLIC_RATE = 30  # pages per address per minute
MAX_CODE = 4000


class RateLimit:
    """At most ``rate`` hits per ``window`` seconds per key; bounded memory (LRU of keys)."""

    def __init__(self, rate: int, window: float = 60.0, max_keys: int = 10_000) -> None:
        self.rate, self.window, self.max_keys = rate, window, max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        moment = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.pop(key, None) or deque()
            while hits and moment - hits[0] >= self.window:
                hits.popleft()
            allowed = len(hits) < self.rate
            if allowed:
                hits.append(moment)
            self._hits[key] = hits
            while len(self._hits) > self.max_keys:
                self._hits.popitem(last=False)
            return allowed


_LIMIT = RateLimit(PUBLIC_RATE)


def local_time(signed_at: str, zone: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(signed_at)
        tz = ZoneInfo(zone or "Asia/Jakarta")
    except (ValueError, ZoneInfoNotFoundError):
        return signed_at
    local = moment.astimezone(tz)
    return f"{local:%d-%m-%Y %H:%M} {ZONE_NAMES.get(zone or 'Asia/Jakarta', zone)}"


@dataclass
class PublicVerdict:
    valid: bool
    status: str  # valid | voided | superseded | invalid | unknown_desk | revoked
    headline: str
    detail: str = ""
    name: str = ""
    identifier: str = ""
    ceremony: str = ""
    venue: str = ""
    when: str = ""
    desk: str = ""
    received: bool = False


def check_code(db: Database, code: str) -> PublicVerdict:
    try:
        seal = read_seal(seal_from_code(code))
    except (LinkError, SealError):
        return PublicVerdict(False, "invalid", "Tidak sah", "Kode pada tanda terima rusak.")
    with db.transaction() as session:
        station = session.scalars(select(Station).where(Station.key_id == seal.key_id)).first()
        if station is None or station.public_key is None:
            return PublicVerdict(
                False, "unknown_desk", "Tidak sah", "Meja pendaftaran ini tidak dikenal server."
            )
        if seal.signature_problem(
            station.public_key
        ) is not None or station.station_uuid != seal.fields.get("station_id"):
            return PublicVerdict(
                False,
                "invalid",
                "Tidak sah",
                "Tanda tangan digital tidak cocok: tanda terima ini palsu atau telah diubah.",
            )
        verdict = _shown(seal, session.get(Ceremony, str(seal.fields.get("ceremony_id"))))
        verdict.desk = station.name
        stored = session.get(Record, seal.record_id)
        if stored is not None and stored.record_hash != seal.record_hash():
            return PublicVerdict(
                False,
                "invalid",
                "Tidak sah",
                "Isi tanda terima berbeda dengan rekaman yang diterima server.",
            )
        verdict.received = stored is not None
        if station.revoked_at and stored is None:
            verdict.valid, verdict.status, verdict.headline = False, "revoked", "Tidak sah"
            verdict.detail = "Meja pendaftaran ini telah dicabut dan rekaman tidak pernah diterima."
            return verdict
        later = session.execute(
            select(Record.kind, Record.signed_at).where(Record.refers_to == seal.record_id)
        ).all()
    if seal.fields.get("kind") == "void":
        verdict.headline = "Sah — bukti pembatalan"
        return verdict
    if seal.fields.get("kind") == "closing":  # a signer of the berita acara, not an attendee
        verdict.headline = "Sah — tanda tangan berita acara penutupan"
        return verdict
    kinds = {kind for kind, _ in later}
    if "void" in kinds:
        verdict.valid, verdict.status, verdict.headline = False, "voided", "Dibatalkan"
        verdict.detail = "Pakta integritas ini telah dibatalkan setelah ditandatangani."
    elif "resign" in kinds:
        verdict.valid, verdict.status, verdict.headline = False, "superseded", "Digantikan"
        verdict.detail = "Pakta integritas ini telah digantikan oleh tanda tangan ulang."
    return verdict


def _shown(seal: Seal, ceremony: Ceremony | None) -> PublicVerdict:
    fields = seal.fields
    identifier = str(fields.get("identifier", ""))
    return PublicVerdict(
        True,
        "valid",
        "Sah",
        "" if ceremony is not None else "Upacara belum diterima server.",
        name=str(fields.get("name", "")),
        identifier=mask_identifier(identifier) if fields.get("id_kind") == "nip" else "",
        ceremony=ceremony.title if ceremony else "",
        venue=ceremony.venue if ceremony else "",
        when=local_time(str(fields.get("signed_at", "")), str(fields.get("timezone", ""))),
    )


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


@router.get("/v/{code}", response_class=HTMLResponse)
@router.get("/V/{code}", response_class=HTMLResponse)
def public_receipt(code: str, request: Request) -> Response:
    if not _LIMIT.allow(_client(request)):
        return HTMLResponse(
            "<!doctype html><title>429</title><p>Terlalu banyak permintaan. Coba lagi sebentar.",
            429,
            headers={"Retry-After": "60"},
        )
    if len(code) > MAX_CODE:
        verdict = PublicVerdict(False, "invalid", "Tidak sah", "Kode terlalu panjang.")
    else:
        verdict = check_code(request.app.state.db, code)
    response = templates.TemplateResponse(
        request, "public_receipt.html", {"v": verdict}, status_code=200
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    )
    return response

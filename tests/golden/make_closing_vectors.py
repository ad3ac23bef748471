"""How tests/golden/vectors_closing.json was made (run once by hand; committed, never
regenerated): a closing statement, the PPK's and the witness's closing records (format 2, kind
``closing``) and their seals, signed by the golden station key of make_vectors.

    .venv/bin/python -m tests.golden.make_closing_vectors tests/golden/vectors_closing.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_app.domain.closing import ChainPoint, ClosingStatement, DeskCount
from desktop_app.domain.signature import DeviceInfo
from pakta_common.integrity.record_hash import canonical_bytes, record_hash
from pakta_common.integrity.seal import make_seal
from tests.golden.make_vectors import STATION_KEY

STATEMENT = ClosingStatement(
    ceremony_id="2b7e1516-28ae-4d2a-b6f7-15880927cf4f",
    title="Penandatanganan Pakta Integritas Netralitas ASN — Pilkada 2024",
    date="2024-08-26",
    venue="Gedung Malang Islamic Center, Kota Malang",
    organizer="BKPSDM Kota Malang",
    timezone="Asia/Jakarta",
    expected=642,
    signed=611,
    resigned=4,
    voided=2,
    duplicates=1,
    desks=(
        DeskCount("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "Meja 1", 320),
        DeskCount("1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7081", "Meja 2", 292),
    ),
    station_id="9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    station_name="Meja 1",
    head=ChainPoint(327, "d" * 64),
    anchor=ChainPoint(300, "e" * 64, "2024-08-26T04:00:00.000Z", "1a2b3c4d"),
)


def _record(role: str, seq: int, prev_hash: str, refers_to: str | None) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "format": 2,
        "id": f"7e2f4b63-1d5f-4c9b-8e3f-8b2c3d4e5f6{seq % 10}",
        "kind": "closing",
        "refers_to": refers_to,
        "reason": STATEMENT.canonical(),
        "ceremony_id": STATEMENT.ceremony_id,
        "identifier": "196805121990031005" if role == "ppk" else "WITNESS",
        "id_kind": "nip" if role == "ppk" else "other",
        "name": "Drs. H. Wahyu Hidayat, M.M." if role == "ppk" else "Rina Kartika",
        "rank": "",
        "position": "Sekretaris Daerah Kota Malang" if role == "ppk" else "",
        "unit": "",
        "instansi": "" if role == "ppk" else "Bawaslu Kota Malang",
        "template_id": None,
        "text_sha256": STATEMENT.sha256,
        "consent_at": "2024-08-26T09:01:02.345Z",
        "signature_sha256": "b" * 64,
        "image_sha256": "c" * 64,
        "device": json.dumps(asdict(DeviceInfo(model="Wacom STU-430")), sort_keys=True),
        "operator": "meja-1",
        "station_id": STATEMENT.station_id,
        "station_seq": seq,
        "signed_at": f"2024-08-26T09:0{seq - 326}:00.000Z",
        "mono_ns": 123456789012 + seq,
        "prev_hash": prev_hash,
        "flagged": False,
        "consent_method": "pad_box",
        "pledge_shown_at": "2024-08-26T09:00:00.000Z",
        "timezone": "Asia/Jakarta",
    }
    digest = record_hash(fields)
    sig = STATION_KEY.sign(digest.encode("ascii")).hex()
    return {
        "role": role,
        "fields": fields,
        "canonical_utf8": canonical_bytes(fields).decode("utf-8"),
        "record_hash": digest,
        "station_sig": sig,
        "seal": make_seal({**fields, "station_sig": sig}, STATION_KEY.key_id),
    }


def make() -> dict[str, Any]:
    ppk = _record("ppk", 328, STATEMENT.head.hash if STATEMENT.head else "", None)
    witness = _record("witness", 329, ppk["record_hash"], ppk["fields"]["id"])
    return {
        "about": "Golden vectors of the closing (berita acara); see make_closing_vectors.py",
        "statement": {"canonical": STATEMENT.canonical(), "sha256": STATEMENT.sha256},
        "records": [ppk, witness],
    }


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(make(), indent=1, ensure_ascii=False) + "\n", "utf-8")

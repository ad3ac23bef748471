"""How tests/golden/vectors.json was made (run once by hand; the output is committed and never
regenerated: a format that changes gets a new version and new vectors beside the old ones).

    .venv/bin/python -m tests.golden.make_vectors tests/golden/vectors.json

Keys are fixed seeds, so signatures (Ed25519 is deterministic) come out the same; envelopes
use random nonces, so their bytes are whatever the run that made the file drew.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.domain.badge import encode_signed_badge
from desktop_app.domain.signature import DeviceInfo, signature_from_points
from desktop_app.storage.signature_codec import CEREMONY_MAGIC, STATION_MAGIC, SignatureCodec
from pakta_common.integrity.keys import StationKey
from pakta_common.integrity.record_hash import FIELDS_BY_FORMAT, canonical_bytes, record_hash
from pakta_common.integrity.seal import make_seal
from server.blobcrypt import BlobCipher

STATION_SEED = bytes(range(1, 33))
STATION_KEY = StationKey(Ed25519PrivateKey.from_private_bytes(STATION_SEED))


def _record(record_format: int) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "format": record_format,
        "id": f"6f1d3a52-0c4e-4b8a-9d2e-7a1b2c3d4e5{record_format}",
        "kind": "pledge",
        "refers_to": None,
        "reason": "",
        "ceremony_id": "2b7e1516-28ae-4d2a-b6f7-15880927cf4f",
        "identifier": "198001012005012001",
        "id_kind": "nip",
        "name": "Siti Rahayu, S.E.",
        "rank": "Penata (III/c)",
        "position": "Analis Keuangan",
        "unit": "Bagian Keuangan — Sub Anggaran",
        "instansi": "Pemerintah Kota Malang",
        "template_id": "0f47acde-2f6b-4c9e-8f3a-1d2c3b4a5968",
        "text_sha256": "a" * 64,
        "consent_at": "2024-08-26T02:15:07.123456+00:00",
        "signature_sha256": "b" * 64,
        "image_sha256": "c" * 64,
        "device": json.dumps(asdict(DeviceInfo(model="Wacom STU-430")), sort_keys=True),
        "operator": "meja-1",
        "station_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "station_seq": 7,
        "signed_at": "2024-08-26T02:15:31.654321+00:00",
        "mono_ns": 123456789012,
        "prev_hash": "d" * 64,
        "flagged": False,
    }
    if record_format >= 2:
        fields.update(
            consent_method="pad_box",
            pledge_shown_at="2024-08-26T02:14:58.000001+00:00",
            timezone="Asia/Makassar",
        )
    assert set(fields) == set(FIELDS_BY_FORMAT[record_format])
    digest = record_hash(fields)
    return {
        "format": record_format,
        "fields": fields,
        "canonical_utf8": canonical_bytes(fields).decode("utf-8"),
        "record_hash": digest,
        "station_sig": STATION_KEY.sign(digest.encode("ascii")).hex(),
    }


def _envelope(name: str, magic: bytes, key: bytes, ad: str, plaintext: bytes) -> dict[str, str]:
    blob = SignatureCodec(key, magic).seal(ad, plaintext)
    return {
        "name": name,
        "key_hex": key.hex(),
        "associated_data": ad,
        "plaintext_hex": plaintext.hex(),
        "blob_hex": blob.hex(),
    }


def make() -> dict[str, Any]:
    records = [_record(f) for f in sorted(FIELDS_BY_FORMAT)]
    seals = [
        {
            "layout": 1,
            "record_format": r["format"],
            "key_id": STATION_KEY.key_id,
            "text": make_seal({**r["fields"], "station_sig": r["station_sig"]}, STATION_KEY.key_id),
        }
        for r in records
    ]
    strokes = [
        [(1000, 2000, 300, 0), (1010, 2015, 350, 7), (1030, 2040, 512, 14)],
        [(5000, 1500, 0, 400), (-3, 70000, 1023, 407), (2**31 - 1, -(2**31), 1, 2**31 - 1)],
    ]
    signature = signature_from_points(
        strokes, DeviceInfo(source="pad", model="golden pad", protocol="isdv4", port="COM3")
    )
    station_key = bytes(range(100, 132))
    ceremony_key = bytes(range(200, 232))
    server_key = bytes(range(50, 82))
    record_id = records[1]["fields"]["id"]
    server_blob = BlobCipher(server_key).seal("e" * 64, b"\x89PNG golden image bytes")
    badge_message = b"PKT1.198001012005012001." + STATION_KEY.key_id.encode()
    return {
        "about": "Golden vectors of Pakta's pinned formats; see tests/golden/make_vectors.py",
        "station_key": {
            "seed_hex": STATION_SEED.hex(),
            "public_hex": STATION_KEY.public_bytes.hex(),
            "key_id": STATION_KEY.key_id,
            "pem": STATION_KEY.private.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ).decode("ascii"),
        },
        "records": records,
        "seals": seals,
        "signature_encoding": {
            "strokes": strokes,
            "device": asdict(signature.device),
            "encoded_hex": signature.encode().hex(),
        },
        "badge": {
            "identifier": "198001012005012001",
            "text": encode_signed_badge(
                "198001012005012001", STATION_KEY.key_id, STATION_KEY.sign(badge_message)
            ),
        },
        "envelopes": [
            _envelope("station ENC1", STATION_MAGIC, station_key, record_id, signature.encode()),
            _envelope(
                "ceremony key wrapped ENC1",
                STATION_MAGIC,
                station_key,
                "ceremony-key:" + records[1]["fields"]["ceremony_id"],
                ceremony_key,
            ),
            _envelope("ceremony ENC2", CEREMONY_MAGIC, ceremony_key, record_id, b"\x89PNG..."),
            {
                "name": "server ENC1",
                "key_hex": server_key.hex(),
                "associated_data": "e" * 64,
                "plaintext_hex": b"\x89PNG golden image bytes".hex(),
                "blob_hex": server_blob.hex(),
            },
        ],
    }


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(make(), indent=1, ensure_ascii=False) + "\n", "utf-8")

"""How tests/golden/vectors_proof.json was made (once, by hand; committed, never regenerated):
the formats of issue 13 — receipt link, anchor statement, Merkle root and proof, archive
manifest — pinned like those of vectors.json.

    .venv/bin/python -m tests.golden.make_proof_vectors tests/golden/vectors_proof.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pakta_common.integrity.keys import StationKey
from pakta_common.integrity.receipt_link import link_for_seal
from pakta_common.proof.anchor import sign_anchor
from pakta_common.proof.manifest import make_manifest
from pakta_common.proof.merkle import inclusion_proof, merkle_root

SERVER_KEY = StationKey(Ed25519PrivateKey.from_private_bytes(bytes(range(33, 65))))
DESK_KEY = StationKey(Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33))))


def make() -> dict[str, Any]:
    seals = json.loads(Path(__file__).with_name("vectors.json").read_text("utf-8"))["seals"]
    hashes = [hashlib.sha256(bytes([i])).hexdigest() for i in range(7)]
    anchor = sign_anchor(
        SERVER_KEY,
        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        7,
        hashes[6],
        "2024-08-26T09:00:00.000000+00:00",
    )
    manifest = make_manifest(
        DESK_KEY,
        ceremony_id="2b7e1516-28ae-4d2a-b6f7-15880927cf4f",
        station_id="9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        made_at="2024-08-26T10:00:00.000000+00:00",
        records=[(f"00000000-0000-4000-8000-00000000000{i}", h) for i, h in enumerate(hashes)],
    )
    return {
        "about": "Golden vectors of issue 13's formats; see tests/golden/make_proof_vectors.py",
        "server_public_hex": SERVER_KEY.public_bytes.hex(),
        "desk_public_hex": DESK_KEY.public_bytes.hex(),
        "links": [
            {
                "base": "https://pakta.example.go.id",
                "seal": s["text"],
                "link": link_for_seal("https://pakta.example.go.id", s["text"]),
            }
            for s in seals
        ],
        "anchor": {**anchor.as_json(), "signed_bytes_hex": anchor.statement.signed_bytes().hex()},
        "merkle": {
            "leaves": hashes,
            "root": merkle_root(hashes),
            "proof_of_5": [list(p) for p in inclusion_proof(hashes, 5).path],
        },
        "manifest": manifest,
        "anchor_statement_fields": list(asdict(anchor.statement)),
    }


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(make(), indent=1, ensure_ascii=False) + "\n", "utf-8")

"""Anchors: the server's signed statement of a desk's chain head (station, sequence, hash, time).

On every sync the desk asks the server to anchor what it holds of the desk's chain; the server
signs, with its own Ed25519 key, the newest record it holds in an unbroken run from sequence
1. The desk keeps every anchor. Once anchored, history below that head cannot be rewritten,
not even by someone holding the desk's key: a rewritten chain (changed, re-hashed, re-signed)
has another hash at the anchored sequence, and the anchor, signed by a key the desk never
held, says which hash was there (``pakta verify --chain``; the server refuses such records).

The signed bytes are ``b"pakta-anchor-v1\\n"`` + the canonical JSON of the statement (sorted
keys, no spaces): version 1 is pinned by a golden vector.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from pakta_common.integrity.keys import StationKey, key_id_of, verify_signature

ANCHOR_CONTEXT = b"pakta-anchor-v1\n"


@dataclass(frozen=True)
class AnchorStatement:
    station_id: str
    seq: int
    record_hash: str
    at: str  # the server's clock, UTC ISO 8601
    server_key_id: str
    v: int = 1

    def signed_bytes(self) -> bytes:
        body = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return ANCHOR_CONTEXT + body.encode("ascii")


@dataclass(frozen=True)
class SignedAnchor:
    statement: AnchorStatement
    signature: bytes

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self.statement), "signature": self.signature.hex()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SignedAnchor:
        try:
            statement = AnchorStatement(
                station_id=str(data["station_id"]),
                seq=int(data["seq"]),
                record_hash=str(data["record_hash"]),
                at=str(data["at"]),
                server_key_id=str(data["server_key_id"]),
                v=int(data.get("v", 1)),
            )
            return cls(statement, bytes.fromhex(str(data["signature"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not an anchor statement ({exc})") from None

    def verifies(self, server_public_key: bytes) -> bool:
        return (
            self.statement.v == 1
            and key_id_of(server_public_key) == self.statement.server_key_id
            and verify_signature(server_public_key, self.signature, self.statement.signed_bytes())
        )


def sign_anchor(
    key: StationKey, station_id: str, seq: int, record_hash: str, at: str
) -> SignedAnchor:
    statement = AnchorStatement(station_id, seq, record_hash, at, key.key_id)
    return SignedAnchor(statement, key.sign(statement.signed_bytes()))


def anchor_problems(
    anchors: list[SignedAnchor], hashes_by_seq: Mapping[int, str], server_keys: Mapping[str, bytes]
) -> list[str]:
    """What contradicts the anchors in a station's chain (``seq → record_hash`` as it is now).

    An anchor whose server key is unknown or whose signature fails is reported too: an anchor
    only counts when the server's key verifies it."""
    problems: list[str] = []
    for anchor in anchors:
        s = anchor.statement
        key = server_keys.get(s.server_key_id)
        if key is None or not anchor.verifies(key):
            problems.append(f"anchor of seq {s.seq} at {s.at}: not signed by a known server key")
            continue
        now = hashes_by_seq.get(s.seq)
        if now is None:
            problems.append(
                f"anchored record seq {s.seq} (anchored {s.at}) is missing: history was cut"
            )
        elif now != s.record_hash:
            problems.append(
                f"record seq {s.seq} differs from the head the server anchored at {s.at}: "
                "the history below an anchored head was rewritten"
            )
    return problems

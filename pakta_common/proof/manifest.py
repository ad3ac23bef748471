"""A ceremony archive's signed manifest: its records' hashes, their Merkle root, the desk's key.

The archive PDF names the root in its keywords (covered by its PAdES signature); the manifest
file beside it (``<archive>.manifest.json``) lists every record (id, hash) by hash, ascending,
and is signed with the desk's Ed25519 station key over
``b"pakta-manifest-v1\\n"`` + canonical JSON of everything but the signature. With it anyone
holding one record (or one receipt: its seal gives the record hash) checks that the record is
in the archive by an inclusion proof, without the other records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pakta_common.integrity.keys import StationKey, key_id_of, verify_signature
from pakta_common.proof.merkle import InclusionProof, inclusion_proof, merkle_root, verify_inclusion

MANIFEST_CONTEXT = b"pakta-manifest-v1\n"


def _signed_bytes(body: Mapping[str, Any]) -> bytes:
    unsigned = {k: v for k, v in body.items() if k != "signature"}
    text = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return MANIFEST_CONTEXT + text.encode("utf-8")


def make_manifest(
    key: StationKey,
    *,
    ceremony_id: str,
    station_id: str,
    made_at: str,
    records: Iterable[tuple[str, str]],
) -> dict[str, Any]:
    """The signed manifest of ``records`` ((record id, record hash) pairs)."""
    entries = sorted(({"id": rid, "hash": digest} for rid, digest in records), key=_by_hash)
    body: dict[str, Any] = {
        "v": 1,
        "ceremony_id": ceremony_id,
        "station_id": station_id,
        "made_at": made_at,
        "records": entries,
        "merkle_root": merkle_root([e["hash"] for e in entries]),
        "key_id": key.key_id,
    }
    body["signature"] = key.sign(_signed_bytes(body)).hex()
    return body


def _by_hash(entry: Mapping[str, str]) -> str:
    return entry["hash"]


def manifest_problems(manifest: Mapping[str, Any], public_key: bytes) -> list[str]:
    """Why a manifest is not a genuine one of the desk with ``public_key`` (empty when it is)."""
    try:
        hashes = [str(e["hash"]) for e in manifest["records"]]
        root = str(manifest["merkle_root"])
        signature = bytes.fromhex(str(manifest["signature"]))
    except (KeyError, TypeError, ValueError) as exc:
        return [f"not a manifest ({exc})"]
    problems = []
    if manifest.get("v") != 1:
        problems.append(f"manifest version {manifest.get('v')!r} is not known")
    if manifest.get("key_id") != key_id_of(public_key):
        problems.append("the manifest names another desk's key")
    if not verify_signature(public_key, signature, _signed_bytes(manifest)):
        problems.append("the manifest's signature does not verify: it was altered")
    if hashes != sorted(hashes) or merkle_root(hashes) != root:
        problems.append("the Merkle root is not the root of the listed records")
    return problems


def record_inclusion(manifest: Mapping[str, Any], record_hash: str) -> InclusionProof | None:
    """The inclusion proof of a record hash in the manifest, or None when it is not listed."""
    hashes = [str(e["hash"]) for e in manifest["records"]]
    if record_hash not in hashes:
        return None
    return inclusion_proof(hashes, hashes.index(record_hash))


def proves_inclusion(record_hash: str, proof: InclusionProof, root: str) -> bool:
    return verify_inclusion(record_hash, proof, root)

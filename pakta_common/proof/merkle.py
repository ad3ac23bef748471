"""A Merkle tree over record hashes: one root for a ceremony's records, proofs of inclusion.

Leaves are SHA-256(0x00 || record hash bytes); inner nodes SHA-256(0x01 || left || right)
(RFC 6962's domain separation, so a leaf can never pass for a node). A level with an odd
count carries its last node up unchanged (RFC 6962's split at the largest power of two gives
another shape; this one is simpler and pinned by a golden vector). Leaves are in the order
given (the manifest lists them by record hash, ascending).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass


def _leaf(record_hash_hex: str) -> bytes:
    return hashlib.sha256(b"\x00" + bytes.fromhex(record_hash_hex)).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root(record_hashes: Sequence[str]) -> str:
    """The root (hex) over the record hashes in this order; the hash of nothing when empty."""
    level = [_leaf(h) for h in record_hashes]
    if not level:
        return hashlib.sha256(b"").hexdigest()
    while len(level) > 1:
        level = [
            _node(level[i], level[i + 1]) if i + 1 < len(level) else level[i]
            for i in range(0, len(level), 2)
        ]
    return level[0].hex()


@dataclass(frozen=True)
class InclusionProof:
    index: int
    count: int
    path: tuple[tuple[str, str], ...]  # ("L" or "R": the sibling's side, sibling hex)


def inclusion_proof(record_hashes: Sequence[str], index: int) -> InclusionProof:
    if not 0 <= index < len(record_hashes):
        raise IndexError("no such leaf")
    level = [_leaf(h) for h in record_hashes]
    path: list[tuple[str, str]] = []
    i = index
    while len(level) > 1:
        sibling = i ^ 1
        if sibling < len(level):
            path.append(("L" if sibling < i else "R", level[sibling].hex()))
        level = [
            _node(level[j], level[j + 1]) if j + 1 < len(level) else level[j]
            for j in range(0, len(level), 2)
        ]
        i //= 2
    return InclusionProof(index, len(record_hashes), tuple(path))


def verify_inclusion(record_hash_hex: str, proof: InclusionProof, root_hex: str) -> bool:
    try:
        node = _leaf(record_hash_hex)
        for side, sibling_hex in proof.path:
            sibling = bytes.fromhex(sibling_hex)
            node = _node(sibling, node) if side == "L" else _node(node, sibling)
    except ValueError:
        return False
    return node.hex() == root_hex

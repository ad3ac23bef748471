"""Verification of one station's hash chain: each record links to the one before it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pakta_common.integrity.keys import verify_signature
from pakta_common.integrity.record_hash import GENESIS_HASH, record_hash


@dataclass
class ChainReport:
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_record(fields: Mapping[str, Any], public_key: bytes) -> str | None:
    """Why this single record does not verify (hash or signature), or None when it does.

    The record is hashed by its own format's field list (format 1 and 2 both verify)."""
    try:
        expected = record_hash(fields)
    except ValueError as exc:  # an unknown format or a missing field
        return f"record {fields.get('id')}: {exc}"
    if fields.get("record_hash") != expected:
        return f"record {fields.get('id')}: content does not match its hash"
    try:
        sig = bytes.fromhex(str(fields.get("station_sig", "")))
    except ValueError:
        return f"record {fields.get('id')}: station signature unreadable"
    if not verify_signature(public_key, sig, expected.encode("ascii")):
        return f"record {fields.get('id')}: station signature does not verify"
    return None


def verify_chain(records: Iterable[Mapping[str, Any]], public_key: bytes) -> ChainReport:
    """Check records of one station, given in station_seq order from the first."""
    report = ChainReport()
    prev_hash = GENESIS_HASH
    expected_seq = 1
    for fields in records:
        report.records += 1
        if fields.get("station_seq") != expected_seq:
            report.problems.append(
                f"sequence gap: expected {expected_seq}, found {fields.get('station_seq')}"
            )
        if fields.get("prev_hash") != prev_hash:
            report.problems.append(f"record {fields.get('id')}: broken link to previous record")
        problem = check_record(fields, public_key)
        if problem:
            report.problems.append(problem)
        prev_hash = str(fields.get("record_hash"))
        expected_seq = int(fields.get("station_seq", expected_seq)) + 1
    return report

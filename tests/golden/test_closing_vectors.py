"""Golden vectors of the closing: today's code reads the committed statement, closing records
and their seals exactly as the code that wrote them, and a changed byte is caught."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.closing import ClosingStatement
from pakta_common.integrity.chain import verify_chain
from pakta_common.integrity.keys import verify_signature
from pakta_common.integrity.record_hash import canonical_bytes, record_hash
from pakta_common.integrity.seal import SealError, read_seal
from tests.golden.make_closing_vectors import STATEMENT
from tests.golden.test_golden_vectors import PUBLIC

VECTORS: dict[str, Any] = json.loads(
    Path(__file__).with_name("vectors_closing.json").read_text("utf-8")
)


def problems(vectors: dict[str, Any]) -> list[str]:
    found: list[str] = []
    statement = vectors["statement"]
    try:
        parsed = ClosingStatement.from_canonical(statement["canonical"])
        if parsed.sha256 != statement["sha256"]:
            found.append("statement hash")
    except ValueError as exc:
        found.append(f"statement: {exc}")
    for vector in vectors["records"]:
        fields = vector["fields"]
        if canonical_bytes(fields).decode("utf-8") != vector["canonical_utf8"]:
            found.append(f"{vector['role']}: canonical bytes")
        digest = record_hash(fields)
        if digest != vector["record_hash"]:
            found.append(f"{vector['role']}: record hash")
        if not verify_signature(PUBLIC, bytes.fromhex(vector["station_sig"]), digest.encode()):
            found.append(f"{vector['role']}: station signature")
        if fields["reason"] != statement["canonical"]:
            found.append(f"{vector['role']}: reason is not the statement")
        try:
            seal = read_seal(vector["seal"])
            if seal.fields != fields or seal.signature_problem(PUBLIC) is not None:
                found.append(f"{vector['role']}: seal")
        except SealError as exc:
            found.append(f"{vector['role']}: seal unreadable ({exc})")
    return found


def test_closing_vectors_read_today() -> None:
    assert problems(VECTORS) == []
    assert STATEMENT.canonical() == VECTORS["statement"]["canonical"]  # today's statement JSON
    ppk, witness = VECTORS["records"]
    assert witness["fields"]["refers_to"] == ppk["fields"]["id"]
    assert witness["fields"]["prev_hash"] == ppk["record_hash"]


@pytest.mark.parametrize(
    "path",
    [
        ("statement", "canonical"),
        ("records", 0, "canonical_utf8"),
        ("records", 1, "seal"),
        ("records", 0, "station_sig"),
    ],
)
def test_a_changed_byte_is_caught(path: tuple[str | int, ...]) -> None:
    changed = copy.deepcopy(VECTORS)
    holder: Any = changed
    for key in path[:-1]:
        holder = holder[key]
    text: str = holder[path[-1]]
    at = len(text) // 2
    holder[path[-1]] = text[:at] + ("7" if text[at] != "7" else "8") + text[at + 1 :]
    assert problems(changed) != []


def test_a_chain_ending_in_closing_records_verifies() -> None:
    records = [
        dict(v["fields"], record_hash=v["record_hash"], station_sig=v["station_sig"])
        for v in VECTORS["records"]
    ]
    report = verify_chain(records, PUBLIC)
    # the vector starts mid-chain (seq 328): only the sequence from 1 and the link to a
    # record before it are missing; each record's hash and signature verify
    assert all("sequence gap" in p or "broken link" in p for p in report.problems)
    assert len(report.problems) == 2

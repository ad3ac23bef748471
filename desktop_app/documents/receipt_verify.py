"""`pakta verify`: is this receipt (a PDF, or the text of its QR) authentic and unaltered?

The seal in the QR carries the whole record and its station signature (integrity.seal), so the
proof needs no network and not even the record: only the station's public key among this
store's trusted keys. The store adds what it knows: the pledge text of the template (to check
the printed text), void records, and its own copy of the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.documents.pdf_reading import (
    PdfPage,
    UnreadablePdf,
    pdftoppm_available,
    read_pdf,
)
from desktop_app.integrity.seal import SEAL_PREFIX, Problem, Seal, SealError, check_code, read_seal
from desktop_app.storage.models import PledgeTemplate, SignedPledge, TrustedKey
from desktop_app.storage.store import Store

_WS = re.compile(r"[\s\u00ad]+")
_PRINTED_ID = re.compile(
    r"IDrekaman:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)
PRINTED_FIELDS = (
    ("name", "name"),
    ("identifier", "NIP"),
    ("rank", "rank"),
    ("position", "position"),
    ("unit", "unit"),
    ("instansi", "agency"),
)


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str
    problem: Problem | None = None
    record_id: str = ""
    nip: str = ""
    signed_at: str = ""
    page: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "reason": self.reason,
            "problem": self.problem.value if self.problem else None,
            "record_id": self.record_id or None,
            "nip": self.nip or None,
            "signed_at": self.signed_at or None,
        }


def squash(text: str) -> str:
    """Text with all whitespace removed: line wrapping and justification do not matter."""
    return _WS.sub("", text)


def verify_seal_text(store: Store, seal_text: str, printed: str | None = None) -> Verdict:
    """Check one seal; with ``printed`` (the receipt's text) also check what the receipt shows."""
    try:
        seal = read_seal(seal_text)
    except SealError as exc:
        return Verdict(False, str(exc), Problem.DAMAGED)

    def bad(problem: Problem, reason: str) -> Verdict:
        return Verdict(False, reason, problem, seal.record_id, seal.identifier, seal.signed_at)

    with store.read() as session:
        trusted = session.get(TrustedKey, seal.key_id)
        problem = seal.signature_problem(trusted.public_key if trusted else None)
        if problem is Problem.UNKNOWN_KEY:
            return bad(
                problem,
                f"unknown station key {seal.key_id}: this store does not trust "
                "the station that sealed the receipt",
            )
        if problem is Problem.BAD_SIGNATURE:
            return bad(
                problem,
                "bad signature: the seal's signature does not match its record "
                "(forged or altered seal)",
            )
        digest = seal.record_hash()
        mine = session.get(SignedPledge, seal.record_id)
        if mine is not None and mine.record_hash != digest:
            return bad(
                Problem.ALTERED_RECORD,
                "the sealed record differs from the record of the same id in this store",
            )
        if mine is None and seal.fields.get("station_id") == store.station_id:
            return bad(
                Problem.UNKNOWN_RECORD,
                "unknown record: sealed by this station but missing from its store",
            )
        if printed is not None:
            template = session.scalars(
                select(PledgeTemplate).where(
                    PledgeTemplate.sha256 == seal.fields.get("text_sha256")
                )
            ).first()
            problem_text = _printed_problem(seal, digest, printed, template)
            if problem_text is not None:
                return bad(*problem_text)
        void = session.scalars(
            select(SignedPledge.id).where(
                SignedPledge.kind == "void", SignedPledge.refers_to == seal.record_id
            )
        ).first()
        if void is not None:
            return bad(Problem.VOIDED, f"voided: record cancelled by record {void}")
    owner = trusted.owner if trusted else ""
    what = "receipt" if printed is not None else "seal"
    return Verdict(
        True,
        f"authentic: {what} matches a genuine record signed by station key {seal.key_id}"
        + (f" ({owner})" if owner else ""),
        None,
        seal.record_id,
        seal.identifier,
        seal.signed_at,
    )


def _printed_problem(
    seal: Seal, digest: str, printed: str, template: PledgeTemplate | None
) -> tuple[Problem, str] | None:
    page = squash(printed)
    if not page:
        return Problem.NO_TEXT, (
            "the receipt has no readable text (a scan or photo?): only its seal could be "
            f"checked, and it is genuine; compare the paper with: {seal.fields.get('name')}, "
            f"{seal.identifier}, record {seal.record_id}"
        )
    shown = _PRINTED_ID.search(page)
    if shown is None:
        return Problem.ALTERED_TEXT, "altered text: the receipt shows no record id"
    if shown.group(1) != seal.record_id:
        return Problem.ALTERED_TEXT, (
            f"altered text: the QR belongs to record {seal.record_id} but the receipt shows "
            f"record {shown.group(1)}"
        )
    for key, label in PRINTED_FIELDS:
        value = squash(str(seal.fields.get(key) or ""))
        if value and value not in page:
            return (
                Problem.ALTERED_TEXT,
                f"altered text: the {label} printed differs from the record",
            )
    if squash(check_code(digest)) not in page:
        return Problem.ALTERED_TEXT, "altered text: the check code printed differs from the record"
    if template is None:
        return Problem.UNKNOWN_TEMPLATE, (
            "pledge text cannot be checked: its template is not in this store"
        )
    if squash(template.text) not in page:
        return (
            Problem.ALTERED_TEXT,
            "altered text: the pledge text printed differs from the one signed",
        )
    return None


def verify_receipt_pdf(store: Store, path: Path) -> list[Verdict]:
    """One verdict per sealed receipt in the PDF (an archive holds many); NO_SEAL when none."""
    try:
        pages = read_pdf(path)
    except UnreadablePdf as exc:
        return [Verdict(False, str(exc), Problem.DAMAGED)]
    verdicts: list[Verdict] = []
    pending: list[PdfPage] = []  # pages since the last seal: a long receipt spans pages
    for page in pages:
        pending.append(page)
        seals = [c for c in page.codes if c.startswith(SEAL_PREFIX)]
        if not seals:
            continue
        text = "\n".join(p.text for p in pending)
        for code in seals:
            verdict = verify_seal_text(store, code, text)
            verdicts.append(_on_page(verdict, page.number))
        pending = []
    if not verdicts:
        hint = "" if pdftoppm_available() else " (install poppler-utils to read QR codes drawn as "
        hint += "" if pdftoppm_available() else "vectors, or use --qr with the scanned text)"
        return [
            Verdict(False, "no Pakta receipt seal (QR) found in the file" + hint, Problem.NO_SEAL)
        ]
    return verdicts


def _on_page(v: Verdict, page: int) -> Verdict:
    return Verdict(v.valid, v.reason, v.problem, v.record_id, v.nip, v.signed_at, page)

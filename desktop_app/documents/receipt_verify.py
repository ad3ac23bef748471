"""`pakta verify`: is this receipt (a PDF, or the text of its QR) authentic and unaltered?

The seal in the QR carries the whole record and its station signature (integrity.seal), so the
proof of the record needs no network and not even the record: only the station's public key
among this store's trusted keys. A receipt PDF is then checked as a whole page, not as words
on it: its structure (one revision, no annotations, forms, scripts or extra content), then the
receipt is re-drawn from its sealed data (receipt_rebuild) and compared with the page as it is,
operation by operation (page_content) and pixel by pixel. The reason names what differs.
Every verdict lists its checks: ``[{name, ok, detail}]``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.pdf_reading import (
    PdfPage,
    UnreadablePdf,
    open_pdf,
    pdftoppm_available,
    read_pages,
)
from desktop_app.documents.pdf_structure import structure_problems
from desktop_app.documents.receipt_page import ReceiptFile, compare_receipt
from desktop_app.documents.receipt_rebuild import CannotRebuild, SignatureSource, rebuild
from desktop_app.documents.verdicts import Check, PageProblem, Verdict, squash
from desktop_app.storage.models import SignedPledge, TrustedKey
from desktop_app.storage.store import Store
from pakta_common.integrity.seal import SEAL_PREFIX, Problem, Seal, SealError, read_seal

__all__ = ["Check", "PageProblem", "Verdict", "squash", "verify_receipt_pdf", "verify_seal_text"]

MAX_BYTES = 200_000_000  # an archive of a few thousand receipts stays far below
MAX_PAGES = 20_000


# -- the seal ----------------------------------------------------------------------------
@dataclass
class _SealResult:
    seal: Seal | None
    checks: list[Check]
    failure: Verdict | None  # set when the seal or its record fails
    owner: str = ""


def _check_seal(store: Store, session: Session, seal_text: str) -> _SealResult:
    try:
        seal = read_seal(seal_text)
    except SealError as exc:
        check = Check("seal", False, str(exc))
        return _SealResult(
            None, [check], Verdict(False, str(exc), Problem.DAMAGED, checks=(check,))
        )
    checks: list[Check] = []

    def bad(problem: Problem, name: str, reason: str) -> _SealResult:
        checks.append(Check(name, False, reason))
        verdict = Verdict(False, reason, problem, seal.record_id, seal.identifier, seal.signed_at)
        return _SealResult(seal, checks, replace(verdict, checks=tuple(checks)))

    trusted = session.get(TrustedKey, seal.key_id)
    problem = seal.signature_problem(trusted.public_key if trusted else None)
    if problem is Problem.UNKNOWN_KEY:
        return bad(
            problem,
            "seal",
            f"unknown station key {seal.key_id}: this store does not trust "
            "the station that sealed the receipt",
        )
    if problem is Problem.BAD_SIGNATURE:
        return bad(
            problem,
            "seal",
            "bad signature: the seal's signature does not match its record "
            "(forged or altered seal)",
        )
    owner = trusted.owner if trusted else ""
    checks.append(
        Check(
            "seal", True, f"signed by station key {seal.key_id}" + (f" ({owner})" if owner else "")
        )
    )
    digest = seal.record_hash()
    mine = session.get(SignedPledge, seal.record_id)
    if mine is not None and mine.record_hash != digest:
        return bad(
            Problem.ALTERED_RECORD,
            "record",
            "the sealed record differs from the record of the same id in this store",
        )
    if mine is None and seal.fields.get("station_id") == store.station_id:
        return bad(
            Problem.UNKNOWN_RECORD,
            "record",
            "unknown record: sealed by this station but missing from its store",
        )
    checks.append(
        Check(
            "record",
            True,
            "the same as this store's record"
            if mine is not None
            else "not in this store (sealed by another station; the seal carries the whole record)",
        )
    )
    return _SealResult(seal, checks, None, owner)


def _void_check(session: Session, seal: Seal) -> Check:
    void = session.scalars(
        select(SignedPledge.id).where(
            SignedPledge.kind == "void", SignedPledge.refers_to == seal.record_id
        )
    ).first()
    if void is not None:
        return Check("not_voided", False, f"voided: record cancelled by record {void}")
    return Check("not_voided", True, "no void of this record in this store")


def _finish(seal: Seal, checks: list[Check], owner: str, what: str, note: str = "") -> Verdict:
    failed = next((c for c in checks if not c.ok), None)
    if failed is not None:
        problem: Problem | PageProblem = (
            Problem.VOIDED if failed.name == "not_voided" else PageProblem.ALTERED_PAGE
        )
        return Verdict(
            False,
            failed.detail,
            problem,
            seal.record_id,
            seal.identifier,
            seal.signed_at,
            checks=tuple(checks),
        )
    reason = (
        f"authentic: {what} matches a genuine record signed by station key {seal.key_id}"
        + (f" ({owner})" if owner else "")
        + (f"; {note}" if note else "")
    )
    return Verdict(
        True, reason, None, seal.record_id, seal.identifier, seal.signed_at, checks=tuple(checks)
    )


def verify_seal_text(store: Store, seal_text: str) -> Verdict:
    """Check one seal (the text of a receipt's QR): signature, record, void. A paper receipt,
    printed and scanned, is verified this way; its printed words are for a person to compare."""
    with store.read() as session:
        result = _check_seal(store, session, seal_text)
        if result.failure is not None or result.seal is None:
            assert result.failure is not None
            return result.failure
        seal = result.seal
        checks = [*result.checks, _void_check(session, seal)]
        checks.append(
            Check(
                "page",
                True,
                "not checked (QR text only): compare the paper with "
                f"{seal.fields.get('name')}, {seal.identifier}, record {seal.record_id}",
            )
        )
    return _finish(seal, checks, result.owner, "seal")


# -- a receipt PDF -----------------------------------------------------------------------
def verify_receipt_pdf(store: Store, path: Path) -> list[Verdict]:
    """One verdict per sealed receipt in the PDF (an archive holds many); NO_SEAL when none."""
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            reason = f"{path} is larger than {MAX_BYTES // 1_000_000} MB: not a receipt"
            return [Verdict(False, reason, Problem.DAMAGED)]
        data = Path(path).read_bytes()
        reader = open_pdf(data, str(path))
        pages = read_pages(reader, data)
        structure = structure_problems(data, reader)
        info: dict[str, Any] = dict(reader.metadata or {})
        producer = str(info.get("/Producer", "") or "")
        keywords = str(info.get("/Keywords", "") or "")
    except OSError as exc:
        return [Verdict(False, f"{path} cannot be read ({exc.strerror})", Problem.DAMAGED)]
    except UnreadablePdf as exc:
        return [Verdict(False, str(exc), Problem.DAMAGED)]
    except Exception as exc:  # pypdf on a hostile file: any error means "not our receipt"
        return [Verdict(False, f"{path} is not a readable PDF ({exc})", Problem.DAMAGED)]
    if len(pages) > MAX_PAGES:
        reason = f"{path} has {len(pages)} pages; a receipt archive has at most {MAX_PAGES}"
        return [Verdict(False, reason, Problem.DAMAGED)]
    pdf = ReceiptFile(data, reader, pages, structure, producer, keywords)
    groups: list[tuple[str, list[PdfPage]]] = []
    pending: list[PdfPage] = []  # pages since the last seal: a long receipt spans pages
    for page in pages:
        pending.append(page)
        seals = [c for c in page.codes if c.startswith(SEAL_PREFIX)]
        for code in seals[:1]:
            groups.append((code, pending))
        if len(seals) > 1:
            structure.append(f"page {page.number}: more than one receipt seal (QR) on one page")
        if seals:
            pending = []
    if not groups:
        hint = (
            ""
            if pdftoppm_available()
            else (
                " (install poppler-utils to read QR codes drawn as vectors, or use --qr with the "
                "scanned text)"
            )
        )
        return [
            Verdict(False, "no Pakta receipt seal (QR) found in the file" + hint, Problem.NO_SEAL)
        ]
    if pending:
        numbers = ", ".join(str(p.number) for p in pending)
        structure.append(f"page(s) {numbers} after the last receipt belong to no receipt")
    return [_verify_receipt(store, pdf, code, group) for code, group in groups]


def _verify_receipt(
    store: Store, pdf: ReceiptFile, seal_text: str, group: list[PdfPage]
) -> Verdict:
    last = group[-1].number
    with store.read() as session:
        result = _check_seal(store, session, seal_text)
        if result.failure is not None or result.seal is None:
            assert result.failure is not None
            return replace(result.failure, page=last)
        seal, checks = result.seal, result.checks

        def refuse(problem: Problem | PageProblem, name: str, reason: str) -> Verdict:
            checks.append(Check(name, False, reason))
            return Verdict(
                False,
                reason,
                problem,
                seal.record_id,
                seal.identifier,
                seal.signed_at,
                last,
                tuple(checks),
            )

        if pdf.structure:
            listed = "; ".join(pdf.structure[:4]) + ("; …" if len(pdf.structure) > 4 else "")
            return refuse(PageProblem.STRUCTURE, "pdf_structure", f"altered file: {listed}")
        checks.append(
            Check("pdf_structure", True, "one revision; no annotations, forms, scripts or extras")
        )
        if not squash("".join(p.text for p in group)):
            return refuse(
                Problem.NO_TEXT,
                "page",
                "the receipt has no readable text (a scan or photo?): only its seal could be "
                f"checked, and it is genuine; compare the paper with: {seal.fields.get('name')}, "
                f"{seal.identifier}, record {seal.record_id}",
            )
        try:
            rebuilt = rebuild(store, session, seal, seal_text, group, pdf.size(group[0].number))
        except CannotRebuild as exc:
            code: Problem | PageProblem = (
                PageProblem(exc.code)
                if exc.code in PageProblem._value2member_map_
                else Problem(exc.code)
            )
            return refuse(code, "page_content", str(exc))
        checks.append(Check("pledge_text", True, "the template of the sealed text hash is known"))
        problem = compare_receipt(pdf, rebuilt, group, checks)
        if problem is not None:
            return refuse(*problem)
        checks.append(_void_check(session, seal))
    notes = [
        f"the page's pixels were {c.detail}"
        for c in checks
        if c.name == "page_pixels" and c.detail.startswith("not compared")
    ]
    if rebuilt.signature is SignatureSource.PAGE:
        notes.append(f"the signature image was not checked ({rebuilt.signature_note})")
    verdict = _finish(seal, checks, result.owner, "receipt", "; ".join(notes))
    return replace(verdict, page=last)

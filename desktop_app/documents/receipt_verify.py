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

from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.closing_verify import closing_seal, verify_closing_pdf
from desktop_app.documents.pdf_reading import (
    PdfPage,
    UnreadablePdf,
    open_pdf,
    pdftoppm_available,
    read_pages,
)
from desktop_app.documents.pdf_structure import structure_problems
from desktop_app.documents.receipt import VERIFY_HINTS
from desktop_app.documents.receipt_page import ReceiptFile, compare_receipt
from desktop_app.documents.receipt_rebuild import (
    CannotRebuild,
    SignatureSource,
    layout_version_named,
    rebuild,
)
from desktop_app.documents.seal_check import check_seal
from desktop_app.documents.verdicts import Check, PageProblem, Verdict, squash
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from pakta_common.integrity.receipt_link import seal_text_of
from pakta_common.integrity.seal import Problem, Seal
from pakta_common.proof.pades import signature_report
from pakta_common.proof.pki import certificate_station, is_desk_certificate

__all__ = [
    "Check",
    "PageProblem",
    "Verdict",
    "squash",
    "verify_receipt_pdf",
    "verify_seal_text",
]

MAX_BYTES = 200_000_000  # an archive of a few thousand receipts stays far below
MAX_PAGES = 20_000


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
    """Check one seal (the text of a receipt's QR: ``PKS1:`` or the receipt link carrying it):
    signature, record, void. A paper receipt, printed and scanned, is verified this way; its
    printed words are for a person to compare."""
    with store.read() as session:
        result = check_seal(store, session, seal_text)
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
        signed, data, signed_by = _our_signature(data)
        reader = open_pdf(data, str(path))
        pages = read_pages(reader, data)
        structure = structure_problems(data, reader)
        if isinstance(signed, str):
            structure.insert(0, signed)
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
    pdf_signature = signed if isinstance(signed, Check) else None
    every = [c for page in pages for c in page.codes if seal_text_of(c) is not None]
    if any(closing_seal(code) is not None for code in every):  # a berita acara penutupan
        return [verify_closing_pdf(store, pdf, every, pdf_signature, signed_by)]
    groups: list[tuple[str, list[PdfPage]]] = []
    pending: list[PdfPage] = []  # pages since the last seal: a long receipt spans pages
    for page in pages:
        pending.append(page)
        seals = [c for c in page.codes if seal_text_of(c) is not None]
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
    return [
        _verify_receipt(store, pdf, code, group, pdf_signature, signed_by) for code, group in groups
    ]


MAX_SIGNATURES = 2  # the desk's, and the organiser's counter-signature on an archive


def _our_signature(data: bytes) -> tuple[Check | str | None, bytes, str]:
    """(what the file's PDF signatures say, the document as made, the station id the desk's
    certificate names). A receipt signed by its desk is one revision plus exactly that
    signature's revision (and, on an archive, the organiser's counter-signature); the pages
    are checked in the first revision. None: not signed (receipts printed before signatures);
    a text: why the signatures refuse the file."""
    if b"/ByteRange" not in data:
        return None, data, ""
    report = signature_report(data)
    if not report.signed:
        return None, data, ""
    first = report.signatures[0]
    if report.problems:
        return "PDF signature: " + "; ".join(report.problems[:3]), data, ""
    if not is_desk_certificate(first.certificate) or first.revision != 1:
        refused = f"signed by {first.signer}, not by a Pakta Station desk, after it was made"
        return refused, data, ""
    if len(report.signatures) > MAX_SIGNATURES:
        return f"{len(report.signatures)} signatures: signed again after it was made", data, ""
    who = "; counter-signed by " + report.signatures[1].signer if len(report.signatures) > 1 else ""
    detail = f"intact, covers the whole file; signed by {first.signer}{who}"
    desk = certificate_station(first.certificate)
    return Check("pdf_signature", True, detail), data[: report.original_end], desk


def _verify_receipt(
    store: Store,
    pdf: ReceiptFile,
    seal_text: str,
    group: list[PdfPage],
    pdf_signature: Check | None = None,
    signed_by: str = "",
) -> Verdict:
    """``signed_by``: the station id the desk certificate of the PDF signature names."""
    last = group[-1].number
    with store.read() as session:
        result = check_seal(store, session, seal_text)
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
        checks.append(
            pdf_signature
            or Check("pdf_signature", True, "not signed (a receipt printed before PDF signatures)")
        )
        sealed_by = str(seal.fields.get("station_id", ""))
        if pdf_signature is not None and signed_by != sealed_by:
            return refuse(
                PageProblem.STRUCTURE,
                "pdf_signer",
                "the PDF is signed with the certificate of another desk "
                f"({signed_by or 'naming none'}), not of the desk that sealed the record "
                f"({sealed_by})",
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
            version = layout_version_named(pdf.keywords)
            rebuilt = rebuild(
                store,
                session,
                seal,
                seal_text,
                group,
                pdf.size(group[0].number),
                version if version in VERIFY_HINTS else 0,
            )
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

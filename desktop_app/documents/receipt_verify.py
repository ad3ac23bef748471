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

import io
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.page_compare import (
    PIXEL_DPI,
    Difference,
    compare_drawing,
    compare_pixels,
)
from desktop_app.documents.page_content import PageDrawing, page_drawing
from desktop_app.documents.pdf_reading import (
    PdfPage,
    UnreadablePdf,
    open_pdf,
    pdftoppm_available,
    read_pages,
    render_pdf,
)
from desktop_app.documents.pdf_structure import structure_problems
from desktop_app.documents.receipt import RECEIPT_LAYOUT_VERSION, build_receipt
from desktop_app.documents.receipt_rebuild import CannotRebuild, Rebuilt, SignatureSource, rebuild
from desktop_app.documents.regions import Region, recording
from desktop_app.integrity.seal import SEAL_PREFIX, Problem, Seal, SealError, read_seal
from desktop_app.storage.models import SignedPledge, TrustedKey
from desktop_app.storage.store import Store

_WS = re.compile(r"[\s\u00ad]+")
MAX_BYTES = 200_000_000  # an archive of a few thousand receipts stays far below
MAX_PAGES = 20_000


class PageProblem(StrEnum):
    """Problems of the page (the seal's own problems are integrity.seal.Problem)."""

    STRUCTURE = "altered_structure"  # incremental update, annotations, forms, scripts, extras
    ALTERED_PAGE = "altered_page"  # drawing, images, page size or pixels differ
    UNKNOWN_CEREMONY = "unknown_ceremony"  # cannot be re-drawn: ceremony not in this store


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str
    problem: Problem | PageProblem | None = None
    record_id: str = ""
    nip: str = ""
    signed_at: str = ""
    page: int | None = None
    checks: tuple[Check, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "reason": self.reason,
            "problem": self.problem.value if self.problem else None,
            "record_id": self.record_id or None,
            "nip": self.nip or None,
            "signed_at": self.signed_at or None,
            "checks": [c.as_json() for c in self.checks],
        }


def squash(text: str) -> str:
    """Text with all whitespace removed: line wrapping and justification do not matter."""
    return _WS.sub("", text)


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
@dataclass
class _File:
    data: bytes
    reader: PdfReader
    pages: list[PdfPage]
    structure: list[str]
    producer: str
    keywords: str
    _drawings: dict[int, PageDrawing] = field(default_factory=dict)

    def drawing(self, number: int) -> PageDrawing:
        if number not in self._drawings:
            self._drawings[number] = page_drawing(self.reader, number - 1)
        return self._drawings[number]

    def size(self, number: int) -> tuple[float, float]:
        box = self.reader.pages[number - 1].mediabox
        return float(box.width), float(box.height)


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
    pdf = _File(data, reader, pages, structure, producer, keywords)
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


def _verify_receipt(store: Store, pdf: _File, seal_text: str, group: list[PdfPage]) -> Verdict:
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
        problem = _compare(pdf, rebuilt, group, checks)
        if problem is not None:
            return refuse(*problem)
        checks.append(_void_check(session, seal))
    note = ""
    if rebuilt.signature is SignatureSource.PAGE:
        note = f"the signature image was not checked ({rebuilt.signature_note})"
    verdict = _finish(seal, checks, result.owner, "receipt", note)
    return replace(verdict, page=last)


def _compare(
    pdf: _File, rebuilt: Rebuilt, group: list[PdfPage], checks: list[Check]
) -> tuple[Problem | PageProblem, str, str] | None:
    """Re-draw the receipt and compare it with ``group``; a failure is (problem, check, reason)."""
    hint = _origin_hint(pdf.producer, pdf.keywords)
    if rebuilt.own_station and rebuilt.data.station_name != rebuilt.station_now:
        return (
            Problem.ALTERED_TEXT,
            "station_name",
            f"altered text: the station name printed ({rebuilt.data.station_name!r}) is not "
            f"this station's name ({rebuilt.station_now!r}); a receipt printed before the "
            "station was renamed can still be verified with --qr",
        )
    drawn = _Drawn.of(rebuilt, rebuilt.reprint)
    difference = _first_difference(pdf, drawn, group)
    if difference is not None:
        # The page said whether it is a copy (SALINAN); if that mark was added or removed,
        # the other variant explains the page with fewer changes: report that one.
        other = _first_difference(pdf, _Drawn.of(rebuilt, not rebuilt.reprint), group)
        if other is not None and other.changes < difference.changes:
            difference = other
        return _altered(difference, hint)
    what = f"{rebuilt.layout.upper()}, {drawn.count} page(s)" + (
        ", SALINAN" if rebuilt.reprint else ""
    )
    checks.append(
        Check("page_content", True, f"text, drawing and images are the receipt's own ({what})")
    )
    pixels = _compare_pixels(pdf, drawn.pdf, group, drawn.regions)
    if isinstance(pixels, Difference):
        return _altered(pixels, hint)
    checks.append(Check("page_pixels", True, pixels))
    checks.append(_signature_check(rebuilt))
    checks.append(
        Check(
            "station_name",
            True,
            f"printed {rebuilt.data.station_name!r}"
            + (
                " (this station's name)"
                if rebuilt.own_station
                else " (another station's label, not sealed; that station is identified by its "
                f"key and id {rebuilt.data.field('station_id')[:8]})"
            ),
        )
    )
    return None


@dataclass(frozen=True)
class _Drawn:
    """The receipt as the station draws it, with where each part landed."""

    pdf: bytes
    reader: PdfReader
    regions: list[Region]

    @property
    def count(self) -> int:
        return len(self.reader.pages)

    @classmethod
    def of(cls, rebuilt: Rebuilt, reprint: bool) -> _Drawn:
        with recording() as regions:
            pdf = build_receipt(rebuilt.data, rebuilt.layout, reprint=reprint)
        return cls(pdf, PdfReader(io.BytesIO(pdf)), regions)


def _first_difference(pdf: _File, drawn: _Drawn, group: list[PdfPage]) -> Difference | None:
    if len(group) != drawn.count:
        first = group[0].number
        if len(group) > drawn.count:
            extra = ", ".join(str(p.number) for p in group[: len(group) - drawn.count])
            detail = f"page(s) {extra} before the receipt are not part of it"
        else:
            detail = f"the receipt has {drawn.count} page(s), the file {len(group)}"
        return Difference(first, "page count", "", detail, changes=10_000)
    for index, page in enumerate(group):
        difference = compare_drawing(
            page_drawing(drawn.reader, index), pdf.drawing(page.number), drawn.regions, index + 1
        )
        if difference is not None:
            return difference
    return None


def _altered(difference: Difference, hint: str) -> tuple[Problem | PageProblem, str, str]:
    if difference.is_text:
        return Problem.ALTERED_TEXT, "page_content", f"altered text: {difference.reason()}{hint}"
    name = "page_pixels" if difference.kind == "pixels" else "page_content"
    return PageProblem.ALTERED_PAGE, name, f"altered page: {difference.reason()}{hint}"


def _compare_pixels(
    pdf: _File, expected_pdf: bytes, group: list[PdfPage], regions: list[Region]
) -> Difference | str:
    if not pdftoppm_available():
        return "not compared: pdftoppm (poppler-utils) is not installed here"
    first, last = group[0].number, group[-1].number
    try:
        ours = render_pdf(expected_pdf, 1, len(group), PIXEL_DPI)
        theirs = render_pdf(pdf.data, first, last, PIXEL_DPI)
    except (UnreadablePdf, OSError) as exc:
        return Difference(first, "pixels", "", f"the page cannot be rendered ({exc})")
    if len(ours) != len(theirs):
        return Difference(first, "pixels", "", "the pages render differently")
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        found = compare_pixels(a, b, regions, index + 1, first + index, PIXEL_DPI)
        if found is not None:
            return found
    return f"identical at {PIXEL_DPI} dpi"


def _signature_check(rebuilt: Rebuilt) -> Check:
    if rebuilt.signature is SignatureSource.RECORD:
        return Check("signature_image", True, "the record's own signature image")
    if rebuilt.signature is SignatureSource.NONE:
        return Check("signature_image", True, "this record has no signature (a void)")
    return Check("signature_image", True, f"not checked: {rebuilt.signature_note}")


def _origin_hint(producer: str, keywords: str) -> str:
    if not producer or producer.startswith("Pakta Station"):
        if keywords and f"layout {RECEIPT_LAYOUT_VERSION}" not in keywords:
            return (
                " — the receipt was made by another version of Pakta Station (another receipt "
                "layout); its QR can still be verified with --qr"
            )
        return ""
    return (
        f" — the file was written by {producer}, not by Pakta Station: a receipt printed to "
        "PDF or saved again by another program cannot be compared as a page; verify its QR "
        "with --qr"
    )

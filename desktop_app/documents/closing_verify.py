"""`pakta verify` on a berita acara penutupan: both seals, their link, the words, the signature.

A berita acara is recognised by its seals (records of kind ``closing``), not by anything a
tamperer could rename. It is valid when: the file carries the desk's intact PDF signature
over the whole file; it holds exactly two closing seals that verify (trusted station key,
the same record as this store's when it has it); the witness's record refers to the PPK's and
both carry the same statement, whose hash they seal; and the page's words are exactly the words
re-drawn from the two seals alone (closing_minutes). A changed count, name or hash on the page,
or any changed byte of the file, makes it not valid.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.closing_minutes import (
    CLOSING_LAYOUTS,
    ClosingMinutes,
    ClosingSignerBlock,
    build_closing_minutes,
    closing_layout_named,
)
from desktop_app.documents.page_compare import compare_drawing
from desktop_app.documents.page_content import PageDrawing, page_drawing
from desktop_app.documents.receipt_page import ReceiptFile
from desktop_app.documents.seal_check import check_seal
from desktop_app.documents.verdicts import Check, PageProblem, Verdict, squash
from desktop_app.domain.closing import CLOSING_KIND, ClosingStatement
from desktop_app.domain.errors import SignatureDeleted
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.queries import SIGNING_KINDS
from desktop_app.storage.store import Store
from pakta_common.integrity.receipt_link import LinkError, seal_from_link, seal_text_of
from pakta_common.integrity.record_hash import GENESIS_HASH
from pakta_common.integrity.seal import SEAL_PREFIX, Problem, Seal, SealError, read_seal


def closing_seal(code: str) -> Seal | None:
    """The seal in a QR text when it is a closing record's (None: anything else)."""
    text = seal_text_of(code)
    if text is None:
        return None
    try:
        seal = read_seal(text if text.startswith(SEAL_PREFIX) else seal_from_link(text))
    except (SealError, LinkError):
        return None
    return seal if seal.fields.get("kind") == CLOSING_KIND else None


def _page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() or "" for page in reader.pages)


def verify_closing_pdf(
    store: Store,
    pdf: ReceiptFile,
    codes: list[str],
    pdf_signature: Check | None,
    signed_by: str = "",
) -> Verdict:
    """One verdict for the whole berita acara (``codes``: the seals found, in page order;
    ``signed_by``: the station id the PDF signature's desk certificate names)."""
    pages, structure = pdf.pages, pdf.structure
    checks: list[Check] = []
    seals: list[Seal] = []

    def refuse(problem: Problem | PageProblem, name: str, reason: str) -> Verdict:
        checks.append(Check(name, False, reason))
        first = seals[0] if seals else None
        return Verdict(
            False,
            reason,
            problem,
            first.record_id if first else "",
            first.identifier if first else "",
            first.signed_at if first else "",
            pages[-1].number if pages else None,
            tuple(checks),
        )

    if structure:
        listed = "; ".join(structure[:4])
        return refuse(PageProblem.STRUCTURE, "pdf_structure", f"altered file: {listed}")
    checks.append(Check("pdf_structure", True, "one revision; no annotations, forms or scripts"))
    if pdf_signature is None:
        return refuse(
            PageProblem.STRUCTURE,
            "pdf_signature",
            "a berita acara is always signed by its desk; this file carries no PDF signature",
        )
    checks.append(pdf_signature)
    if len(codes) != 2:
        return refuse(
            PageProblem.ALTERED_PAGE,
            "seals",
            f"a berita acara carries two closing seals (PPK and witness); found {len(codes)}",
        )
    if any(closing_seal(code) is None for code in codes):
        return refuse(
            PageProblem.ALTERED_PAGE, "seals", "a berita acara carries only closing seals"
        )
    with store.read() as session:
        for code in codes:
            result = check_seal(store, session, code)
            if result.failure is not None or result.seal is None:
                assert result.failure is not None
                checks.extend(result.failure.checks)
                return replace(result.failure, checks=tuple(checks))
            seals.append(result.seal)
            checks.extend(result.checks)
    ppk, witness = seals
    if witness.fields.get("refers_to") != ppk.record_id or ppk.fields.get("refers_to"):
        ppk, witness = witness, ppk  # the order on the page is the layout's, not the proof
    if witness.fields.get("refers_to") != ppk.record_id or ppk.fields.get("refers_to"):
        return refuse(
            Problem.ALTERED_RECORD,
            "closing_link",
            "the two seals are not one closing: the witness's record does not refer to the PPK's",
        )
    statement_text = str(ppk.fields.get("reason", ""))
    try:
        statement = ClosingStatement.from_canonical(statement_text)
    except ValueError as exc:
        return refuse(Problem.ALTERED_RECORD, "statement", f"the sealed statement: {exc}")
    if witness.fields.get("reason") != statement_text or {
        ppk.fields.get("text_sha256"),
        witness.fields.get("text_sha256"),
    } != {statement.sha256}:
        return refuse(
            Problem.ALTERED_RECORD,
            "statement",
            "the PPK and the witness did not sign the same statement",
        )
    misfit = statement_misfit(statement, ppk.fields)
    if misfit is not None:
        return refuse(Problem.ALTERED_RECORD, "statement", misfit)
    checks.append(
        Check(
            "closing_link",
            True,
            "the witness's record refers to the PPK's; same statement; its chain head is the "
            "record just before the PPK's",
        )
    )
    layout = closing_layout_named(pdf.keywords)
    if layout not in CLOSING_LAYOUTS:
        return refuse(
            PageProblem.ALTERED_PAGE,
            "layout",
            f"the file names berita acara layout {layout}, which this version of Pakta Station "
            "does not know: verify it with the version that made it, or a newer one",
        )
    with store.read() as session:
        images = _held_images(store, session, (ppk, witness))
        recount = _own_count_misfit(store, session, statement, ppk)
    if recount is not None:
        return refuse(Problem.ALTERED_RECORD, "desk_count", recount)
    rebuilt = build_closing_minutes(
        ClosingMinutes(
            statement,
            _block(ppk, codes, images.get(ppk.record_id, b"")),
            _block(witness, codes, images.get(witness.record_id, b"")),
            layout,
        )
    )
    if squash(_page_text(rebuilt)) != squash("".join(p.text for p in pages)):
        return refuse(
            PageProblem.ALTERED_PAGE,
            "page_text",
            "altered text: the words on the page differ from the sealed statement and signers",
        )
    checks.append(Check("page_text", True, "the page says exactly what the two seals carry"))
    whole = len(images) == 2
    difference = _drawing_difference(rebuilt, pdf, whole)
    if difference is not None:
        return refuse(PageProblem.ALTERED_PAGE, "page_content", f"altered page: {difference}")
    checks.append(
        Check(
            "page_content",
            True,
            "every word, line and image is where the desk drew it"
            if whole
            else "every word and line is where the desk drew it; the signature images were not "
            "checked (this store does not hold them: verify at the closing desk for that)",
        )
    )
    desk = signed_by
    sealed_by = str(ppk.fields.get("station_id", ""))
    if desk != sealed_by:
        return refuse(
            PageProblem.STRUCTURE,
            "pdf_signer",
            f"the PDF is signed with the certificate of another desk ({desk or 'naming none'}), "
            f"not of the desk that sealed the closing ({sealed_by})",
        )
    checks.append(
        Check("pdf_signer", True, "the PDF is signed by the desk that sealed the closing")
    )
    names = f"{ppk.fields.get('name')} (PPK) and {witness.fields.get('name')} (witness)"
    return Verdict(
        True,
        f"authentic: berita acara penutupan of {statement.title}, signed by {names}",
        None,
        witness.record_id,
        ppk.identifier,
        witness.signed_at,
        pages[-1].number if pages else None,
        tuple(checks),
    )


def statement_misfit(statement: ClosingStatement, ppk: Mapping[str, Any]) -> str | None:
    """Why the statement does not belong where the PPK's record stands (None: it does): the
    statement names its ceremony and desk, and the chain head it states is the record right
    before the PPK's, so the counts cannot be re-signed later at another place in the chain."""
    if statement.ceremony_id != ppk.get("ceremony_id"):
        return "the statement names another ceremony than its records"
    if statement.station_id != ppk.get("station_id"):
        return "the statement names another desk than the one that sealed it"
    seq, prev = ppk.get("station_seq"), ppk.get("prev_hash")
    head = statement.head
    expected = (1, GENESIS_HASH) if head is None else (head.seq + 1, head.hash)
    if (seq, prev) != expected:
        return "the statement's chain head is not the record just before the PPK's"
    return None


def _block(seal: Seal, codes: list[str], image: bytes) -> ClosingSignerBlock:
    fields = dict(seal.fields, record_hash=seal.record_hash())
    code = next(
        c for c in codes if (found := closing_seal(c)) and found.record_id == seal.record_id
    )
    return ClosingSignerBlock(fields, image, code)


def _held_images(store: Store, session: Session, seals: tuple[Seal, ...]) -> dict[str, bytes]:
    """The signers' signature images when this store holds their records (the closing desk,
    or a copy of its data), each only if the stored record is the sealed one."""
    images: dict[str, bytes] = {}
    for seal in seals:
        row = session.get(SignedPledge, seal.record_id)
        if row is None or row.record_hash != seal.record_hash():
            continue
        try:
            images[seal.record_id] = store.blobs.open(row.ceremony_id, row.id, row.image_blob)
        except (SignatureDeleted, OSError):
            continue
    return images


def _own_count_misfit(
    store: Store, session: Session, statement: ClosingStatement, ppk: Seal
) -> str | None:
    """At the closing desk (its store holds the chain): the desk's own count in the statement
    must be what its chain holds before the PPK's record, the people with a standing signing
    made there. A statement written with other figures (by anyone holding the desk's key) is
    caught here; elsewhere the chain is not at hand and the count stands as sealed."""
    if store.station_id != statement.station_id:
        return None
    rows = session.execute(
        select(
            SignedPledge.id, SignedPledge.kind, SignedPledge.refers_to, SignedPledge.identifier
        ).where(
            SignedPledge.ceremony_id == statement.ceremony_id,
            SignedPledge.station_id == statement.station_id,
            SignedPledge.station_seq < int(ppk.fields.get("station_seq", 0)),
        )
    ).all()
    voided = {refers_to for _, kind, refers_to, _ in rows if kind == "void" and refers_to}
    people = {ident for rid, kind, _, ident in rows if kind in SIGNING_KINDS and rid not in voided}
    stated = next((d.signed for d in statement.desks if d.station_id == statement.station_id), 0)
    if stated != len(people):
        return (
            f"the statement says {stated} signed at this desk; its chain before the closing "
            f"holds {len(people)}"
        )
    return None


def _drawing_difference(rebuilt: bytes, pdf: ReceiptFile, whole: bool) -> str | None:
    """What differs between the page as the desk draws it and the file's (None: nothing). A
    white box and strokes over a count, a moved word, an added line: all differ. Without the
    signature images (``whole`` False) images and graphics state are left out of both sides,
    every word, line and colour is still compared."""
    reader = PdfReader(io.BytesIO(rebuilt))
    if len(reader.pages) != len(pdf.pages):
        return f"the berita acara has {len(reader.pages)} page(s), the file {len(pdf.pages)}"
    for index, page in enumerate(pdf.pages):
        expected, actual = page_drawing(reader, index), pdf.drawing(page.number)
        if not whole:
            expected, actual = _no_images(expected), _no_images(actual)
        found = compare_drawing(expected, actual, [], index + 1)
        if found is not None:
            return found.reason()
    return None


def _no_images(drawing: PageDrawing) -> PageDrawing:
    kept = [op for op in drawing.ops if op.kind not in ("image", "state")]
    return replace(drawing, ops=kept)

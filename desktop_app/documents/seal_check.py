"""The seal of a receipt or a berita acara: does its signature verify with a trusted station
key, and is it the same record as this store's? (receipt_verify and closing_verify)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop_app.documents.verdicts import Check, Verdict
from desktop_app.storage.models import SignedPledge, TrustedKey
from desktop_app.storage.store import Store
from pakta_common.integrity.receipt_link import LinkError, seal_from_link
from pakta_common.integrity.seal import SEAL_PREFIX, Problem, Seal, SealError, read_seal


# -- the seal ----------------------------------------------------------------------------
@dataclass
class SealResult:
    seal: Seal | None
    checks: list[Check]
    failure: Verdict | None  # set when the seal or its record fails
    owner: str = ""


def check_seal(store: Store, session: Session, qr_text: str) -> SealResult:
    """``qr_text``: what the receipt's QR holds, the seal (PKS1:) or a receipt link."""
    try:
        text = qr_text.strip()
        seal = read_seal(text if text.startswith(SEAL_PREFIX) else seal_from_link(text))
    except (SealError, LinkError) as exc:
        check = Check("seal", False, str(exc))
        return SealResult(None, [check], Verdict(False, str(exc), Problem.DAMAGED, checks=(check,)))
    checks: list[Check] = []

    def bad(problem: Problem, name: str, reason: str) -> SealResult:
        checks.append(Check(name, False, reason))
        verdict = Verdict(False, reason, problem, seal.record_id, seal.identifier, seal.signed_at)
        return SealResult(seal, checks, replace(verdict, checks=tuple(checks)))

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
    return SealResult(seal, checks, None, owner)

"""The closing statement of a ceremony (berita acara penutupan): what the PPK and a witness sign.

The statement is sealed inside the desk's own chain as two records of kind ``closing``: the
PPK's (``refers_to`` None) and the witness's (``refers_to`` the PPK's record). Each carries the
statement's canonical JSON in ``reason`` and its SHA-256 in ``text_sha256``, so the record hash,
the chain, the station signature, the receipt seal and the server's anchors cover it exactly as
they cover a pledge. Pure: no store, no Qt.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

CLOSING_KIND = "closing"
STATEMENT_VERSION = 1
MAX_SIGNER_TEXT = 200


class ClosingRole(StrEnum):
    PPK = "ppk"  # Pejabat Pembina Kepegawaian (or the official who closes): signs first
    WITNESS = "witness"  # e.g. Bawaslu: signs second, its record refers to the PPK's


@dataclass(frozen=True)
class DeskCount:
    station_id: str
    name: str
    signed: int  # distinct people with a standing signing at that desk


@dataclass(frozen=True)
class ChainPoint:
    seq: int
    hash: str
    at: str = ""  # anchors only: when the server signed it
    server_key_id: str = ""


@dataclass(frozen=True)
class ClosingStatement:
    """Counts are over every record this desk knows (its own and other desks' as last pulled).

    ``signed``: distinct people with a standing signing; ``resigned``: standing re-sign
    records; ``voided``: void records; ``duplicates``: people with standing signings at more
    than one desk (both kept, flagged). ``head`` is this desk's chain head before the closing
    records; ``anchor`` the last head the server signed (None: never synced)."""

    ceremony_id: str
    title: str
    date: str
    venue: str
    organizer: str
    timezone: str
    expected: int
    signed: int
    resigned: int
    voided: int
    duplicates: int
    desks: tuple[DeskCount, ...]
    station_id: str
    station_name: str
    head: ChainPoint | None
    anchor: ChainPoint | None
    version: int = field(default=STATEMENT_VERSION)

    @property
    def absent(self) -> int:
        return max(0, self.expected - self.signed)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def canonical(self) -> str:
        return json.dumps(self.as_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()

    @classmethod
    def from_canonical(cls, text: str) -> ClosingStatement:
        """The statement a closing record carries; ValueError when it is not one."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("version") != STATEMENT_VERSION:
                raise ValueError("not a closing statement of a known version")
            data["desks"] = tuple(DeskCount(**d) for d in data["desks"])
            for name in ("head", "anchor"):
                data[name] = ChainPoint(**data[name]) if data[name] is not None else None
            statement = cls(**data)
        except (TypeError, KeyError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a closing statement ({exc})") from None
        if statement.canonical() != text:
            raise ValueError("the closing statement is not in its canonical form")
        return statement


@dataclass(frozen=True)
class ClosingSigner:
    """Who signs, as the attendant typed it (the PPK: name, NIP, position; the witness: name,
    institution and optionally an id)."""

    name: str
    identifier: str = ""  # NIP or another id; may be empty
    position: str = ""
    institution: str = ""

    def problems(self, role: ClosingRole) -> list[str]:
        """What is missing or too long (English; the desk shows its own translated words)."""
        found: list[str] = []
        if not self.name.strip():
            found.append(f"the {role.value}'s name is missing")
        if role is ClosingRole.PPK and not self.position.strip():
            found.append("the PPK's position is missing")
        if role is ClosingRole.WITNESS and not self.institution.strip():
            found.append("the witness's institution is missing")
        for text in (self.name, self.identifier, self.position, self.institution):
            if len(text) > MAX_SIGNER_TEXT:
                found.append(f"a field is longer than {MAX_SIGNER_TEXT} characters")
                break
        if len(self.identifier.strip()) > 40:
            found.append("the NIP / id is longer than 40 characters")
        return found

"""What `pakta verify` answers: a verdict (valid or not, why, whose record) and its checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pakta_common.integrity.seal import Problem

_WS = re.compile(r"[\s\u00ad]+")


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

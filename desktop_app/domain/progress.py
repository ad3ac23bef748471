"""A ceremony's progress as values: expected vs signed vs absent, per unit kerja (counted by
services.progress, drawn by documents)."""

from __future__ import annotations

from dataclasses import dataclass, field

NO_UNIT = "(tanpa unit kerja)"


@dataclass(frozen=True)
class UnitProgress:
    unit: str
    expected: int
    signed: int

    @property
    def absent(self) -> int:
        return self.expected - self.signed

    def as_json(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "expected": self.expected,
            "signed": self.signed,
            "absent": self.absent,
        }


@dataclass(frozen=True)
class Progress:
    ceremony_id: str
    title: str
    units: list[UnitProgress] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(u.expected for u in self.units)

    @property
    def signed(self) -> int:
        return sum(u.signed for u in self.units)

    @property
    def absent(self) -> int:
        return self.expected - self.signed

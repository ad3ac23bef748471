"""Tells a keyboard-wedge scanner's burst of keys from a person typing, from key timings alone.

Every printable key is *held* (not given to the focused field) until it is clear what it
is. A burst ends at a terminator (CR, LF, Tab) or when the keys stop coming; it is a scan
when it has at least ``min_length`` characters at an average gap of at most
``max_average_gap_ms`` and no single gap above ``max_gap_ms``. Anything else is released,
in order, to the field it was meant for: as soon as the held keys can no longer become a
scan (too slow so far, or too few and ``early_release_ms`` of quiet), so a person's key is
delayed by about ``early_release_ms``, and a scan never reaches a text field.

Protocol for the ui filter: hold *every* key press it passes to :meth:`ScanDetector.key`
(terminators too), then act on the decisions in order: ``Release(n)`` gives the n oldest
held keys to the field, ``Scan(keys=n)`` discards them. Call :meth:`ScanDetector.tick` from
a timer while :attr:`ScanDetector.holding` is true.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

TERMINATORS = frozenset({"\r", "\n", "\t"})


@dataclass(frozen=True, slots=True)
class ScanRules:
    min_length: int = 6
    max_average_gap_ms: float = 30.0
    max_gap_ms: int = 100  # a longer pause ends a burst (the "silence" end of a scan)
    early_release_ms: int = 50  # quiet after which a short or slow burst is a person


@dataclass(frozen=True, slots=True)
class Release:
    """Give the ``count`` oldest held keys to the focused field, in order: a person typed them."""

    count: int
    text: str


@dataclass(frozen=True, slots=True)
class Scan:
    """The held keys were a scan: consume them (and the terminator, if any)."""

    text: str
    t_ms: int
    keys: int  # held keys consumed, terminator included
    average_gap_ms: float
    terminated: bool


Decision = Release | Scan


class ScanDetector:
    def __init__(self, rules: ScanRules | None = None) -> None:
        self.rules = rules or ScanRules()
        self._chars: list[str] = []
        self._times: list[int] = []

    @property
    def holding(self) -> bool:
        return bool(self._chars)

    def key(self, text: str, t_ms: int) -> list[Decision]:
        """One key press with its text (one character, or "\\r" for Enter) and time in ms."""
        out: list[Decision] = []
        if self._chars and t_ms - self._times[-1] > self.rules.max_gap_ms:
            out.extend(self._close(terminated=False))
        if text in TERMINATORS:
            if self._chars and self._is_scan(t_ms):
                out.append(self._scan(t_ms, terminated=True))
            else:
                self._chars.append(text)  # a person's Enter/Tab: goes to the field as usual
                self._times.append(t_ms)
                out.append(self._release_all())
            return out
        self._chars.append(text)
        self._times.append(t_ms)
        if not self._may_become_scan():
            out.append(self._release_all())
        return out

    def tick(self, now_ms: int) -> list[Decision]:
        """Time passes without keys: decide what the held keys were, when it is clear."""
        if not self._chars:
            return []
        quiet = now_ms - self._times[-1]
        if quiet > self.rules.max_gap_ms:
            return self._close(terminated=False)
        if quiet > self.rules.early_release_ms and len(self._chars) < self.rules.min_length:
            return [self._release_all()]  # a scanner would have sent its next key by now
        return []

    def flush(self) -> list[Decision]:
        """A non-text key (arrow, Backspace, shortcut) came: settle what is held first."""
        return self._close(terminated=False) if self._chars else []

    # -- decisions ---------------------------------------------------------------------------
    def _gaps(self, end_ms: int | None) -> list[int]:
        times = self._times + ([end_ms] if end_ms is not None else [])
        return [b - a for a, b in itertools.pairwise(times)]

    def _may_become_scan(self) -> bool:
        """Held keys are still fast enough to be the start of a scan."""
        gaps = self._gaps(None)
        if not gaps:
            return True
        return sum(gaps) / len(gaps) <= self.rules.max_average_gap_ms

    def _is_scan(self, terminator_ms: int | None) -> bool:
        rules = self.rules
        if len(self._chars) < rules.min_length:
            return False
        if len(set(self._chars)) == 1:
            return False  # one key held down: auto-repeat, not a badge
        gaps = self._gaps(terminator_ms)
        if not gaps or max(gaps) > rules.max_gap_ms:
            return False
        return sum(gaps) / len(gaps) <= rules.max_average_gap_ms

    def _close(self, *, terminated: bool) -> list[Decision]:
        if self._is_scan(None):
            return [self._scan(self._times[-1], terminated=terminated)]
        return [self._release_all()]

    def _scan(self, t_ms: int, *, terminated: bool) -> Scan:
        gaps = self._gaps(t_ms if terminated else None)
        scan = Scan(
            text="".join(self._chars),
            t_ms=t_ms,
            keys=len(self._chars) + (1 if terminated else 0),
            average_gap_ms=sum(gaps) / len(gaps) if gaps else 0.0,
            terminated=terminated,
        )
        self._chars, self._times = [], []
        return scan

    def _release_all(self) -> Release:
        release = Release(len(self._chars), "".join(self._chars))
        self._chars, self._times = [], []
        return release

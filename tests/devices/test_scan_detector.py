"""Keyboard-wedge detector on recorded key timings: scanners vs people, nothing leaks."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.scan_detector import Release, Scan, ScanDetector

# Timings recorded from a USB HID scanner (8 ms polling: gaps cluster at 0, 8, 16 ms) and
# from people typing into the NIP field (ms between key presses).
SCANNER_GAPS = [8, 0, 8, 8, 16, 0, 8, 8, 8, 0, 16, 8, 8, 8, 0, 8, 8, 8, 8]
HUMAN_GAPS = [182, 141, 96, 230, 118, 160, 87, 205, 134, 99, 176, 121, 143, 260, 110, 95, 150]
FAST_TYPIST_GAPS = [62, 48, 71, 39, 55, 83, 44, 66, 58, 91, 47, 52, 69, 41, 77, 56, 63]


def simulate(keys: list[tuple[str, int]], tail_ms: int = 300) -> tuple[str, list[Scan]]:
    """Drive the detector as the ui filter does; returns (what the field got, scans)."""
    detector = ScanDetector()
    held: list[str] = []
    field: list[str] = []
    scans: list[Scan] = []

    def apply(decisions: list[Release | Scan]) -> None:
        for d in decisions:
            if isinstance(d, Release):
                field.extend(held[: d.count])
                del held[: d.count]
            else:
                del held[: d.keys]
                scans.append(d)

    now = keys[0][1] if keys else 0
    for text, t in keys:
        while now + 10 < t:  # the ui timer ticks every 10 ms while keys are held
            now += 10
            apply(detector.tick(now))
        now = t
        held.append(text)
        apply(detector.key(text, t))
    for _ in range(tail_ms // 10):
        now += 10
        apply(detector.tick(now))
    assert not held, "every held key is released or consumed"
    return "".join(field), scans


def timed(text: str, gaps: list[int], start: int = 1000) -> list[tuple[str, int]]:
    out, t = [], start
    for i, c in enumerate(text):
        out.append((c, t))
        t += gaps[i % len(gaps)]
    return out


NIP = "199001012015031001"


def test_scanner_with_enter() -> None:
    field, scans = simulate(timed(NIP + "\r", SCANNER_GAPS))
    assert field == "" and [s.text for s in scans] == [NIP]
    assert scans[0].terminated and scans[0].average_gap_ms <= 30  # noqa: timing (injected gaps)


def test_scanner_with_tab_and_without_terminator() -> None:
    field, scans = simulate(timed(NIP + "\t", SCANNER_GAPS))
    assert field == "" and scans[0].text == NIP
    field, scans = simulate(timed("PKT1.ABC.12345678", SCANNER_GAPS))
    assert field == "" and scans[0].text == "PKT1.ABC.12345678" and not scans[0].terminated


def test_people_typing_reach_the_field_unchanged() -> None:
    for gaps in (HUMAN_GAPS, FAST_TYPIST_GAPS):
        field, scans = simulate(timed("Siti Rahmawati\r", gaps))
        assert scans == [] and field == "Siti Rahmawati\r"
        field, scans = simulate(timed(NIP, gaps))
        assert scans == [] and field == NIP


def test_held_key_autorepeat_is_not_a_scan() -> None:
    field, scans = simulate(timed("a" * 20, [25]))
    assert scans == [] and field == "a" * 20


def test_short_fast_burst_is_typing() -> None:
    field, scans = simulate(timed("ok\r", [5]))
    assert scans == [] and field == "ok\r"


def test_typing_then_scan_then_typing() -> None:
    keys = timed("Budi", HUMAN_GAPS, 0) + timed(NIP + "\r", SCANNER_GAPS, 2000)
    keys += timed(" ok", HUMAN_GAPS, 4000)
    field, scans = simulate(keys)
    assert field == "Budi ok" and [s.text for s in scans] == [NIP]


def test_person_key_delay_is_short() -> None:
    detector = ScanDetector()
    assert detector.key("a", 0) == []
    assert detector.tick(40) == []
    assert detector.tick(60) == [Release(1, "a")]


@given(st.lists(st.tuples(st.sampled_from("ab1\r\t "), st.integers(0, 400)), max_size=60))
def test_keys_are_conserved(keys: list[tuple[str, int]]) -> None:
    t = 0
    timeline = []
    for text, gap in keys:
        t += gap
        timeline.append((text, t))
    field, scans = simulate(timeline)
    consumed = sum(s.keys for s in scans)
    assert len(field) + consumed == len(timeline)


def test_random_human_typing_never_scans() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 ") for _ in range(20))
        gaps = [max(35, int(rng.gauss(140, 50))) for _ in range(20)]
        assert simulate(timed(text, gaps))[1] == []

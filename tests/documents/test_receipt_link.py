"""The receipt link: the same seal in a URL a phone opens, small enough for an 80 mm roll, read
back offline by `pakta verify`; bad links are refused with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.documents.images import qr_modules
from desktop_app.documents.receipt import LAYOUTS
from desktop_app.documents.receipt_verify import verify_seal_text
from desktop_app.storage.store import Store
from pakta_common.integrity.receipt_link import (
    LinkError,
    b41decode,
    b41encode,
    code_of_link,
    link_for_seal,
    normalise_base,
    seal_from_link,
    seal_text_of,
)
from pakta_common.integrity.seal import Problem

VECTORS = json.loads((Path(__file__).parents[1] / "golden" / "vectors.json").read_text("utf-8"))
BASE = "https://pakta.bkpsdm.malangkota.go.id"


@pytest.mark.parametrize("data", [b"", b"\x00", b"\xff\xff", bytes(range(256)), b"\xff" * 7])
def test_base41_round_trip(data: bytes) -> None:
    assert b41decode(b41encode(data)) == data


def test_link_carries_the_seal_exactly() -> None:
    for seal in VECTORS["seals"]:
        link = link_for_seal(BASE, seal["text"])
        assert link.startswith("HTTPS://PAKTA.BKPSDM.MALANGKOTA.GO.ID/V/")
        assert seal_from_link(link) == seal["text"]
        assert (
            seal_from_link(link.replace("/V/", "/v/").replace("HTTPS://", "https://"))
            == seal["text"]
        )
        assert seal_text_of(link) == seal_text_of(seal["text"]) == seal["text"]


def test_link_fits_an_80mm_roll() -> None:
    """The QR version of the link (measured) is at most one above the bare seal's, and its
    modules stay at least 0.5 mm wide in the roll layout's QR box (56 mm, quiet zone incl.)."""
    roll = LAYOUTS["roll80"]
    for seal in VECTORS["seals"]:
        link = link_for_seal(BASE, seal["text"])
        size_link = len(qr_modules(link))
        size_seal = len(qr_modules(seal["text"]))
        version = (size_link - 17) // 4
        assert version <= (size_seal - 17) // 4 + 1, (version, size_seal)
        module_mm = (roll.qr_size / 2.834645669) / (size_link + 8)
        assert module_mm >= 0.5, (version, module_mm)
        print(f"format {seal['record_format']}: QR version {version}, {module_mm:.2f} mm/module")


@pytest.mark.parametrize(
    "text",
    [
        "ftp://x/V/ABC",
        "https:///V/ABC",
        "https://host/W/ABC",
        "https://host/V/",
        "https://host/V/abc%20",
        "https://host/V/" + "A" * 5000,
        "https://host/V/A",  # dangling character
        "https://host/V/...",  # group out of range
    ],
)
def test_bad_links_are_refused(text: str) -> None:
    with pytest.raises(LinkError):
        seal_from_link(text)
    assert seal_text_of(text) is None


@pytest.mark.parametrize(
    "base", ["ftp://host", "https://user@host", "https://host/?q=1", "not a url", ""]
)
def test_bad_bases_are_refused(base: str) -> None:
    with pytest.raises(LinkError):
        normalise_base(base)


def test_code_is_the_last_segment_under_a_prefix() -> None:
    assert code_of_link("https://host/pakta/V/ABC") == "ABC"


def test_verify_reads_the_link_form_offline(tmp_path: Path) -> None:
    """A link whose seal this store cannot check (another station's key) still reads as a
    seal: the verdict is about the seal (unknown key), not 'not a receipt'."""
    link = link_for_seal(BASE, VECTORS["seals"][1]["text"])
    with Store.open(tmp_path / "desk") as store:
        verdict = verify_seal_text(store, link)
        damaged = verify_seal_text(store, link[:-3])
    assert not verdict.valid and verdict.problem is Problem.UNKNOWN_KEY
    assert not damaged.valid and damaged.problem is Problem.DAMAGED

"""The big screen at projector sizes, Indonesian and English: huge type, nothing cut off."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.demo.roster import iter_roster
from pakta_common.venue_wire import Board, DeskTotal, UnitTotal
from tests.conftest import REPO_ROOT
from ui.app import load_style
from ui.i18n import set_language
from ui.venue.screen import BigScreen

SHOTS = REPO_ROOT / "docs" / "screenshots"
SCRATCH = Path(tempfile.mkdtemp(prefix="pakta-venue-shots-"))
UPDATE = os.environ.get("PAKTA_UPDATE_SCREENSHOTS") == "1"
PLEDGE = (
    "Kami Aparatur Sipil Negara Pemerintah Kota Malang berikrar: 1. Menjaga netralitas ASN "
    "sebelum, selama, dan sesudah pemilihan; 2. Menghindari konflik kepentingan, tidak "
    "mengintimidasi siapa pun dan tidak berpihak kepada peserta pemilihan; 3. Menggunakan "
    "media sosial secara bijak, tanpa ujaran kebencian dan berita bohong; 4. Menolak politik "
    "uang dan segala bentuk pemberian. Kami siap menerima sanksi sesuai peraturan."
)


def demo_board() -> Board:
    units: dict[str, int] = {}
    for e in iter_roster(642, honorary_every=97):
        units[e.unit] = units.get(e.unit, 0) + 1
    signed = {u: int(n * (0.35 + 0.6 * (i % 5) / 4)) for i, (u, n) in enumerate(units.items())}
    return Board(
        ceremony_id="c",
        title="Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN Kota Malang",
        venue="Gedung Malang Islamic Center",
        date="2024-08-26",
        pledge_title="Pakta Integritas Netralitas ASN",
        pledge_version=3,
        pledge_sha256="9f2c" + "ab" * 30,
        pledge_text=PLEDGE,
        expected=642,
        signed_total=sum(signed.values()),
        duplicates=1,
        desks=[
            DeskTotal(
                station_id=str(i), name=f"Meja {i}", signed=90 + i, online=True, last_seen_at=""
            )
            for i in range(1, 5)
        ],
        units=[UnitTotal(unit=u, expected=n, signed=signed[u]) for u, n in units.items()],
        per_minute=7.4,
        eta_minutes=31.0,
        generated_at="2024-08-26T08:14:05.000Z",
    )


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_big_screen_is_legible_from_the_back_of_the_hall(
    qtbot: QtBot, size: tuple[int, int], lang: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, lang)
    load_style(app)  # opened from the desk: the desk's style sheet is the application's
    screen = BigScreen()
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_board(demo_board())
    for page, name in ((False, "ikrar"), (True, "progress")):
        screen.show_progress(page)
        QApplication.processEvents()
        fresh = SCRATCH / f"venue-screen-{name}-{size[0]}x{size[1]}-{lang}.png"
        shot = screen.grab()
        assert shot.save(str(fresh), "PNG")
        count = screen.progress.count
        corner = count.mapTo(screen, count.rect().topLeft())  # under the desk's sheet: white
        assert QColor(shot.toImage().pixel(corner.x() + 1, corner.y() + 1)).lightness() < 60
        target = SHOTS / fresh.name
        if UPDATE or not target.exists():
            shutil.copyfile(fresh, target)
        for label in screen.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap() and label.text():
                assert label.sizeHint().width() <= label.width() + 2, label.text()
    # The count is the figure read from the back row: at least 1/6 of the screen high.
    assert screen.progress.count.font().pixelSize() >= size[1] // 6
    assert screen.ikrar.text.font().pixelSize() >= size[1] // 30
    assert "642" in screen.progress.of.text()
    set_language(app, "id")

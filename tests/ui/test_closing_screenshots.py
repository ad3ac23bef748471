"""Screenshots of the closing (Indonesian and English): the PIN, the PPK signing on the pad,
the witness signing on the screen, done, the closed desk on both screens, and the berita
acara's page rendered to PNG. Rewritten in docs/screenshots/ like test_screenshots' (missing,
or PAKTA_UPDATE_SCREENSHOTS=1); every run checks that no button text is cut off."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.desk.closing_desk import ClosingStep
from desktop_app.desk.flow import DeskState
from desktop_app.desk.station import DeskStation
from desktop_app.documents.pdf_reading import pdftoppm_available, render_pdf
from desktop_app.services.station_settings import load_settings, save_settings, with_changes
from tests.ui.conftest import (
    FakeClock,
    click,
    roster,
    scan,
    sign_in_store,
    start_desk,
    wait_state,
)
from tests.ui.test_closing import _open, _pad_sign, _step
from tests.ui.test_screenshots import (
    SCRATCH,
    SHOTS,
    UPDATE,
    _attendee_screen,
    _clipped_buttons,
    _save,
)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_closing_screenshots(
    qtbot: QtBot, station: DeskStation, clock: FakeClock, lang: str
) -> None:
    store = station.store
    save_settings(store, with_changes(load_settings(store), language=lang))
    desk = start_desk(qtbot, station, clock, language=lang)
    clipped: dict[str, list[str]] = {}
    try:
        for identifier in roster(desk, 3):  # a few signed, so the statement has figures
            sign_in_store(qtbot, desk, identifier)
        dialog = _open(qtbot, desk, pin="")
        dialog.pin.setText("1234")
        clipped["pin"] = _clipped_buttons(dialog)
        _save(dialog, f"closing-1-pin-{lang}")
        click(qtbot, dialog.begin_button)
        qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.PPK, timeout=5000)
        dialog.name.setText("Drs. H. Wahyu Hidayat, M.M.")
        dialog.identifier.setText("196805121990031005")
        dialog.third.setText("Sekretaris Daerah Kota Malang")
        assert desk.station.rig is not None
        desk.station.rig.tick_consent()
        qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=5000)
        _pad_sign(qtbot, desk)
        qtbot.wait(60)
        clipped["ppk"] = _clipped_buttons(dialog)
        _save(dialog, f"closing-2-ppk-{lang}")
        click(qtbot, dialog.sign_button)
        qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.WITNESS, timeout=5000)
        dialog.name.setText("Rina Kartika")
        dialog.third.setText("Bawaslu Kota Malang")
        click(qtbot, dialog.consent)  # the witness presses the consent button
        _pad_sign(qtbot, desk)  # and signs on the pad (it works: no on-screen pen)
        qtbot.wait(60)
        clipped["witness"] = _clipped_buttons(dialog)
        _save(dialog, f"closing-3-witness-{lang}")
        click(qtbot, dialog.sign_button)
        qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.DONE, timeout=20000)
        clipped["done"] = _clipped_buttons(dialog)
        _save(dialog, f"closing-4-done-{lang}")
        size = dialog.size()
        assert size.width() <= 1340 and size.height() <= 740
        document = dialog.view.document if dialog.view is not None else ""
        click(qtbot, dialog.cancel_button)

        screen = _attendee_screen(qtbot, desk)
        scan(qtbot, desk)
        wait_state(qtbot, desk, DeskState.NOT_FOUND)
        qtbot.wait(60)
        clipped["closed"] = _clipped_buttons(desk.window)
        _save(desk.window, f"closed-{lang}")
        _save(screen, f"closed-{lang}", prefix="attendee")
        screen.close()
        if lang == "id" and pdftoppm_available():
            from pathlib import Path

            (image,) = render_pdf(Path(document).read_bytes(), 1, 1, dpi=80)
            fresh = SCRATCH / "documents-closing-minutes.png"
            image.save(fresh, "PNG")
            target = SHOTS / "documents-closing-minutes.png"
            if UPDATE or not target.exists():
                image.save(target, "PNG")
    finally:
        desk.close()
    assert {k: v for k, v in clipped.items() if v} == {}

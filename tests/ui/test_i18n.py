"""Every visible string goes through Qt's translation system and has its translation.

Two checks: the catalogues (.ts) hold a finished translation of every tr() literal in ui/,
in Indonesian and English, with the same placeholders; and, with a pseudo-translator that
brackets every catalogue translation, every text a person can see on every page and dialog
is bracketed, unless its widget is marked as showing data (names, NIPs, the pledge).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState, Notice
from tests.ui.conftest import agree, click, scan, sign_on_pad, wait_state, when_modal
from ui.app import Desk
from ui.dialogs.pin import PinDialog, SetPinDialog
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.settings import SettingsDialog
from ui.i18n_catalogue import extract, lrelease, read_ts, ts_path

OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(r"%\d")


def test_every_source_string_has_a_finished_translation() -> None:
    messages, problems = extract()
    assert problems == [], "tr() must be given a literal string"
    assert len(messages) > 100
    for language in ("id", "en"):
        catalogue = read_ts(ts_path(language))
        for m in messages:
            text, finished = catalogue.get((m.context, m.source), ("", False))
            where = f"{language}: {m.file} {m.source!r}"
            assert finished and text.strip(), f"no finished translation: {where}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(m.source)), where


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for language in ("id", "en"):
        source = ts_path(language)
        built = tmp_path / f"{language}.qm"
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(built)], check=True)
        assert built.read_bytes() == source.with_suffix(".qm").read_bytes(), (
            f"pakta_{language}.qm is stale: run python -m ui.i18n_catalogue"
        )


class PseudoTranslator(QTranslator):
    """Brackets every translation the Indonesian catalogue has; nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.catalogue = {key: text for key, (text, _ok) in read_ts(ts_path("id")).items()}

    def isEmpty(self) -> bool:  # Qt skips a translator that says it is empty
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.catalogue.get((context, source))
        return f"{OPEN}{text}{CLOSE}" if text else ""


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        headers = (widget.horizontalHeaderItem(i) for i in range(widget.columnCount()))
        return [h.text() for h in headers if h is not None]
    return []


def untranslated(root: QWidget) -> list[str]:
    """Visible texts under ``root`` that did not come through the translator."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.property("data"):
            continue
        for text in _texts(widget):
            if re.search(r"[A-Za-z]{2}", text) and OPEN not in text:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    if root.isWindow() and root.windowTitle() and OPEN not in root.windowTitle():
        found.append(f"window title {root.windowTitle()!r}")
    return found


def test_no_visible_text_escapes_translation(qtbot: QtBot, desk: Desk) -> None:
    pseudo = PseudoTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(pseudo)  # sends LanguageChange: every widget re-reads its texts
    try:
        window, view = desk.window, desk.window.view
        seen: dict[str, list[str]] = {}

        def check(name: str) -> None:
            qtbot.wait(30)
            seen[name] = untranslated(window)

        check("ready")
        scan(qtbot, desk, "unknown")
        wait_state(qtbot, desk, DeskState.NOT_FOUND)
        check("not_found")
        click(qtbot, view.not_found.walk_in)
        wait_state(qtbot, desk, DeskState.WALK_IN)
        view.walk_in.edits["identifier"].setText("123")
        click(qtbot, view.walk_in.submit)
        qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.WALK_IN_FAILED)
        check("walk_in")
        click(qtbot, view.walk_in.cancel)
        scan(qtbot, desk)
        wait_state(qtbot, desk, DeskState.IDENTITY)
        check("identity")
        click(qtbot, view.identity.yes)
        check("pledge")
        agree(qtbot, desk)
        sign_on_pad(qtbot, desk)
        scan(qtbot, desk)  # ignored: a notice appears
        qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.SCAN_IGNORED_BUSY)
        check("signing")
        for state in (DeskState.COMMITTING, DeskState.ERROR, DeskState.LOOKING_UP):
            view.show_snapshot(
                replace(desk.desk.snapshot, state=state, notice=Notice.COMMIT_FAILED)
            )
            check(state.value)
        view.show_snapshot(desk.desk.snapshot)
        click(qtbot, view.signing.confirm)
        wait_state(qtbot, desk, DeskState.DONE)
        qtbot.waitUntil(lambda: desk.window.panel.recent.table.rowCount() == 1)
        check("done")
        scan(qtbot, desk, "signed")
        wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)

        def copy(dialog: QDialog) -> None:
            assert isinstance(dialog, ReasonDialog)
            seen["reprint asked"] = untranslated(dialog)
            dialog.reason.setText("kertas macet")
            dialog.pin.setText("1234")
            dialog.ok.click()

        when_modal(ReasonDialog, copy)
        click(qtbot, view.already_signed.reprint)
        qtbot.waitUntil(lambda: desk.window.panel.message.isVisible())
        check("already_signed")
        window.panel.tabs.setCurrentIndex(1)
        check("progress tab")

        record = desk.window.panel.recent.last.records[0]
        for name, dialog in (
            ("pin", PinDialog(desk.desk, window)),
            ("set pin", SetPinDialog(desk.desk, window)),
            ("settings", SettingsDialog(desk.desk, desk.relay, window)),
            ("void", window.guarded.void_dialog(record.record_id, record.name)),
            ("reprint", window.guarded.reprint_dialog(record.record_id, record.name)),
        ):
            dialog.show()
            qtbot.waitExposed(dialog)
            seen[name] = untranslated(dialog)
            dialog.reject()

        click(qtbot, window.panel.screen_button)  # the attendee's own screen, too
        screen = window.attendee_screen
        assert screen is not None
        scan(qtbot, desk, "unknown")
        wait_state(qtbot, desk, DeskState.NOT_FOUND)
        seen["attendee screen"] = untranslated(screen)
        screen.close()
    finally:
        app.removeTranslator(pseudo)
    assert {name: texts for name, texts in seen.items() if texts} == {}
    assert len(seen) >= 18


def test_switching_to_english_changes_every_page(qtbot: QtBot, desk: Desk) -> None:
    from ui.i18n import set_language

    app = QCoreApplication.instance()
    set_language(app, "en")  # type: ignore[arg-type]
    try:
        qtbot.wait(50)  # LanguageChange is posted, not sent
        assert desk.window.view.ready.title.text() == "Welcome. Please scan your badge."
        assert desk.window.panel.settings_button.text() == "Settings (F9)"
        assert desk.window.panel.lights.state_of("pad") == "connected"
    finally:
        set_language(app, "id")  # type: ignore[arg-type]
        qtbot.wait(50)
    assert desk.window.view.ready.title.text() == "Selamat datang. Silakan pindai badge Anda."

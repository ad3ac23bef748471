"""`pakta venue screen`: the big screen as its own window, fed from the hub's board."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.venue.board_feed import BoardFeed
from pakta_common.venue_wire import Board
from ui.i18n import set_language
from ui.venue.screen import BigScreen


class BoardRelay(QObject):
    """Re-emits the feed's boards on the GUI thread (a queued signal)."""

    arrived = Signal(object, str)


def run_screen(url: str, *, fullscreen: bool = False, language: str = "id") -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_language(app, language)
    screen = BigScreen()
    relay = BoardRelay()
    relay.arrived.connect(lambda board, error: screen.show_board(board, error))

    def on_board(board: Board | None, error: str) -> None:
        relay.arrived.emit(board, error)

    feed = BoardFeed(url, on_board)
    feed.start()
    if fullscreen:
        screen.showFullScreen()
    else:
        screen.resize(1366, 768)
        screen.show()
    try:
        return int(app.exec())
    finally:
        feed.stop()

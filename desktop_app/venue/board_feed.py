"""The big screen's feed: the hub's board, read every few seconds on a thread of its own."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.sync.client import SyncError
from desktop_app.venue.client import VenueClient
from pakta_common.venue_wire import Board

OnBoard = Callable[[Board | None, str], None]  # the board (None: hub away) and the error


class BoardFeed:
    """Calls ``on_board`` from its thread; ui/ re-emits it on the GUI thread."""

    def __init__(self, url: str, on_board: OnBoard, *, every_s: float = 2.0) -> None:
        self.url, self.on_board, self.every_s = url, on_board, every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="venue-board", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        with VenueClient.to_hub(self.url) as client:
            while not self._stop.is_set():
                try:
                    self.on_board(client.board(), "")
                except SyncError as exc:
                    self.on_board(None, str(exc))
                self._stop.wait(self.every_s)

"""Unknown or invalid badge: a full red page worded politely for the attendee; the attendant
searches the roster as they type (on the database worker), sees who already signed, and picks
with the arrow keys and Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from ui.ceremony_time import clock_time
from ui.pages.base import Page, big_button, label
from ui.texts import not_found_text

SEARCH_DELAY_MS = 300  # search once the attendant pauses, not on every key
MIN_QUERY = 2


class NotFoundPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.mark = label("resultMark", wrap=False)
        self.mark.setProperty("data", True)  # a symbol, not words
        self.mark.setText("!")
        self.title = label("resultTitle")
        self.message = label("resultLine")
        for centred in (self.mark, self.title, self.message):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.query = QLineEdit()
        self.query.setObjectName("search")
        self.query.textEdited.connect(self._typed)
        self.query.returnPressed.connect(self._enter)
        self.query.installEventFilter(self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.search_now)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(self._choose_item)
        self.empty = label("hint")
        self.choose = big_button("primary", self._choose)
        self.walk_in = big_button("secondary", desk.start_walk_in)
        self.cancel = big_button("secondary", desk.cancel)
        self.escape = desk.cancel
        self.attendant_only = [
            self.query, self.results, self.empty, self.choose, self.walk_in, self.cancel,
        ]  # fmt: skip
        self._shown: tuple[object, ...] | None = None  # the results on the list now
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.walk_in, 2)
        buttons.addWidget(self.choose, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mark)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    def set_attendee_mode(self, on: bool) -> None:
        layout = self.layout()
        if on and isinstance(layout, QVBoxLayout):  # no list here: centre the message
            layout.insertStretch(0, 1)
            layout.addStretch(1)
        super().set_attendee_mode(on)

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Type a name or NIP: results appear as you type"))
        self.choose.setText(self.tr("Choose this person (Enter)"))
        self.walk_in.setText(self.tr("Not on the roster: register (F4)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))
        self.empty.setText(
            self.tr("No one found yet. Type at least 2 letters of the name or NIP digits.")
        )
        self._shown = None  # the list's signed/not signed words are translated text

    def refresh(self) -> None:
        s = self.snapshot
        lookup = s.lookup
        closed = str(getattr(lookup, "status", "")) == "closed"  # no one can sign any more
        for widget in (self.query, self.results, self.walk_in, self.choose):
            widget.setVisible(not self.attendee_mode and not closed)
        self.mark.setVisible(lookup is not None)
        if lookup is None:
            # the attendant's search (no badge): nothing went wrong for the attendee
            self.set_result("")
            if self.attendee_mode:
                self.title.setText(self.tr("Please wait a moment"))
                self.message.setText(self.tr("The attendant is looking up your data."))
            else:
                self.title.setText(self.tr("Search the roster"))
                self.message.clear()
        else:
            self.set_result("not_found")
            status = str(getattr(lookup, "status", ""))
            self.title.setText(
                self.tr("The ceremony is closed") if closed else self.tr("We are sorry")
            )
            self.message.setText(not_found_text(status, s.detail))
        self.message.setVisible(bool(self.message.text()))
        if s.search_results is not self._shown:
            self._show_results(s.search_results)
        searched = lookup is None and len(self.query.text().strip()) >= MIN_QUERY
        self.empty.setVisible(searched and not s.search_results and not self.attendee_mode)
        self.choose.setEnabled(bool(s.search_results))

    def _show_results(self, results: tuple[object, ...]) -> None:
        self._shown = results
        self.results.clear()
        for hit in results:
            name = getattr(hit, "name", "")
            identifier = getattr(hit, "identifier", "")
            unit = getattr(hit, "unit", "")
            signed_at = getattr(hit, "signed_at", "")
            if signed_at:
                status = "✓ " + (
                    self.tr("already signed, %1 at %2")
                    .replace("%1", clock_time(signed_at, self.zone))
                    .replace("%2", getattr(hit, "station_name", ""))
                )
            else:
                status = self.tr("not signed yet")
            item = QListWidgetItem(f"{name} — {identifier} — {unit}\n    {status}")
            item.setData(Qt.ItemDataRole.UserRole, identifier)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(signed_at))
            item.setToolTip(status)
            self.results.addItem(item)
        if results:
            self.results.setCurrentRow(0)

    # -- typing, arrows and Enter ----------------------------------------------------------
    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.end(False)

    def continue_search(self, text: str) -> None:
        """The search began on the ready page: carry on here with what was typed."""
        self.query.setText(text)
        self.query.end(False)

    def new_attendee(self) -> None:
        self.debounce.stop()
        self.query.clear()
        self._shown = None
        self.results.clear()

    def _typed(self, _text: str) -> None:
        self.debounce.start()

    def search_now(self) -> None:
        self.debounce.stop()
        text = self.query.text().strip()
        if len(text) >= MIN_QUERY:
            self.desk.search(text)

    def _enter(self) -> None:
        if self.debounce.isActive():  # typed since the last search: search first
            self.search_now()
        elif self.results.count():
            self._choose()
        else:
            self.search_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.debounce.stop()
        self.desk.choose(str(item.data(Qt.ItemDataRole.UserRole)))

    def _choose(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

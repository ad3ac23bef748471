"""Unknown or invalid badge: say so clearly, and search the roster by name or NIP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from desktop_app.domain.desk_flow import DeskState
from ui.pages.base import Page, big_button, label
from ui.texts import not_found_text


class NotFoundPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.message = label("notice")
        self.query = QLineEdit()
        self.query.setObjectName("search")
        self.query.returnPressed.connect(self._search)
        self.search_button = big_button("secondary", self._search)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(self._choose_item)
        self.empty = label("hint")
        self.choose = big_button("primary", self._choose)
        self.walk_in = big_button("secondary", desk.start_walk_in)
        self.cancel = big_button("secondary", desk.cancel)
        self.escape = desk.cancel
        self.attendant_only = [
            self.query, self.search_button, self.results, self.empty, self.choose,
            self.walk_in, self.cancel,
        ]  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.query, 3)
        row.addWidget(self.search_button, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.walk_in, 2)
        buttons.addWidget(self.choose, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Name or NIP"))
        self.search_button.setText(self.tr("Search"))
        self.choose.setText(self.tr("Choose this person"))
        self.walk_in.setText(self.tr("Not on the roster: register (F4)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def refresh(self) -> None:
        s = self.snapshot
        lookup = s.lookup
        status = str(getattr(lookup, "status", ""))
        if lookup is None:
            self.title.setText(self.tr("Search the roster"))
            self.message.hide()
        else:
            self.title.setText(self.tr("Badge not recognised"))
            self.message.setText(not_found_text(status, s.detail))
            self.message.show()
        self.results.clear()
        for employee in s.search_results:
            item = QListWidgetItem(f"{employee.name} — {employee.identifier} — {employee.unit}")
            item.setData(Qt.ItemDataRole.UserRole, employee.identifier)
            self.results.addItem(item)
        if s.search_results:
            self.results.setCurrentRow(0)
        searched = s.state is DeskState.NOT_FOUND and lookup is None
        self.empty.setVisible(searched and not s.search_results)
        self.empty.setText(
            self.tr("No one found yet. Type at least 2 letters of the name or NIP digits.")
        )
        self.choose.setEnabled(bool(s.search_results))

    def focus_search(self) -> None:
        self.query.setFocus()

    def _search(self) -> None:
        text = self.query.text().strip()
        if text:
            self.desk.search(text)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.desk.choose(str(item.data(Qt.ItemDataRole.UserRole)))

    def _choose(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

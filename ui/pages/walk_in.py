"""Walk-in: the attendant registers someone not on the roster (flagged for review)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text


class WalkInPage(Page):
    FIELDS = ("name", "identifier", "position", "unit")

    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.explain = label("hint")
        self.edits = {name: QLineEdit() for name in self.FIELDS}
        self.labels = {name: QLabel() for name in self.FIELDS}
        form = QFormLayout()
        for name in self.FIELDS:
            self.edits[name].setObjectName(f"walkIn_{name}")
            self.edits[name].setMaxLength(200)
            form.addRow(self.labels[name], self.edits[name])
        self.notice = label("notice")
        self.submit = big_button("primary", self._submit)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = self._submit, desk.cancel
        self.attendant_only = [
            *self.edits.values(),
            *self.labels.values(),
            self.submit,
            self.cancel,
            self.notice,
        ]
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.submit, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.retranslate()

    def set_attendee_mode(self, on: bool) -> None:
        layout = self.layout()
        if on and isinstance(layout, QVBoxLayout):  # no form here: centre the words
            layout.insertStretch(0, 1)
            for label_, role in ((self.title, "resultTitle"), (self.explain, "resultLine")):
                label_.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label_.setProperty("role", role)
        super().set_attendee_mode(on)
        self.retranslate()

    def retranslate(self) -> None:
        if self.attendee_mode:
            self.title.setText(self.tr("Please wait a moment"))
            self.explain.setText(self.tr("The attendant is registering you."))
        else:
            self.title.setText(self.tr("Register an attendee not on the roster"))
            self.explain.setText(self.tr("The record will be flagged for the organiser's review."))
        self.labels["name"].setText(self.tr("Full name"))
        self.labels["identifier"].setText(self.tr("NIP (18 digits) or ID"))
        self.labels["position"].setText(self.tr("Position"))
        self.labels["unit"].setText(self.tr("Unit"))
        self.submit.setText(self.tr("Register and continue (Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def refresh(self) -> None:
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text) and not self.attendee_mode)

    def showEvent(self, event: QShowEvent) -> None:
        self.edits["name"].setFocus()
        super().showEvent(event)

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()

    def new_attendee(self) -> None:
        self.clear()

    def _submit(self) -> None:
        self.desk.submit_walk_in({name: edit.text() for name, edit in self.edits.items()})

"""The employee as the attendee sees them: name large, then NIP, position and unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.pages.base import label


class EmployeeCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.name = label("name", data=True)
        self.nip = label("nip", data=True)
        self.position = label("detail", data=True)
        self.unit = label("detail", data=True)
        self.flag = label("flag")
        for widget in (self.name, self.nip, self.position, self.unit, self.flag):
            layout.addWidget(widget)

    def show_employee(self, lookup: Any) -> None:
        employee = getattr(lookup, "employee", None)
        if employee is None:
            for widget in (self.name, self.nip, self.position, self.unit):
                widget.clear()
            self.flag.hide()
            return
        self.name.setText(employee.name)
        kind = "NIP" if employee.id_kind == "nip" else "ID"
        self.nip.setText(f"{kind} {_spaced(employee.identifier)}")
        self.position.setText(" · ".join(p for p in (employee.rank, employee.position) if p))
        self.unit.setText(employee.unit)
        self.flag.setVisible(employee.flagged)
        self.flag.setText(self.tr("Walk-in: flagged for the organiser's review"))


def _spaced(identifier: str) -> str:
    """An 18-digit NIP in its printed groups: 19800101 200501 1 001."""
    if len(identifier) == 18 and identifier.isdigit():
        i = identifier
        return f"{i[:8]} {i[8:14]} {i[14]} {i[15:]}"
    return identifier

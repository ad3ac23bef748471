"""The room's big screen: the ikrar for the collective reading, then live progress by unit.

Made to be read from the back of a hall on a projector: huge type scaled to the window, white
on near-black, few words. Space or a click switches between the two pages; F11 full screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pakta_common.venue_wire import Board

# Every widget of the screen is named here: opened from the desk, the desk's application style
# sheet (white pages, 15 px text) applies to whatever this one leaves out.
STYLE = """
QWidget { background: #0b1020; color: #ffffff; }
QLabel { color: #ffffff; background: transparent; }
QLabel[role="muted"] { color: #b9c3d6; }
QLabel[role="accent"] { color: #ffd34d; }
QProgressBar { background: #27314a; border: none; border-radius: 6px; }
QProgressBar::chunk { background: #ffd34d; border-radius: 6px; }
"""
MAX_UNITS = 8  # the units furthest behind; the rest is summed up in one line


def _label(role: str = "", wrap: bool = False) -> QLabel:
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


class IkrarPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = _label("accent", wrap=True)
        self.text = _label(wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.proof = _label("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.proof)

    def show_board(self, board: Board) -> None:
        self.title.setText(board.pledge_title or board.title)
        self.text.setText(board.pledge_text)
        self.proof.setText(
            self.tr("Text version {0} · SHA-256 {1}…").format(
                board.pledge_version, board.pledge_sha256[:16]
            )
        )

    def scale(self, unit: int, width: int, height: int) -> None:
        _set_font(self.title, unit * 2.4, bold=True)
        _set_font(self.proof, unit * 1.1)
        # The largest type at which the whole text fits the page (never below 1.2 units).
        room = height - unit * 7
        px = unit * 3.2
        while px > unit * 1.2:
            rect = QFontMetrics(_font(px)).boundingRect(
                0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), self.text.text()
            )
            if rect.height() <= room:
                break
            px *= 0.92
        _set_font(self.text, px)


class ProgressPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.heading = _label("accent", wrap=True)
        self.count = _label()
        self.of = _label("muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.rate = _label()
        self.eta = _label()
        self.units = QGridLayout()
        self.unit_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        for _ in range(MAX_UNITS + 1):
            name, bar, figure = _label(), QProgressBar(), _label()
            bar.setTextVisible(False)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.unit_rows.append((name, bar, figure))
        for row, (name, bar, figure) in enumerate(self.unit_rows):
            self.units.addWidget(name, row, 0)
            self.units.addWidget(bar, row, 1)
            self.units.addWidget(figure, row, 2)
        self.units.setColumnStretch(0, 5)
        self.units.setColumnStretch(1, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        top = QGridLayout()
        top.addWidget(self.count, 0, 0, 2, 1)
        top.addWidget(self.of, 0, 1)
        top.addWidget(self.rate, 1, 1)
        top.addWidget(self.eta, 2, 1)
        top.addWidget(self.bar, 2, 0)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 4)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(self.units, 1)

    def show_board(self, board: Board) -> None:
        self.heading.setText(board.title)
        self.count.setText(f"{board.signed_total}")
        self.of.setText(self.tr("of {0} have signed").format(board.expected))
        self.bar.setMaximum(max(board.expected, 1))
        self.bar.setValue(min(board.signed_total, board.expected))
        self.rate.setText(self.tr("{0} signings a minute").format(f"{board.per_minute:.0f}"))
        if board.signed_total >= board.expected:
            self.eta.setText(self.tr("Everyone has signed"))
        elif board.eta_minutes is None:
            self.eta.setText(self.tr("Queue end: after the first signings"))
        else:
            self.eta.setText(
                self.tr("Queue ends in about {0} min").format(round(board.eta_minutes))
            )
        behind = sorted(board.units, key=lambda u: (u.signed / max(u.expected, 1), u.unit))
        shown, rest = behind[:MAX_UNITS], behind[MAX_UNITS:]
        rows = [(u.unit, u.signed, u.expected) for u in shown]
        if rest:
            rows.append(
                (
                    self.tr("{0} other units").format(len(rest)),
                    sum(u.signed for u in rest),
                    sum(u.expected for u in rest),
                )
            )
        for index, (name, bar, figure) in enumerate(self.unit_rows):
            visible = index < len(rows)
            for widget in (name, bar, figure):
                widget.setVisible(visible)
            if visible:
                unit, signed, expected = rows[index]
                name.setText(unit)
                bar.setMaximum(max(expected, 1))
                bar.setValue(min(signed, expected))
                figure.setText(f"{signed} / {expected}")

    def scale(self, unit: int) -> None:
        _set_font(self.heading, unit * 1.6, bold=True)
        _set_font(self.count, unit * 8, bold=True)
        for label in (self.of, self.rate, self.eta):
            _set_font(label, unit * 1.7)
        self.bar.setFixedHeight(int(unit * 1.2))
        for name, bar, figure in self.unit_rows:
            _set_font(name, unit * 1.3)
            _set_font(figure, unit * 1.3, bold=True)
            bar.setFixedHeight(int(unit * 0.9))


class BigScreen(QWidget):
    """Shows a Board; ``show_board`` is called on the GUI thread (the feed's relay)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bigScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Pakta Station — venue screen"))
        self.pages = QStackedWidget()
        self.ikrar = IkrarPage()
        self.progress = ProgressPage()
        self.pages.addWidget(self.ikrar)
        self.pages.addWidget(self.progress)
        self.status = _label("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.board: Board | None = None
        self.status.setText(self.tr("Waiting for the venue hub…"))

    def show_board(self, board: Board | None, error: str = "") -> None:
        if board is None:
            self.status.setText(self.tr("The venue hub does not answer; showing the last figures"))
            return
        self.board = board
        self.ikrar.show_board(board)
        self.progress.show_board(board)
        self.status.setText(
            self.tr("{0} · {1} desks · updated {2}").format(
                board.venue, len(board.desks), board.generated_at[11:19]
            )
        )
        self._rescale()

    def show_progress(self, progress: bool = True) -> None:
        self.pages.setCurrentWidget(self.progress if progress else self.ikrar)

    def _rescale(self) -> None:
        # One type unit from the window: 1080 px high -> 30 px, 768 px -> ~21 px.
        unit = max(12, min(self.height() // 36, self.width() // 64))
        margin = unit
        self.layout().setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.ikrar.scale(unit, self.width() - margin * 4 - 8, self.height() - margin * 2)
        self.progress.scale(unit)
        _set_font(self.status, unit * 0.9)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_PageDown):
            self.show_progress(self.pages.currentWidget() is self.ikrar)
        elif key == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif key == Qt.Key.Key_Escape:
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.show_progress(self.pages.currentWidget() is self.ikrar)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.board is not None:
            self.show_board(self.board)


def _set_font(widget: QWidget, px: float, bold: bool = False) -> None:
    """The size set on the widget itself, also as its own style sheet: the screen opened from
    the desk shares the desk's application style sheet, whose ``font-size`` would otherwise
    win over ``setFont`` and shrink the room's figures to the desk's 15 px."""
    font = _font(px, bold)
    widget.setFont(font)
    weight = 700 if bold else 400
    widget.setStyleSheet(f"font-size: {font.pixelSize()}px; font-weight: {weight};")


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, int(px)))
    font.setBold(bold)
    return font

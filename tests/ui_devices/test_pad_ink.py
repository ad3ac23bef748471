"""The pad's live ink on screen: by default the pad's whole surface fits the box; with
``fit_ink`` (the closing dialog's short, wide box) the ink itself fills it, and ink that grows
later is never cut off. Real offscreen widgets, rendered to an image and measured."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_app.domain.signature import DeviceInfo, Signature, signature_from_points
from ui.widgets.pad_ink import PadInk

SURFACE = DeviceInfo(x_max=10000, y_max=6250)  # a 16:10 pad


def scribble(x0: int, y0: int, width: int, height: int) -> list[tuple[int, int, int, int]]:
    """A zig-zag stroke filling the rectangle (device units)."""
    return [(x0 + width * i // 20, y0 + (height if i % 2 else 0), 500, i * 8) for i in range(21)]


def ink_box(qtbot: QtBot, signature: Signature, *, fit_ink: bool) -> tuple[QRect, QRect]:
    """Where the ink landed in a 720 x 150 box (the closing dialog's), and the box."""
    ink = PadInk(fit_ink=fit_ink)
    qtbot.addWidget(ink)
    ink.resize(720, 150)
    ink.show_signature(signature)
    image = QImage(ink.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    ink.render(image)
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if QColor(image.pixel(x, y)).lightness() < 160:
                xs.append(x)
                ys.append(y)
    assert xs, "no ink was drawn"
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1), ink.rect()


def test_a_signature_in_a_corner_of_the_pad_fills_the_closing_box(qtbot: QtBot) -> None:
    signature = signature_from_points([scribble(1000, 3500, 3000, 1200)], SURFACE)
    whole, _ = ink_box(qtbot, signature, fit_ink=False)
    fitted, box = ink_box(qtbot, signature, fit_ink=True)
    assert whole.height() < 0.3 * box.height()  # the old view: a small mark
    assert fitted.height() > 0.7 * box.height()  # the ink as large as the box allows
    assert box.contains(fitted)


def test_a_first_dot_is_not_blown_up_and_later_ink_is_never_cut_off(qtbot: QtBot) -> None:
    dot = signature_from_points([[(5000, 3000, 500, 0), (5030, 3010, 500, 8)]], SURFACE)
    first, box = ink_box(qtbot, dot, fit_ink=True)
    assert first.width() < 0.1 * box.width()  # a fifth of the surface at least fills the box
    # Ink reaching the pad's very edges: all of it still shows inside the box.
    edges = signature_from_points(
        [scribble(0, 0, 10000, 6250), [(5000, 3000, 500, 200), (5030, 3010, 500, 208)]], SURFACE
    )
    grown, box = ink_box(qtbot, edges, fit_ink=True)
    assert box.contains(grown) and grown.height() > 0.8 * box.height()

"""The self-test's window check: the real desk window built, shown and closed on a temporary store.

Uses the desk's own factory (ui.app.build_desk), so it proves that the bundle holds what the
window needs: the Qt platform plugin, the widgets, styles and translations.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.selftest import Check, open_selftest_store

SHOW_MS = 400


def use_offscreen_without_display() -> None:
    """No screen (a CI machine, an SSH session): draw offscreen instead of failing to start."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def window_check(started: float | None = None) -> Check:
    """Start the desk window on a throwaway store, let it paint, close it.

    ``started`` (perf_counter at program start) makes the detail say how long the program took
    from its start to a painted desk window: the cold start a person waits through.
    """
    use_offscreen_without_display()
    start = time.perf_counter()
    shown_after = ""
    try:
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        from desktop_app.desk.station import DeskStation
        from ui.app import application, build_desk
    except ImportError as exc:  # a missing Qt library or desk module in the bundle
        return Check("window", False, f"cannot load the desk window: {exc}")
    with tempfile.TemporaryDirectory(prefix="pakta-selftest-window-") as tmp:
        store = open_selftest_store(Path(tmp))
        try:
            app = application()
            desk = build_desk(DeskStation(store, "id"), sync=False, excepthook=False)
            try:
                desk.window.resize(1366, 768)
                desk.window.show()
                QCoreApplication.processEvents()  # the first paint
                if started is not None:
                    shown_after = f", shown {time.perf_counter() - started:.2f} s after start"
                timer = QElapsedTimer()
                timer.start()
                while timer.elapsed() < SHOW_MS:
                    QCoreApplication.processEvents()
                    time.sleep(0.01)
                visible = desk.window.isVisible()
                platform = app.platformName()
                title = desk.window.windowTitle()
            finally:
                desk.close()
                QCoreApplication.processEvents()
        except Exception as exc:  # reported by name: the self-test must not crash
            return Check("window", False, f"{type(exc).__name__}: {exc}", _ms(start))
        finally:
            store.close()
    if not visible:
        return Check("window", False, f"the desk window did not show ({platform})", _ms(start))
    detail = f"desk window shown and closed ({platform}; {title!r}{shown_after})"
    return Check("window", True, detail, _ms(start))


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def multimedia_check() -> Check:
    """The camera path: Qt Multimedia's FFmpeg backend loads (badge scanning by camera)."""
    start = time.perf_counter()
    try:
        from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            from ui.app import application

            application()
        formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
        cameras = len(QMediaDevices.videoInputs())
    except Exception as exc:  # a missing library surfaces here, by name
        return Check("camera_backend", False, f"{type(exc).__name__}: {exc}", _ms(start))
    if not formats:
        return Check("camera_backend", False, "no Qt Multimedia backend loaded", _ms(start))
    detail = f"multimedia backend loaded ({len(formats)} formats), {cameras} camera(s)"
    return Check("camera_backend", True, detail, _ms(start))


def desk_checks(started: float | None = None) -> list[Check]:
    """The Qt part of the self-test: the desk window, then the camera backend."""
    return [window_check(started), multimedia_check()]

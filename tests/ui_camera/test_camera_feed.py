"""The camera path in the desk: real photographed QR frames through QVideoFrame to badge text.

No camera exists here, so frames are made from the photographs (the one thing mocked);
everything after the frame — conversion, the decoder thread, the GUI-thread signal — is real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from pytestqt.qtbot import QtBot

import ui.camera_feed as camera_feed
from desktop_app.devices.scanners.photo_set import load_cases
from tests.conftest import SHARED_DIR
from ui.camera_feed import CameraFeed, qimage_to_grey

PHOTOS = SHARED_DIR / "data" / "qr-photos"


@pytest.fixture
def feed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CameraFeed:
    monkeypatch.setattr(camera_feed, "FRAME_INTERVAL_S", 0.0)  # feed frames back to back
    made = CameraFeed()
    yield made
    made.shutdown()


def test_grey_conversion_keeps_shape_and_ignores_row_padding() -> None:
    image = QImage(13, 7, QImage.Format.Format_RGB32)  # 13*4 bytes a row; grey rows pad to 16
    image.fill(0xFF808080)
    grey = qimage_to_grey(image)
    assert grey.shape == (7, 13) and int(grey.min()) == int(grey.max()) == 128


@pytest.mark.parametrize("index", range(6))
def test_photographed_badges_decode_through_video_frames(
    qtbot: QtBot, feed: CameraFeed, index: int
) -> None:
    case = load_cases(PHOTOS)[index]
    frame = QVideoFrame(QImage(str(case.image)))
    assert frame.isValid()
    with qtbot.waitSignal(feed.decoded, timeout=5000) as signal:
        feed.on_frame(frame)
    assert signal.args[0].replace("\r\n", "\n") == case.expected


def test_the_same_badge_held_up_is_one_scan(qtbot: QtBot, feed: CameraFeed) -> None:
    case = load_cases(PHOTOS)[0]
    seen: list[str] = []
    feed.decoded.connect(seen.append)
    frame = QVideoFrame(QImage(str(case.image)))
    for _ in range(4):
        feed.on_frame(frame)
        qtbot.wait(150)
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=5000)
    qtbot.wait(300)
    assert len(seen) == 1


def test_blank_and_invalid_frames_give_nothing(qtbot: QtBot, feed: CameraFeed) -> None:
    seen: list[str] = []
    feed.decoded.connect(seen.append)
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    feed.on_frame(QVideoFrame(blank))
    feed.on_frame(QVideoFrame())  # an invalid frame
    qtbot.wait(500)
    assert seen == []


def test_no_camera_here_is_reported(qtbot: QtBot, feed: CameraFeed) -> None:
    statuses: list[str] = []
    feed.status_changed.connect(statuses.append)
    if CameraFeed.devices():
        pytest.skip("a camera is attached to this machine")
    assert feed.start() is False
    assert statuses == ["no_camera"]


def test_photo_set_exists() -> None:
    assert Path(PHOTOS / "set-1").is_dir()

"""Camera decoding on the photographed-QR set: ours must read at least what zxing-cpp does."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from desktop_app.devices.scanners.camera import CameraDecodeWorker, FrameDecode, decode_frame
from desktop_app.devices.scanners.photo_set import load_cases, score
from tests.conftest import SHARED_DIR

PHOTOS = SHARED_DIR / "data" / "qr-photos"
pytestmark = pytest.mark.skipif(not PHOTOS.exists(), reason="shared photo set not present")


def test_decode_table_ours_vs_zxing_direct() -> None:
    cases = load_cases(PHOTOS)
    assert len(cases) >= 90
    ours = score(cases, lambda im: list(decode_frame(im).texts))
    direct = score(cases, lambda im: [b.text for b in zxingcpp.read_barcodes(im)])
    print(
        f"\nours {ours.decoded}/{ours.total} ({ours.ms_per_frame:.1f} ms/frame), "
        f"zxing direct {direct.decoded}/{direct.total} ({direct.ms_per_frame:.1f} ms/frame)"
    )
    assert ours.decoded >= direct.decoded
    assert set(ours.missed) <= set(direct.missed)


def test_numpy_rgb_rgba_and_grey_frames() -> None:
    case = load_cases(PHOTOS)[0]
    rgb = np.asarray(Image.open(case.image).convert("RGB"))
    rgba = np.asarray(Image.open(case.image).convert("RGBA"))
    for frame in (rgb, rgba, rgb[:, :, 0]):
        assert case.expected in decode_frame(frame).texts


def test_odd_frames_do_not_raise() -> None:
    assert decode_frame(np.zeros((0, 0), dtype=np.uint8)).texts == ()
    assert decode_frame(np.zeros((4, 4, 7), dtype=np.uint8)).texts == ()
    assert decode_frame(np.random.default_rng(1).integers(0, 255, (120, 160, 3))).texts == ()


def test_worker_decodes_off_the_calling_thread() -> None:
    case = load_cases(PHOTOS)[0]
    done = threading.Event()
    results: list[tuple[FrameDecode, str]] = []

    def on_result(result: FrameDecode) -> None:
        results.append((result, threading.current_thread().name))
        done.set()

    worker = CameraDecodeWorker(on_result)
    try:
        worker.submit(Image.open(case.image))
        assert done.wait(5)
    finally:
        worker.stop()
    assert results[0][0].text == case.expected
    assert results[0][1] != threading.current_thread().name

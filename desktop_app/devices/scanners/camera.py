"""Camera frames → badge text with zxing-cpp, on a worker thread that keeps only the newest frame.

Only QR codes are looked for (badges are QR). The first pass is zxing-cpp as-is (raw text,
no human-readable escaping); when it finds nothing, two cheap retries rescue dim or noisy
photos: stretched contrast with a global histogram threshold, then a slight blur that removes
sensor noise and moiré.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import zxingcpp
from PIL import Image, ImageFilter, ImageOps

# Badges are always QR codes. Looking for every format lets the 1-D readers "find" a short
# number in text, cut marks or a name line on a badge sheet — a phantom scan at the desk.
BADGE_FORMATS: Any = zxingcpp.BarcodeFormat.QRCode

Frame = Any  # numpy array (H×W grey, H×W×3 RGB, H×W×4 RGBA) or a PIL image


@dataclass(frozen=True, slots=True)
class FrameDecode:
    texts: tuple[str, ...]
    passes: int  # how many passes ran (1 = found on the first)
    elapsed_ms: float

    @property
    def text(self) -> str | None:
        return self.texts[0] if self.texts else None


def to_grey(frame: Frame) -> Image.Image:
    if isinstance(frame, Image.Image):
        return frame if frame.mode == "L" else frame.convert("L")
    array = np.asarray(frame)
    if array.ndim == 2:
        return Image.fromarray(array.astype(np.uint8, copy=False), "L")
    if array.ndim == 3 and array.shape[2] in (3, 4):
        rgb = array[:, :, :3].astype(np.float32)
        grey = rgb @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        return Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    raise ValueError(f"unsupported frame shape {array.shape}")


def _read(image: Image.Image, binarizer: Any) -> tuple[str, ...]:
    found = zxingcpp.read_barcodes(
        image,
        formats=BADGE_FORMATS,
        text_mode=zxingcpp.TextMode.Plain,
        binarizer=binarizer,
    )
    return tuple(b.text for b in found if b.text)


def decode_frame(frame: Frame) -> FrameDecode:
    """All codes in one frame; empty when none could be read. Never raises on odd pixels."""
    t0 = time.perf_counter()
    try:
        grey = to_grey(frame)
    except (ValueError, TypeError, OSError):
        grey = None
    if grey is None or grey.width < 1 or grey.height < 1:
        return FrameDecode((), 0, (time.perf_counter() - t0) * 1000)
    passes: tuple[Callable[[], tuple[str, ...]], ...] = (
        lambda: _read(grey, zxingcpp.Binarizer.LocalAverage),
        lambda: _read(ImageOps.autocontrast(grey, cutoff=2), zxingcpp.Binarizer.GlobalHistogram),
        lambda: _read(grey.filter(ImageFilter.GaussianBlur(1)), zxingcpp.Binarizer.LocalAverage),
    )
    texts: tuple[str, ...] = ()
    ran = 0
    for attempt in passes:
        ran += 1
        texts = attempt()
        if texts:
            break
    return FrameDecode(texts, ran, (time.perf_counter() - t0) * 1000)


class CameraDecodeWorker:
    """Decodes frames off the GUI thread; a new frame replaces one not yet started."""

    def __init__(self, on_result: Callable[[FrameDecode], None]) -> None:
        self._on_result = on_result
        self._frame: Frame | None = None
        self._cond = threading.Condition()
        self._stopped = False
        self.frames_skipped = 0
        self._thread = threading.Thread(target=self._run, name="camera decoder", daemon=True)
        self._thread.start()

    def submit(self, frame: Frame) -> None:
        with self._cond:
            if self._frame is not None:
                self.frames_skipped += 1  # the decoder is behind: only the newest frame matters
            self._frame = frame
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
        self._thread.join(2.0)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._frame is not None or self._stopped)
                if self._stopped:
                    return
                frame, self._frame = self._frame, None
            result = decode_frame(frame)
            if result.texts:
                self._on_result(result)

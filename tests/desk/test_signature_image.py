"""The signature image rendered during the attendee's pause, and used by the commit only when
it is the very signature committed."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.demo.factory import handwritten_signature
from desktop_app.desk.signature_image import PAUSE_S, SignatureImages
from desktop_app.domain.signature import Signature


def test_rendered_after_a_pause_and_used_only_for_the_same_signature() -> None:
    jobs: list[Callable[[], None]] = []
    images = SignatureImages(jobs.append)
    first, other = handwritten_signature(20), handwritten_signature(30)
    images.ink_changed(10.0)
    images.idle(10.0 + PAUSE_S / 2, False, lambda: first)  # still drawing
    images.idle(10.0 + PAUSE_S, True, lambda: first)  # the pen is down
    assert jobs == []
    images.idle(10.0 + PAUSE_S, False, lambda: first)
    images.idle(11.0 + PAUSE_S, False, lambda: first)  # nothing new: not again
    assert len(jobs) == 1
    jobs.pop()()  # the database worker renders it
    png = images.png(first)
    assert png.startswith(b"\x89PNG") and images.png(Signature(first.strokes, first.device)) is png
    assert images.png(other) is not png and images.png(other).startswith(b"\x89PNG")
    images.ink_changed(20.0)  # "Ulangi", a new signature
    images.idle(20.0 + PAUSE_S, False, lambda: None)  # an interrupted capture: nothing to render
    images.ink_changed(30.0)
    images.idle(30.0 + PAUSE_S, False, lambda: Signature(()))  # no samples: nothing either
    assert jobs == []

"""The signature's image, rendered while the attendee pauses, so that confirming only commits.

Rendering the print-resolution PNG is the slowest part of a commit. When the pen has been
off the pad for a moment, the ink is rendered on the database worker (idle while the attendee
signs); the commit, on the same worker, uses that image if the signature it commits is exactly
the one rendered, and renders it itself otherwise. Only the owner thread calls ``ink_changed``
and ``idle``; only the database worker touches the rendered image.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.signature import Signature

PAUSE_S = 0.4  # the pen has been up this long: the attendee looks, then reaches for Confirm


class SignatureImages:
    def __init__(self, run_on_worker: Callable[[Callable[[], None]], None]) -> None:
        self._run = run_on_worker
        self._changed_at = 0.0
        self._version = 0
        self._requested = -1  # the ink version last sent to be rendered
        self._rendered: tuple[Signature, bytes] | None = None  # the database worker's

    def ink_changed(self, now: float) -> None:
        self._version += 1
        self._changed_at = now

    def idle(self, now: float, pen_down: bool, capture: Callable[[], Signature | None]) -> None:
        """Called on the desk's tick while signing: render once the pen has paused."""
        if pen_down or self._requested == self._version or now - self._changed_at < PAUSE_S:
            return
        self._requested = self._version
        signature = capture()
        if signature is not None and signature.sample_count:
            self._run(lambda: self._render(signature))

    def png(self, signature: Signature) -> bytes:
        """On the database worker: the PNG of ``signature`` (from the pause if it matches)."""
        rendered = self._rendered
        if rendered is not None and rendered[0] == signature:
            return rendered[1]
        return _render_png(signature)

    def _render(self, signature: Signature) -> None:
        self._rendered = (signature, _render_png(signature))


def _render_png(signature: Signature) -> bytes:
    from desktop_app.domain.signature_render import render_png  # Pillow: not at start

    return render_png(signature)

"""Short result sounds (ok / already signed / not found) through QtMultimedia, or silence.

``played`` is emitted for every sound the desk asks for while not muted — whether or not a
speaker exists — so tests and the attendant's view can observe it. Without an audio output
(a CI machine, a laptop with no sound server) the player stays silent and never raises.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from desktop_app.desk.flow import DeskSnapshot, DeskState
from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

SOUNDS = ("ok", "already", "not_found")
VOLUME = 0.8


def result_sound(before: DeskSnapshot | None, after: DeskSnapshot) -> str:
    """The sound a change of the flow calls for: only on arriving at a result page."""
    if before is not None and before.state is after.state and before.visit == after.visit:
        return ""
    if after.state is DeskState.DONE:
        return "ok"
    if after.state is DeskState.ALREADY_SIGNED:
        return "already"
    if after.state is DeskState.NOT_FOUND and after.lookup is not None:
        return "not_found"  # a badge that found no one; not the attendant's own search
    if after.state is DeskState.RECEIPT and after.receipt is not None:
        return "ok" if after.receipt.status == "valid" else "not_found"
    return ""


class SoundPlayer(QObject):
    played = Signal(str)

    def __init__(self, parent: QObject | None = None, *, muted: bool = False) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[str, Any] | None = None  # kind -> QSoundEffect, once loaded

    def play(self, kind: str) -> None:
        if self.muted or kind not in SOUNDS:
            return
        self.played.emit(kind)
        effect = self.load().get(kind)
        if effect is not None:
            effect.play()

    def load(self) -> dict[str, Any]:
        """Load the sounds now (QtMultimedia takes a moment: the desk does it while idle)."""
        if self._effects is None:
            self._effects = self._make_effects()
        return self._effects

    def _make_effects(self) -> dict[str, Any]:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                log.info("no audio output: the desk's sounds stay silent")
                return {}
            effects = {}
            for kind in SOUNDS:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
                effect.setVolume(VOLUME)
                effects[kind] = effect
            return effects
        except Exception:  # a broken audio stack must never reach the attendant
            log.warning("sounds unavailable", exc_info=True)
            return {}

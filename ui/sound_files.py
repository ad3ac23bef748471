"""The desk's three result sounds, made from tones (no samples to license), deterministically.

``python -m ui.sound_files`` rewrites resources/sounds/*.wav; the sound test makes them again
and compares bytes, so a committed file always matches this recipe.

- ok: two rising notes, bright and short — "done, thank you";
- already: the same note twice — "look at the screen";
- not_found: two falling low notes — "please see the attendant".
"""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.45  # of full scale: clear at a desk, not startling
FADE_S = 0.012  # soft edges: no click at the start or end of a note

# (frequency Hz, seconds) per note; 0 Hz is a pause.
RECIPES: dict[str, tuple[tuple[float, float], ...]] = {
    "ok": ((1046.5, 0.09), (0, 0.02), (1318.5, 0.16)),  # C6 then E6
    "already": ((880.0, 0.12), (0, 0.08), (880.0, 0.12)),  # A5, A5
    "not_found": ((392.0, 0.16), (0, 0.03), (311.1, 0.26)),  # G4 then D#4
}


def _note(frequency: float, seconds: float) -> list[int]:
    count = round(RATE * seconds)
    fade = max(1, round(RATE * FADE_S))
    samples = []
    for i in range(count):
        if frequency == 0:
            samples.append(0)
            continue
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        # a little of the octave makes a tone audible on small laptop speakers
        wave_value = math.sin(2 * math.pi * frequency * i / RATE)
        wave_value += 0.25 * math.sin(4 * math.pi * frequency * i / RATE)
        samples.append(round(32767 * PEAK * envelope * wave_value / 1.25))
    return samples


def wav_bytes(kind: str) -> bytes:
    """The WAV file of one sound (16-bit mono PCM)."""
    samples = [s for note in RECIPES[kind] for s in _note(*note)]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in RECIPES:
        path = folder / f"{kind}.wav"
        path.write_bytes(wav_bytes(kind))
        written.append(path)
    return written


if __name__ == "__main__":
    from desktop_app.resources import resource_path

    for path in write_all(resource_path("sounds")):
        print(path)

"""The result sounds: made deterministically, distinct, observable without a speaker, and
silent (never failing) where no audio output exists."""

from __future__ import annotations

import wave
from dataclasses import replace
from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskSnapshot, DeskState
from desktop_app.resources import resource_path
from ui.sound_files import RECIPES, wav_bytes
from ui.sound_player import SOUNDS, SoundPlayer, result_sound


def test_committed_sounds_are_the_recipe_and_each_is_its_own() -> None:
    made = {kind: wav_bytes(kind) for kind in RECIPES}
    for kind, data in made.items():
        committed = resource_path("sounds", f"{kind}.wav").read_bytes()
        assert committed == data, f"{kind}.wav is stale: run python -m ui.sound_files"
        with wave.open(str(resource_path("sounds", f"{kind}.wav"))) as w:
            seconds = w.getnframes() / w.getframerate()
        assert 0.2 < seconds < 0.6  # noqa: timing (the file's length: a signal, not a tune)
    assert len(set(made.values())) == len(made) == len(SOUNDS)


def test_the_player_is_observable_and_degrades_silently(qtbot: QtBot) -> None:
    player = SoundPlayer()
    played: list[str] = []
    player.played.connect(played.append)
    effects = player.load()  # no sound server here: no effects, and no error either
    assert isinstance(effects, dict)
    player.play("ok")
    player.muted = True
    player.play("already")
    player.play("nonsense")
    player.muted = False
    player.play("not_found")
    assert played == ["ok", "not_found"]


def test_a_sound_only_on_arriving_at_a_result() -> None:
    ready = DeskSnapshot()
    done = replace(ready, state=DeskState.DONE)
    assert result_sound(ready, done) == "ok"
    assert result_sound(done, replace(done, notice="reprint_queued")) == ""  # same page
    signed = replace(ready, state=DeskState.ALREADY_SIGNED, visit=1)
    assert result_sound(done, signed) == "already"
    assert result_sound(signed, replace(signed, visit=2)) == "already"  # the next person
    searching = replace(ready, state=DeskState.NOT_FOUND)
    assert result_sound(ready, searching) == ""  # the attendant's own search: no alarm
    unknown = replace(searching, lookup=SimpleNamespace(status="unknown"), visit=3)
    assert result_sound(ready, unknown) == "not_found"

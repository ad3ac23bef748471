"""The installer's data-folder choice: pakta-station.ini beside the bundled programs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.paths import CONFIG_NAME, configured_data_dir, default_data_dir


@pytest.fixture
def frozen_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the bundled program in ``tmp_path/app``."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "pakta-station.exe"))
    monkeypatch.delenv("PAKTA_DATA_DIR", raising=False)
    return app


def test_the_installers_choice_is_the_default(frozen_in: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "D" / "PaktaStation"
    # As Inno Setup writes it: UTF-8 with a BOM, Windows line ends.
    text = f"\ufeff[station]\r\ndata_dir = {chosen}\r\n"
    (frozen_in / CONFIG_NAME).write_bytes(text.encode("utf-8"))
    assert default_data_dir() == chosen


def test_the_environment_wins_over_the_file(
    frozen_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_in / CONFIG_NAME).write_text(f"[station]\ndata_dir = {tmp_path / 'x'}\n")
    monkeypatch.setenv("PAKTA_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir() == tmp_path / "env"


@pytest.mark.parametrize(
    "text", ["", "[station]\n", "[station]\ndata_dir =\n", "not an ini file ][", "[other]\nx=1\n"]
)
def test_a_missing_or_broken_file_falls_back(frozen_in: Path, text: str) -> None:
    (frozen_in / CONFIG_NAME).write_text(text)
    assert configured_data_dir(frozen_in / CONFIG_NAME) is None
    assert default_data_dir().name == "PaktaStation"  # the platform's user data folder


def test_source_checkouts_ignore_any_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("PAKTA_DATA_DIR", raising=False)
    assert "PaktaStation" in str(default_data_dir())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_the_code_pages_inno_setup_writes(frozen_in: Path, tmp_path: Path, encoding: str) -> None:
    chosen = tmp_path / "Data Acara Pemkot Café"  # one character outside ASCII
    text = f"[station]\r\ndata_dir={chosen}\r\n"
    (frozen_in / CONFIG_NAME).write_bytes(text.encode(encoding))
    assert default_data_dir() == chosen

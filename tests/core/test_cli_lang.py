"""`--lang id|en` (or the locale) for every human message of the CLI; --json unaffected."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.catalogue_id import INDONESIAN
from desktop_app.cli.lang import locale_language, set_language, t
from desktop_app.cli.main import main
from desktop_app.devices.serial_link import LinkStatus
from desktop_app.domain import errors
from desktop_app.services.lookup import LookupStatus
from desktop_app.storage.print_models import JOB_STATES
from tests.conftest import REPO_ROOT

CLI = REPO_ROOT / "desktop_app" / "cli"
FIELD = re.compile(r"\{(\w*)[^}]*\}|%\((\w+)\)")


def literal_texts() -> dict[str, str]:
    """Every text literal given to t() in desktop_app/cli -> the file it is in."""
    found: dict[str, str] = {}
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, path.name)
    return found


# Texts chosen from a set of codes at run time (t(status.value) and the like).
CODES = (
    [s.value for s in LinkStatus]
    + [s.value for s in LookupStatus]
    + list(JOB_STATES)
    + ["tip", "hover", "away"]
    + [
        cls.code
        for cls in (
            errors.InvalidInput,
            errors.StoreVersionError,
            errors.DeviceUnavailable,
            errors.IntegrityFailure,
            errors.SignatureDeleted,
            errors.NotFound,
        )
    ]
)


def test_every_cli_text_has_indonesian_with_the_same_placeholders() -> None:
    texts = literal_texts()
    assert len(texts) > 60  # the scan sees the CLI's messages
    missing = [f"{where}: {text!r}" for text, where in texts.items() if text not in INDONESIAN]
    assert missing == []
    for text in texts:
        english = sorted(m for pair in FIELD.findall(text) for m in pair if m)
        indonesian = sorted(m for pair in FIELD.findall(INDONESIAN[text]) for m in pair if m)
        assert english == indonesian, text
        assert INDONESIAN[text].strip(), text


def test_codes_said_at_run_time_have_indonesian() -> None:
    assert [c for c in CODES if c not in INDONESIAN] == []


def test_the_catalogue_holds_nothing_stale() -> None:
    used = set(literal_texts()) | set(CODES) | {"error", "printer_unavailable", "print_failed"}
    argparse_words = {k for k in INDONESIAN if "%" in k} | {
        "usage: ",
        "expected one argument",
        "show this help message and exit",
        "positional arguments",
        "options",
    }
    assert sorted(set(INDONESIAN) - used - argparse_words) == []


def test_t_fills_placeholders_in_either_language() -> None:
    try:
        set_language("en")
        assert t("Wrote {path} ({rows} rows)", path="a.csv", rows=3) == "Wrote a.csv (3 rows)"
        set_language("id")
        assert t("Wrote {path} ({rows} rows)", path="a.csv", rows=3) == "a.csv ditulis (3 baris)"
        assert t("a text nobody translated") == "a text nobody translated"
    finally:
        set_language("en")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "id:en", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "Indonesian_Indonesia.1252"}, "id"),  # how Windows names it
        ({"LANG": "in_ID"}, "id"),  # the old code for Indonesian
        ({"LANG": "idiot"}, "en"),  # the language code decides, not how a word starts
        ({}, "en"),
    ],
)
def test_the_locale_decides_when_lang_is_not_given(environ: dict[str, str], language: str) -> None:
    assert locale_language(environ) == language


def _ceremony(data: Path) -> None:
    args = ["--data-dir", str(data), "ceremony", "create", "--title", "Ikrar"]
    assert main([*args, "--date", "2024-08-26", "--venue", "Balai Kota", "--json"]) == 0


def test_lang_id_speaks_indonesian_and_en_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "st"
    _ceremony(data)
    capsys.readouterr()
    base = ["--data-dir", str(data)]
    assert main([*base, "--lang", "id", "ceremony", "list"]) == 0
    assert "sudah tanda tangan 0/0" in capsys.readouterr().out
    assert main([*base, "ceremony", "list", "--lang", "en"]) == 0
    assert "signed 0/0" in capsys.readouterr().out
    assert main([*base, "--lang", "id", "ceremony", "use", "zzzzzzzz"]) == 1
    assert capsys.readouterr().err.startswith("pakta: tidak ditemukan: ")
    assert main([*base, "--lang", "id", "ceremony", "create", "--title", "x"]) == 2
    assert "argumen berikut wajib diisi" in capsys.readouterr().err


def test_json_is_the_same_in_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "st"
    _ceremony(data)
    capsys.readouterr()
    outputs = []
    for lang in ("id", "en"):
        assert main(["--data-dir", str(data), "--lang", lang, "--json", "ceremony", "list"]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]


def test_an_indonesian_locale_is_the_default(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "id_ID.UTF-8", "PAKTA_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "ceremony", "list"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Belum ada acara")


def test_an_unknown_language_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "ceremony", "list"]) == 2
    assert "--lang" in capsys.readouterr().err

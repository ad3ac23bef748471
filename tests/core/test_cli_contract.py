"""The CLI keeps its contract (docs/cli.md): exit codes 0/1/2/3 by the kind of failure, for
every command; light commands start without loading PDF, printer, HTTP, Excel or Qt code."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.cli.main import COMMANDS, build_parser, command_word, main
from desktop_app.cli.output import (
    EXIT_INVALID,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    exit_code_for,
    foreign_exit_code,
)
from desktop_app.domain import errors
from tests.conftest import REPO_ROOT

NOT_FOUND, INVALID, UNAVAILABLE = EXIT_INVALID, EXIT_USAGE, EXIT_UNAVAILABLE


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with one ceremony (no roster): enough for every failure below."""
    data = tmp_path_factory.mktemp("contract") / "st"
    args = ["--data-dir", str(data), "ceremony", "create", "--title", "Ikrar"]
    assert main([*args, "--date", "2024-08-26", "--venue", "Balai Kota"]) == 0
    return data


# (command line, failure kind, expected exit code). {tmp} is a fresh folder per case.
TABLE: list[tuple[list[str], str, int]] = [
    (["ceremony", "use", "zzzzzzzz"], "not found", NOT_FOUND),
    (["ceremony", "erase", "nope-nope", "--yes"], "not found", NOT_FOUND),
    (["lookup", "199001012015031001", "--ceremony", "nope"], "not found", NOT_FOUND),
    (
        ["export", "progress", "--ceremony", "nope", "--format", "csv", "--out", "{tmp}/p.csv"],
        "not found",
        NOT_FOUND,
    ),
    (["badges", "--ceremony", "nope", "--out", "{tmp}/b.pdf"], "not found", NOT_FOUND),
    (["roster", "import", "{tmp}/r.csv", "--ceremony", "nope"], "not found", NOT_FOUND),
    (["print", "reprint", "deadbeefdeadbeef"], "not found", NOT_FOUND),
    (
        ["ceremony", "create", "--title", "x", "--date", "26-08-2024", "--venue", "v"],
        "invalid input",
        INVALID,
    ),
    (["ceremony", "create", "--title", "x"], "bad usage", INVALID),
    (["roster", "import", "{tmp}/missing.csv"], "unreadable input", INVALID),
    (["roster", "import", "{tmp}/garbage.xlsx"], "unreadable input", INVALID),
    (["verify", "{tmp}/missing.pdf"], "unreadable input", INVALID),
    (["verify"], "bad usage", INVALID),
    (["export", "progress", "--format", "doc", "--out", "x"], "bad usage", INVALID),
    (["rehearse", "--desks", "0"], "bad usage", INVALID),
    (["sync"], "not enrolled", INVALID),
    (["no-such-command"], "bad usage", INVALID),
    (["--lang", "xx", "ceremony", "list"], "bad usage", INVALID),
    (["devices", "test-pad", "socket://127.0.0.1:1", "--seconds", "1"], "no device", UNAVAILABLE),
    (["devices", "test-pad", "{tmp}/ttyNONE", "--seconds", "1"], "no device", UNAVAILABLE),
    (["station", "enroll", "http://127.0.0.1:9", "CODE"], "no server", UNAVAILABLE),
    # The job is kept in the queue (and said so on stdout): printing is retried later.
    (
        ["print", "file", "{tmp}/r.csv", "--printer", "folder:{tmp}/r.csv/sub"],
        "no printer",
        UNAVAILABLE,
    ),
]


@pytest.mark.parametrize(("argv", "kind", "code"), TABLE, ids=[" ".join(c[0]) for c in TABLE])
def test_every_failure_exits_by_its_kind(
    station: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    kind: str,
    code: int,
) -> None:
    (tmp_path / "r.csv").write_text("Nama,NIP\nBudi,199001012015031001\n", "utf-8")
    (tmp_path / "garbage.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["--data-dir", str(station), *args]) == code, kind
    out, err = capsys.readouterr()
    if kind == "no printer":
        assert "kept; it will be retried" in out
    else:
        assert out == "" and err.strip().startswith(("pakta:", "usage:")), err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errors.NotFound("x"), NOT_FOUND),
        (errors.AlreadySigned("x", record_id="r", signed_at="t", station="s"), NOT_FOUND),
        (errors.IntegrityFailure("x"), NOT_FOUND),
        (errors.SignatureDeleted("x"), NOT_FOUND),
        (errors.InvalidInput("x"), INVALID),
        (errors.StoreVersionError("x"), INVALID),
        (errors.PaktaError("x"), INVALID),
        (errors.DeviceUnavailable("x"), UNAVAILABLE),
    ],
)
def test_core_errors_map_by_type(error: errors.PaktaError, code: int) -> None:
    assert exit_code_for(error) == code


def test_sync_errors_map_by_name_without_importing_them() -> None:
    from desktop_app.sync.client import NotAuthorised, RequestRefused, ServerUnavailable

    assert foreign_exit_code(ServerUnavailable("down")) == UNAVAILABLE
    assert foreign_exit_code(NotAuthorised("revoked", 401)) == UNAVAILABLE
    assert foreign_exit_code(RequestRefused("no", 400)) == INVALID
    assert foreign_exit_code(RuntimeError("surprise")) is None


def _raising_command(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """A command whose handler raises ``error``: what main() does with what escapes."""
    module = types.ModuleType("tests_fake_command")

    def handler(args: argparse.Namespace, out: object) -> int:
        raise error

    def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        sub.add_parser("boom").set_defaults(handler=handler)

    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(COMMANDS, "boom", (module.__name__, "raises"))


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (RuntimeError("a bug"), INVALID),
        (KeyError("a bug"), INVALID),
        (PermissionError(13, "Permission denied", "/somewhere"), INVALID),
        (errors.NotFound("gone"), NOT_FOUND),
        (errors.DeviceUnavailable("unplugged"), UNAVAILABLE),
    ],
)
def test_what_escapes_a_handler_never_exits_70(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    error: BaseException,
    code: int,
) -> None:
    _raising_command(monkeypatch, error)
    assert main(["--data-dir", str(tmp_path), "boom"]) == code
    err = capsys.readouterr().err
    assert err.startswith("pakta: ") and "Traceback" not in err


def test_debug_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _raising_command(monkeypatch, RuntimeError("a bug"))
    assert main(["--data-dir", str(tmp_path), "--debug", "boom"]) == INVALID
    assert "Traceback" in capsys.readouterr().err


def test_the_command_table_matches_what_the_modules_register() -> None:
    full = build_parser(every=True)
    sub = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert set(helps) == set(COMMANDS)
    for name, (module, help_text) in COMMANDS.items():
        alone = build_parser(name)
        inner = next(a for a in alone._actions if isinstance(a, argparse._SubParsersAction))
        real = inner.choices[name]
        assert real.get_default("handler") or real._subparsers, f"{name} is only a stub"
        assert helps[name] == help_text, f"help of {name} differs from {module}"


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["--data-dir", "lookup", "ceremony", "list"], "ceremony"),
        (["--lang", "id", "--json", "lookup", "x"], "lookup"),
        (["--data-dir=/x", "sync"], "sync"),
        (["--json"], None),
        ([], None),
    ],
)
def test_command_word_skips_global_options(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


HEAVY = ("escpos", "reportlab", "PySide6", "httpx", "openpyxl", "pypdf", "numpy", "alembic")


@pytest.mark.parametrize(
    "argv",
    [
        ["lookup", "199001012015031001"],
        ["ceremony", "list"],
        ["--help"],
        ["simulate", "--help"],
    ],
)
def test_a_light_command_loads_no_heavy_module(station: Path, argv: list[str]) -> None:
    """Not timed (benchmarks/bench_cli.py measures the start): it checks what was imported."""
    code = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        "try:\n"
        f"    main(['--data-dir', {str(station)!r}, *{argv!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('\\n' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "", f"{argv} loaded {done.stdout.splitlines()[-1]}"


def test_the_store_is_opened_without_alembic_when_current(station: Path) -> None:
    from desktop_app.storage import migrate

    code = (
        "import sys, json\n"
        "from desktop_app.storage.store import Store\n"
        f"with Store.open(__import__('pathlib').Path({str(station)!r})):\n"
        "    pass\n"
        "print(json.dumps('alembic' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) is False
    # The cheap look agrees with Alembic itself about the newest revision.
    from alembic.script import ScriptDirectory

    assert (
        migrate.declared_head() == ScriptDirectory.from_config(migrate._config()).get_current_head()
    )


def test_declared_head_steps_aside_when_unclear(tmp_path: Path) -> None:
    from desktop_app.storage.migrate import declared_head

    (tmp_path / "a.py").write_text('revision = "a"\ndown_revision = None\n', "utf-8")
    (tmp_path / "b.py").write_text('revision: str = "b"\ndown_revision = "a"\n', "utf-8")
    assert declared_head(tmp_path) == "b"
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = "a"\n', "utf-8")
    assert declared_head(tmp_path) is None  # two heads: Alembic decides
    (tmp_path / "d.py").write_text("nothing here\n", "utf-8")
    assert declared_head(tmp_path) is None


def test_main_module_keeps_its_entry_point() -> None:
    assert callable(cli_main.main)

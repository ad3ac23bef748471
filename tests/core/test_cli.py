"""The `pakta` command contract (docs/cli.md): JSON output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.core.conftest import NIPS


def pakta(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(data_dir), *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
    )


def _json(proc: subprocess.CompletedProcess[str]) -> dict[str, object]:
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout  # one JSON object and nothing else on stdout
    value = json.loads(lines[0])
    assert isinstance(value, dict)
    return value


def test_ceremony_roster_lookup_export_round_trip(tmp_path: Path) -> None:
    d = tmp_path / "st"
    created = _json(
        pakta(
            d,
            "ceremony",
            "create",
            "--title",
            "Ikrar",
            "--date",
            "2024-08-26",
            "--venue",
            "Balai Kota",
            "--expected",
            "3",
            "--json",
        )
    )
    listing = _json(pakta(d, "--json", "ceremony", "list"))
    assert listing["ceremonies"] == [
        {
            "id": created["id"],
            "title": "Ikrar",
            "date": "2024-08-26",
            "venue": "Balai Kota",
            "organizer": "",
            "expected": 3,
            "roster": 0,
            "signed": 0,
            "active": True,
            "min_read_s": 5,
            "consent_form": "separate",
            "timezone": "Asia/Jakarta",
        }
    ]
    roster = tmp_path / "roster.csv"
    roster.write_text(f"Nama,NIP,Unit Kerja\nBudi,{NIPS[0]},Dinas A\nX,123,Dinas B\n", "utf-8")
    imported = _json(pakta(d, "roster", "import", str(roster), "--json"))
    assert (imported["imported"], imported["rejected"]) == (
        1,
        [{"row": 3, "reason": imported["rejected"][0]["reason"]}],
    )  # type: ignore[index]
    found = pakta(d, "lookup", f"{NIPS[0]}\r\n", "--json")
    assert found.returncode == 0
    assert _json(found)["status"] == "found" and _json(found)["name"] == "Budi"
    unknown = pakta(d, "lookup", NIPS[1], "--json")
    assert unknown.returncode == 1 and _json(unknown)["status"] == "unknown"
    invalid = pakta(d, "lookup", "garbage!", "--json")
    assert invalid.returncode == 1 and _json(invalid)["status"] == "invalid"
    out = tmp_path / "progress.csv"
    exported = _json(pakta(d, "export", "progress", "--format", "csv", "--out", str(out), "--json"))
    assert exported == {"path": str(out), "rows": 1}
    assert out.read_text("utf-8-sig").splitlines()[1] == "Dinas A,1,0,1"
    used = pakta(d, "ceremony", "use", str(created["id"])[:8])
    assert used.returncode == 0 and "Active ceremony" in used.stdout


_CREATE = ("ceremony", "create", "--title", "x", "--date", "2024-08-26", "--venue", "v")


def test_ceremony_consent_options_are_stored_and_a_bad_one_changes_nothing(
    tmp_path: Path,
) -> None:
    d = tmp_path / "st"
    options = ("--min-read-seconds", "8", "--consent-form", "compact", "--timezone", "wita")
    created = _json(pakta(d, *_CREATE, *options, "--json"))
    assert pakta(d, *_CREATE, "--timezone", "Asia/Jayapura").returncode == 0
    refused = pakta(d, *_CREATE, "--timezone", "WITA-ish")
    assert refused.returncode == 2 and "time zone" in refused.stderr
    listing = _json(pakta(d, "--json", "ceremony", "list"))["ceremonies"]
    assert len(listing) == 2  # type: ignore[arg-type]
    first = next(c for c in listing if c["id"] == created["id"])  # type: ignore[union-attr]
    assert (first["min_read_s"], first["consent_form"], first["timezone"]) == (
        8,
        "compact",
        "Asia/Makassar",
    )


@pytest.mark.parametrize(
    "args",
    [
        ("ceremony", "create", "--title", "x", "--date", "26-08-2024", "--venue", "v"),
        ("ceremony", "create", "--title", "x", "--date", "2024-08-26"),  # missing --venue
        ("roster", "import", "/no/such/file.csv"),
        ("no-such-command",),
        ("export", "progress", "--format", "doc", "--out", "x"),
        (*_CREATE, "--min-read-seconds", "-1"),
        (*_CREATE, "--min-read-seconds", "lima"),
        (*_CREATE, "--min-read-seconds", "100000"),
        (*_CREATE, "--consent-form", "both"),
        (*_CREATE, "--timezone", "Mars/Olympus_Mons"),
        (*_CREATE, "--timezone", "../../etc/passwd"),
        (*_CREATE, "--timezone", ""),
    ],
)
def test_bad_usage_exits_2_with_a_message_and_no_traceback(  # not found: test_cli_contract.py
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    proc = pakta(tmp_path / "st", *args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and proc.stderr.strip()
    assert proc.stdout == ""


def test_rehearse_sets_up_a_demo_and_signs(tmp_path: Path) -> None:
    proc = pakta(tmp_path / "st", "rehearse", "--attendees", "12", "--desks", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    result = _json(proc)
    assert (result["attendees"], result["signed"], result["lost"]) == (12, 12, 0)
    assert result["chain_ok"] is True
    listing = _json(pakta(tmp_path / "st", "ceremony", "list", "--json"))
    (ceremony,) = listing["ceremonies"]  # type: ignore[misc]
    assert ceremony["signed"] == 12 and ceremony["roster"] == 650

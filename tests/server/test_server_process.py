"""`pakta server` as a real uvicorn process (two workers, PostgreSQL) driven by the `pakta` CLI
of two stations: enrol, sync with --json, report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.server.helpers import REPO_ROOT, new_ceremony, new_station, sign, start_server
from tests.server.pg import fresh_database


def pakta(*args: str, stdin: str | None = None) -> tuple[int, Any, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "--json", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )
    payload = json.loads(proc.stdout) if proc.stdout.strip() else None
    return proc.returncode, payload, proc.stderr


@pytest.mark.slow
def test_cli_enrol_sync_report_against_uvicorn_on_postgres(tmp_path: Path) -> None:
    with fresh_database() as db_url:
        code, user, err = pakta(
            "server",
            "user",
            "add",
            "pengawas",
            "--role",
            "viewer",
            "--db",
            db_url,
            stdin="rahasia-sekali\n",
        )
        assert code == 0, err
        assert user == {"user": "pengawas", "role": "viewer"}
        codes = {}
        for name in ("Meja 1", "Meja 2"):
            code, added, err = pakta("server", "--db", db_url, "station", "add", name)
            assert code == 0, err
            codes[name] = added["code"]
        a_dir, b_dir = tmp_path / "Meja 1", tmp_path / "Meja 2"
        with new_station(tmp_path, "Meja 1") as a:
            cid = new_ceremony(a, 8)
            for i in range(5):
                sign(a, cid, i)
        new_station(tmp_path, "Meja 2").close()

        # Not reachable yet: a clear exit 3, records kept.
        code, _, err = pakta(
            "--data-dir", str(a_dir), "station", "enroll", "http://127.0.0.1:9", codes["Meja 1"]
        )
        assert code == 3 and "reach" in err

        server = start_server(db_url, tmp_path / "server.log", workers=2)
        try:
            code, out, err = pakta(
                "--data-dir", str(a_dir), "station", "enroll", server.url, codes["Meja 1"]
            )
            assert code == 0 and out["enrolled"], err
            code, out, err = pakta(
                "--data-dir", str(a_dir), "station", "enroll", server.url, codes["Meja 1"]
            )
            assert code == 2 and "refused" in err  # the code was one-time
            code, out, err = pakta("--data-dir", str(b_dir), "sync")
            assert code == 2 and "not enrolled" in err
            code, out, err = pakta(
                "--data-dir", str(b_dir), "station", "enroll", server.url, codes["Meja 2"]
            )
            assert code == 0, err

            code, report, err = pakta("--data-dir", str(a_dir), "sync")
            assert code == 0, err
            assert {"pushed", "accepted", "duplicates", "rejected", "pulled"} <= set(report)
            assert (report["pushed"], report["accepted"], report["rejected"]) == (5, 5, [])
            code, report, err = pakta("--data-dir", str(b_dir), "sync")
            assert code == 0 and report["pulled"] >= 8 + 5, err

            with new_station(tmp_path, "Meja 2") as b:
                sign(b, cid, 2)  # already signed at Meja 1: a duplicate across desks
                sign(b, cid, 6)
            code, report, err = pakta("--data-dir", str(b_dir), "sync", "--server", server.url)
            assert code == 0, err
            assert (report["accepted"], report["duplicates"]) == (2, 1)
            code, report, err = pakta("--data-dir", str(b_dir), "sync")
            assert (report["pushed"], report["pulled"]) == (0, 0)

            code, status, err = pakta("--data-dir", str(a_dir), "station", "status")
            assert status["pending"] == 0 and status["enrolled"]
        finally:
            server.stop()

        code, report, err = pakta("server", "report", "--db", db_url)
        assert code == 0, err
        (ceremony,) = report["ceremonies"]
        assert ceremony["id"] == cid
        assert (
            ceremony["signed"],
            ceremony["records"],
            ceremony["duplicates"],
            ceremony["stations"],
        ) == (6, 7, 1, 2)

        code, revoked, err = pakta("server", "station", "revoke", "Meja 2", "--db", db_url)
        assert code == 0 and revoked["revoked_at"], err
        server = start_server(db_url, tmp_path / "server.log", workers=1)
        try:
            code, _, err = pakta("--data-dir", str(b_dir), "sync", "--server", server.url)
            assert code == 3 and "revoked" in err
        finally:
            server.stop()


def _pakta_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    """The same CLI, in this process (quicker than a subprocess for administrative calls)."""
    from desktop_app.cli.main import main

    capsys.readouterr()
    code = main(["--json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def test_server_commands_default_to_sqlite_in_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path)
    code, added, err = _pakta_here(capsys, "--data-dir", data, "server", "station", "add", "M9")
    assert code == 0, err
    assert len(added["code"]) == 14
    assert (tmp_path / "server.db").exists()
    code, again, err = _pakta_here(capsys, "--data-dir", data, "server", "station", "add", "M9")
    assert code == 0 and again["code"] != added["code"]  # not yet enrolled: a fresh code
    code, listing, err = _pakta_here(capsys, "--data-dir", data, "server", "station", "list")
    assert [s["name"] for s in listing["stations"]] == ["M9"]
    code, report, err = _pakta_here(capsys, "--data-dir", data, "server", "report")
    assert code == 0 and report == {"ceremonies": []}
    code, _, err = _pakta_here(
        capsys,
        "--data-dir",
        data,
        "server",
        "user",
        "add",
        "x",
        "--role",
        "boss",
        "--password",
        "12345678",
    )
    assert code == 2
    code, _, err = _pakta_here(
        capsys,
        "--data-dir",
        data,
        "server",
        "user",
        "add",
        "x",
        "--role",
        "admin",
        "--password",
        "short",
    )
    assert code == 2 and "8 characters" in err
    code, _, err = _pakta_here(capsys, "--data-dir", data, "server", "station", "revoke", "nope")
    assert code == 2 and "no station" in err

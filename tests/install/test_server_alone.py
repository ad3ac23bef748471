"""The central server stands alone: a fresh virtual environment from requirements/server.txt and
the project (--no-deps) has no Qt and no device library, and `pakta server` started from it
serves a station (this test's own environment) that enrols and pushes its signings."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll
from tests.conftest import REPO_ROOT
from tests.server.helpers import free_port, new_ceremony, new_station, sign

DESK_LIBRARIES = ("PySide6", "shiboken6", "serial", "escpos", "zxingcpp")
DESK_LIBRARIES += ("numpy", "pypdf", "httpx")
SOURCES = ("pakta_common", "desktop_app", "ui", "server", "pyproject.toml", "README.md")


def _run(*cmd: str | Path, timeout: float = 600, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kw,  # type: ignore[arg-type]
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def server_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """requirements/server.txt with hashes, then a copy of the project itself, --no-deps
    (installed from a copy: the build leaves nothing in the work tree)."""
    root = tmp_path_factory.mktemp("server-alone")
    venv = root / "venv"
    _ok(_run(sys.executable, "-m", "venv", venv))
    python = venv / "bin" / "python"
    pip = (python, "-m", "pip", "install", "-q", "--disable-pip-version-check")
    _ok(_run(*pip, "--require-hashes", "-r", REPO_ROOT / "requirements" / "pip.txt"))
    _ok(_run(*pip, "--require-hashes", "--no-deps", "-r", REPO_ROOT / "requirements/server.txt"))
    project = root / "project"
    project.mkdir()
    for name in SOURCES:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    _ok(_run(*pip, "--no-deps", "--no-build-isolation", project))
    return venv


@pytest.mark.slow
@pytest.mark.posix  # the venv's bin/ layout; Windows has Scripts\
def test_no_desk_library_is_installed(server_venv: Path) -> None:
    python = server_venv / "bin" / "python"
    for library in DESK_LIBRARIES:
        result = _run(python, "-c", f"import {library}", cwd=server_venv)
        assert result.returncode != 0, f"{library} is importable in the server's environment"
        assert "ModuleNotFoundError" in result.stderr
    # ... and what the server and the CLI frame need is there.
    _ok(_run(python, "-c", "import server.app, server.commands, desktop_app.cli.main"))
    # A desk command says what is missing (exit 2), never a traceback.
    pakta = server_venv / "bin" / "pakta"
    desk = _run(pakta, "--data-dir", server_venv / "station", "--json", "desk")
    assert desk.returncode == 2, desk.stderr
    assert json.loads(desk.stdout)["kind"] == "not_installed"
    assert "pakta-station[desk]" in desk.stderr and "Traceback" not in desk.stderr


@pytest.mark.slow
@pytest.mark.posix
def test_pakta_server_from_it_serves_a_station(server_venv: Path, tmp_path: Path) -> None:
    pakta = server_venv / "bin" / "pakta"
    data = tmp_path / "server-data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAKTA_")}
    env["PYTHONUNBUFFERED"] = "1"
    code = json.loads(
        _ok(
            _run(pakta, "--data-dir", data, "--json", "server", "station", "add", "Meja 1", env=env)
        )
    )["code"]
    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [str(pakta), "--data-dir", str(data), "server", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        health = _wait_for_health(server, url)
        assert health == 200, (tmp_path / "server.log").read_text()[-3000:]

        with new_station(tmp_path, "Meja 1") as store:
            ceremony = new_ceremony(store, 6)
            signed = {sign(store, ceremony, i).record_id for i in range(4)}
            link = enroll(store, url, code)
            with SyncClient.connect(link.url, link.token) as client:
                report = sync_once(store, client)
        assert report.pushed == 4 and report.accepted == 4, report

        held = json.loads(
            _ok(_run(pakta, "--data-dir", data, "--json", "server", "report", env=env))
        )
        (mine,) = [c for c in held["ceremonies"] if c["id"] == ceremony]
        assert mine["records"] == len(signed) == 4
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        log.close()


def _wait_for_health(server: subprocess.Popen[bytes], url: str) -> int | None:
    """The health answer's status once the server answers; None when it exited first."""
    with httpx.Client(base_url=url, timeout=2) as http:
        for _ in range(300):
            if server.poll() is not None:
                return None
            try:
                return http.get("/api/v1/health").status_code
            except httpx.TransportError:
                # not listening yet: wait a moment, or for it to exit
                with contextlib.suppress(subprocess.TimeoutExpired):
                    server.wait(0.2)
    return None

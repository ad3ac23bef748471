"""The lock (requirements/*.txt, made by scripts/lock.sh) covers what pyproject declares.

Read offline: every dependency of each set is pinned to one exact version inside its declared
range, every pin carries PyPI hashes, one package has one version in all sets, and the scripts
install from the lock with hashes required.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import REPO_ROOT

REQ = REPO_ROOT / "requirements"
# Which extras of pyproject each lock file holds (besides the base dependencies).
SETS: dict[str, tuple[str, ...]] = {
    "runtime.txt": ("desk",),
    "server.txt": ("server",),
    "bundle.txt": ("desk", "server", "bundle"),
    "dev.txt": ("desk", "server", "dev", "bundle"),
}
# The central server stands alone: none of the desk's libraries (nor what only they pull in).
DESK_ONLY = (
    "pyside6-essentials",
    "pyside6-addons",
    "shiboken6",
    "pyserial",
    "python-escpos",
    "zxing-cpp",
    "rl-accel",
    "pypdf",
    "numpy",
    "httpx",
    "zeroconf",  # the desk finds the venue hub on the LAN
    "ifaddr",
)
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")

Pins = dict[str, list[tuple[Version, Marker | None, int]]]


def read_lock(path: Path) -> Pins:
    """name -> [(version, marker, number of hashes)]: a name may fork by marker."""
    pins: Pins = {}
    current: list[tuple[Version, Marker | None, int]] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name, version, marker = match.groups()
            current = pins.setdefault(canonicalize_name(name), [])
            current.append((Version(version), Marker(marker) if marker else None, 0))
        elif line.strip().startswith("--hash=sha256:") and current:
            version, marker, hashes = current[-1]
            current[-1] = (version, marker, hashes + 1)
        elif line and not line.startswith((" ", "#")):
            raise AssertionError(f"{path.name}: not an exact pin: {line!r}")
    return pins


def declared(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize("lock_name", sorted(SETS))
def test_every_declared_dependency_is_pinned_inside_its_range(lock_name: str) -> None:
    pins = read_lock(REQ / lock_name)
    for requirement in declared(SETS[lock_name]):
        found = pins.get(canonicalize_name(requirement.name))
        assert found, f"{lock_name}: {requirement.name} is declared but not locked"
        for version, _marker, _hashes in found:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{lock_name}: {requirement.name}=={version} is outside {requirement.specifier}"
            )
    # The build backend travels in every set: the project installs with --no-build-isolation.
    assert {"setuptools", "wheel"} <= pins.keys()


@pytest.mark.parametrize("lock_name", [*sorted(SETS), "pip.txt"])
def test_every_pin_carries_hashes(lock_name: str) -> None:
    pins = read_lock(REQ / lock_name)
    assert pins
    for name, forks in pins.items():
        for version, _marker, hashes in forks:
            assert hashes >= 1, f"{lock_name}: {name}=={version} has no hash"


def test_one_package_has_one_version_in_every_set() -> None:
    dev = read_lock(REQ / "dev.txt")
    for lock_name in SETS:
        for name, forks in read_lock(REQ / lock_name).items():
            assert name in dev, f"{lock_name}: {name} is not in dev.txt"
            assert {str(v) for v, _m, _h in forks} <= {str(v) for v, _m, _h in dev[name]}, name


def test_the_server_set_holds_no_desk_library() -> None:
    pins = read_lock(REQ / "server.txt")
    assert {"fastapi", "uvicorn", "qrcode", "sqlalchemy", "openpyxl"} <= pins.keys()
    assert sorted(set(DESK_ONLY) & pins.keys()) == []
    # what the server installs too (ReportLab and its Pillow: chase lists) is not desk-only
    desk = {canonicalize_name(r.name) for r in declared(("desk",))} - pins.keys()
    assert desk <= set(DESK_ONLY)  # a new desk library is named above too


def test_pyside6_stays_below_6_12() -> None:
    # pyproject explains why: 6.12.0 under-counts None on Python 3.11 and aborts.
    for lock_name in ("runtime.txt", "bundle.txt", "dev.txt"):
        pins = read_lock(REQ / lock_name)
        for name in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
            for version, _marker, _hashes in pins[name]:
                assert version < Version("6.12"), f"{lock_name}: {name}=={version}"


def test_the_lock_reader_refuses_a_loose_line(tmp_path: Path) -> None:
    loose = tmp_path / "loose.txt"
    loose.write_text("alembic>=1.13\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="not an exact pin"):
        read_lock(loose)
    unhashed = tmp_path / "unhashed.txt"
    unhashed.write_text("alembic==1.20.1\n", encoding="utf-8")
    assert read_lock(unhashed)["alembic"][0][2] == 0


@pytest.mark.parametrize(
    ("script", "lock_name"),
    [("bootstrap.sh", "dev.txt"), ("build-bundle.sh", "bundle.txt")],
)
def test_set_up_and_bundle_install_from_the_lock(script: str, lock_name: str) -> None:
    text = (REPO_ROOT / "scripts" / script).read_text(encoding="utf-8")
    assert f"lock=requirements/{lock_name}" in text
    assert '--require-hashes --no-deps -r "$lock"' in text
    assert "--no-deps --no-build-isolation" in text
    # The environment is rebuilt when the lock changes: the stamp hashes the lock itself.
    assert 'want=$(cat pyproject.toml requirements/pip.txt "$lock" | sha256sum' in text

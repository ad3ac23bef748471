"""The layer rules of docs/architecture.md, enforced by import-linter (contracts in
pyproject.toml, [tool.importlinter]): a plain pytest run catches a broken layer too, not only
`lint-imports` in scripts/test.sh."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# Modules whose import graph import-linter must see: every contract's source package.
CONTRACTED = {"pakta_common", "desktop_app", "ui", "server"}


def _lint(
    cwd: Path, *args: str, pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_the_import_contracts_hold() -> None:
    result = _lint(REPO_ROOT)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_package_is_under_contract() -> None:
    """A new top-level package of the project cannot slip past the layer rules."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))
    linter = config["tool"]["importlinter"]
    assert set(linter["root_packages"]) == CONTRACTED
    packaged = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert {p.rstrip("*") for p in packaged} == CONTRACTED
    names = {c["name"] for c in linter["contracts"]}
    assert any("no package cycles" in n for n in names)


def test_import_linter_sees_an_indirect_and_a_lazy_import(tmp_path: Path) -> None:
    """The tool the project relies on catches what the old hand-written checker missed: a
    forbidden import two modules away, made inside a function."""
    package = tmp_path / "layered"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "core.py").write_text("from layered import helper\n")
    (package / "helper.py").write_text("def later():\n    from layered import gui\n")
    (package / "gui.py").write_text("")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_package = layered\n\n"
        "[importlinter:contract:core]\nname = core never reaches gui\ntype = forbidden\n"
        "source_modules = layered.core\nforbidden_modules = layered.gui\n"
    )
    result = _lint(tmp_path, pythonpath=tmp_path)
    assert result.returncode == 1, result.stdout
    assert "layered.core -> layered.helper" in result.stdout
    assert "BROKEN" in result.stdout

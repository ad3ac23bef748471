"""The layer rules of docs/architecture.md, enforced on the import graph."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

FORBIDDEN = {
    # desktop_app/ is the Qt-free core.
    "desktop_app": ("PySide6", "shiboken6", "ui", "server"),
    # ui/ reaches storage, serial, PDFs and HTTP only through desktop_app services.
    "ui": (
        "sqlalchemy",
        "alembic",
        "serial",
        "reportlab",
        "httpx",
        "escpos",
        "pypdf",
        "desktop_app.storage",
        "server",
    ),
}
SERVER_MAY_IMPORT_FROM_CORE = (
    "desktop_app.sync.wire",
    "desktop_app.venue.wire",
    "desktop_app.integrity",
)
# Composition roots (docs/architecture.md): the CLI commands that start the desk GUI and the
# server wire those layers in, lazily inside their handlers, so importing the core stays Qt-free.
COMPOSITION_ROOTS = {
    "desktop_app/cli/cmd_desk.py": ("ui",),
    "desktop_app/cli/cmd_server.py": ("server",),
    "desktop_app/cli/cmd_venue.py": ("server", "ui"),  # the hub process, the big screen
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(package: str, is_forbidden: object) -> list[str]:
    assert callable(is_forbidden)
    problems = []
    for path in sorted((REPO_ROOT / package).rglob("*.py")):
        allowed = COMPOSITION_ROOTS.get(path.relative_to(REPO_ROOT).as_posix(), ())
        for lineno, module in _imports(path):
            if is_forbidden(module) and not any(_under(module, a) for a in allowed):
                problems.append(f"{path.relative_to(REPO_ROOT)}:{lineno} imports {module}")
    return problems


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports(package: str) -> None:
    banned = FORBIDDEN[package]
    assert _violations(package, lambda m: any(_under(m, b) for b in banned)) == []


def test_server_uses_only_wire_and_integrity_from_core() -> None:
    def forbidden(module: str) -> bool:
        return (
            (
                _under(module, "desktop_app")
                and not any(_under(module, allowed) for allowed in SERVER_MAY_IMPORT_FROM_CORE)
            )
            or _under(module, "PySide6")
            or _under(module, "ui")
        )

    assert _violations("server", forbidden) == []


def test_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert [m for _, m in _imports(bad)] == ["PySide6.QtCore", "sqlalchemy.orm"]


def test_importing_the_whole_core_loads_no_qt() -> None:
    """Indirect imports count too: load every core module, then look at sys.modules."""
    code = (
        "import importlib, pkgutil, sys, desktop_app\n"
        "for m in pkgutil.walk_packages(desktop_app.__path__, 'desktop_app.'):\n"
        "    if '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""

"""The layer rules of docs/architecture.md, enforced on the import graph."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

FORBIDDEN = {
    # pakta_common/ is what station and server share: it needs neither of them, nor Qt.
    "pakta_common": ("PySide6", "shiboken6", "ui", "server", "desktop_app"),
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


def test_server_uses_only_the_shared_package() -> None:
    def forbidden(module: str) -> bool:
        return any(_under(module, banned) for banned in ("desktop_app", "PySide6", "ui"))

    assert _violations("server", forbidden) == []


def test_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert [m for _, m in _imports(bad)] == ["PySide6.QtCore", "sqlalchemy.orm"]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _all_imports(path: Path, module: str) -> set[str]:
    """Every module ``path`` names in an import, at any depth (lazy ones too), relative
    imports resolved; ``from a import b`` names both a and a.b (b may be a module)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def import_graph(*packages: str) -> dict[str, set[str]]:
    """First-party module -> modules it imports, read from the source (nothing is imported,
    so POSIX-only or Windows-only modules are checked on any OS)."""
    graph: dict[str, set[str]] = {}
    for package in packages:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = _module_name(path)
            graph[name] = _all_imports(path, name)
    return graph


def reach(
    graph: dict[str, set[str]], start: str, skip: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    """Every module reachable from ``start`` through first-party modules -> the module that
    first imported it; edges a composition root may take (``skip``) are not followed."""
    seen: dict[str, str] = {start: ""}
    todo = [start]
    while todo:
        current = todo.pop()
        allowed = skip.get(current, ())
        for target in sorted(graph.get(current, ())):
            if target in seen or any(_under(target, a) for a in allowed):
                continue
            seen[target] = current
            if target in graph:
                todo.append(target)
    return seen


def _path_to(seen: dict[str, str], target: str) -> str:
    chain = [target]
    while seen.get(chain[-1]):
        chain.append(seen[chain[-1]])
    return " <- ".join(chain)


def test_the_whole_core_reaches_no_qt_even_indirectly() -> None:
    """Indirect imports count too: every core module, followed through the modules it
    imports (lazy imports included), never reaches Qt, ui/ or server/."""
    graph = import_graph("pakta_common", "desktop_app", "ui", "server")
    roots = {_module_name(REPO_ROOT / path): allowed for path, allowed in COMPOSITION_ROOTS.items()}
    problems = []
    for module in sorted(m for m in graph if _under(m, "desktop_app")):
        seen = reach(graph, module, roots)
        for target in seen:
            if any(_under(target, banned) for banned in ("PySide6", "shiboken6", "ui", "server")):
                problems.append(_path_to(seen, target))
                break
    assert problems == []


def test_the_graph_checker_sees_an_indirect_import(tmp_path: Path) -> None:
    graph = {
        "desktop_app.a": {"desktop_app.b"},
        "desktop_app.b": {"desktop_app.c", "json"},
        "desktop_app.c": {"PySide6.QtCore"},
    }
    seen = reach(graph, "desktop_app.a", {})
    assert _path_to(seen, "PySide6.QtCore") == (
        "PySide6.QtCore <- desktop_app.c <- desktop_app.b <- desktop_app.a"
    )
    assert "PySide6.QtCore" not in reach(
        graph, "desktop_app.a", {"desktop_app.b": ("desktop_app.c",)}
    )
    lazy = tmp_path / "lazy.py"
    lazy.write_text("def f():\n    from . import sibling\n    import PySide6.QtGui\n")
    assert {"PySide6.QtGui"} <= _all_imports(lazy, "pkg.lazy")

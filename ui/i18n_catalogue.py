"""The translation catalogue: extract tr() strings from ui/, keep the .ts files, compile .qm.

``python -m ui.i18n_catalogue`` refreshes resources/i18n/pakta_{id,en}.ts from the code
(keeping existing translations, marking new strings unfinished) and compiles them with
pyside6-lrelease. The i18n test uses the same extraction to fail on a missing translation.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop_app.resources import resource_path

UI_ROOT = Path(__file__).resolve().parent
TS_LANG = {"id": "id_ID", "en": "en_US"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    file: str
    line: int


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.problems: list[str] = []
        self.module_context = "Texts" if path.name == "texts.py" else ""

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name != "_t":  # the wrapper itself passes its argument on
            self.generic_visit(node)
            return
        # A module's own ``_t`` wrapper names its context: translate("Context", text).
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                self.module_context = call.args[0].value

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        context = ""
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes:
            context = self.classes[-1]
        elif isinstance(func, ast.Name) and func.id == "_t" and self.module_context:
            context = self.module_context
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and args:
            first = args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                context, args = first.value, args[1:]
        if context:
            text = args[0] if args else None
            where = f"{self.path.relative_to(UI_ROOT.parent)}:{node.lineno}"
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                self.found.append(Message(context, text.value, where, node.lineno))
            else:
                self.problems.append(f"{where}: translated text is not a literal")
        self.generic_visit(node)


def extract(root: Path = UI_ROOT) -> tuple[list[Message], list[str]]:
    """Every translatable literal in ui/ (context, source), and calls that are not literals."""
    messages: list[Message] = []
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        finder = _Finder(path)
        finder.visit(ast.parse(path.read_text("utf-8"), filename=str(path)))
        messages += finder.found
        problems += finder.problems
    return messages, problems


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"pakta_{language}.ts")


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            unfinished = translation is not None and translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            out[(name, source)] = (text, not unfinished and bool(text))
    return out


def write_ts(language: str, messages: list[Message]) -> int:
    """Rewrite the .ts for ``language``; returns how many strings still need a translation."""
    path = ts_path(language)
    known = read_ts(path)
    root = ET.Element("TS", version="2.1", language=TS_LANG[language], sourcelanguage="en")
    by_context: dict[str, dict[str, Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, {}).setdefault(m.source, m)
    missing = 0
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, m in by_context[context_name].items():
            message = ET.SubElement(context, "message")
            ET.SubElement(
                message, "location", filename=f"../../{m.file.split(':')[0]}", line=str(m.line)
            )
            ET.SubElement(message, "source").text = source
            text, finished = known.get((context_name, source), ("", False))
            if language == "en" and not text:
                text, finished = source, True  # the sources are English
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if not finished:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return missing


def lrelease() -> Path:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return here if here.exists() else Path(shutil.which("pyside6-lrelease") or "lrelease")


def compile_qm(language: str) -> None:
    path = ts_path(language)
    subprocess.run(
        [str(lrelease()), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
    )


def main() -> int:
    messages, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    for language in TS_LANG:
        missing = write_ts(language, messages)
        compile_qm(language)
        print(f"{language}: {len(messages)} strings, {missing} without a translation")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

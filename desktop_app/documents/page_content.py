"""What a PDF page draws, as a list of normalised operations that two PDFs can be compared by.

Text is decoded through each font's ToUnicode map and fonts are named by their base font (the
subset prefix dropped), images by a digest of their pixels: the same receipt drawn alone or
inside an archive (other font subsets, other resource names) reads the same, while any change
to what is shown, or to the text layer behind it, does not. Each operation also carries the
place on the page it draws at, so a difference can be located.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

TEXT_SHOW = frozenset({"Tj", "TJ", "'", '"'})
TEXT_STATE = frozenset(
    {"BT", "ET", "Tf", "Tm", "Td", "TD", "T*", "TL", "Tc", "Tw", "Tz", "Ts", "Tr"}
)
PATH = frozenset(
    {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
)
CLIP = frozenset({"W", "W*"})
COLOUR = frozenset({"g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"})
IMAGE = frozenset({"Do", "INLINE IMAGE", "BI"})

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SUBSET = re.compile(r"^[A-Z]{6}\+")


@dataclass(frozen=True)
class Op:
    key: tuple[Any, ...]  # operator and normalised operands: what equality means
    kind: str  # text | textstate | path | clip | colour | image | state | other
    x: float | None = None  # where it draws, in page points (None: no place of its own)
    y: float | None = None
    text: str = ""  # decoded text, for text-showing operations


@dataclass
class PageDrawing:
    number: int  # 1-based page number in its file
    width: float
    height: float
    rotate: int
    ops: list[Op] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [op.text for op in self.ops if op.kind == "text"]


def kind_of(operator: str) -> str:
    if operator in TEXT_SHOW:
        return "text"
    if operator in TEXT_STATE:
        return "textstate"
    if operator in PATH:
        return "path"
    if operator in CLIP:
        return "clip"
    if operator in COLOUR:
        return "colour"
    if operator in IMAGE:
        return "image"
    if operator in ("q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "gs"):
        return "state"
    return "other"


def _mul(a: Matrix, b: Matrix) -> Matrix:
    """a × b (PDF row-vector convention: a point is transformed by a, then b)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _matrix(operands: list[Any]) -> Matrix | None:
    if len(operands) < 6:
        return None
    a, b, c, d, e, f = (_num(v) for v in operands[:6])
    return (a, b, c, d, e, f)


def _norm(value: Any, depth: int = 0) -> Any:
    """A hashable, rounding-stable form of an operand."""
    if depth > 8:
        return "…"
    if isinstance(value, IndirectObject):
        return _norm(value.get_object(), depth + 1)
    if isinstance(value, bool):
        return value
    if isinstance(value, (FloatObject, NumberObject, int, float)):
        return round(float(value), 3)
    if isinstance(value, NameObject):
        return str(value)
    if isinstance(value, TextStringObject):
        return value.get_original_bytes().hex()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, StreamObject):
        return ("stream", _norm(dict(value), depth + 1), _digest(_stream_data(value)))
    if isinstance(value, (DictionaryObject, dict)):
        return tuple(sorted((str(k), _norm(v, depth + 1)) for k, v in value.items()))
    if isinstance(value, (ArrayObject, list, tuple)):
        return tuple(_norm(v, depth + 1) for v in value)
    return str(value)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _stream_data(stream: StreamObject) -> bytes:
    try:
        return bytes(stream.get_data())
    except Exception:  # a damaged or exotic filter: compare what is stored instead
        return bytes(getattr(stream, "_data", b"") or b"")


def _raw_bytes(value: Any) -> bytes:
    if isinstance(value, TextStringObject):
        return bytes(value.get_original_bytes())
    if isinstance(value, bytes):
        return value
    return str(value).encode("latin-1", "replace")


class FontDecoder:
    """Glyph codes → text through a font's ToUnicode map (simple or two-byte fonts)."""

    def __init__(self, font: DictionaryObject | None) -> None:
        self.base = "?"
        self.width = 1
        self.map: dict[bytes, str] = {}
        self.known = False
        if font is None:
            return
        self.base = _SUBSET.sub("", str(font.get("/BaseFont", "?")))
        if font.get("/Subtype") == "/Type0":
            self.width = 2
        to_unicode = font.get("/ToUnicode")
        if to_unicode is not None:
            obj = to_unicode.get_object()
            if isinstance(obj, StreamObject):
                self._parse(_stream_data(obj).decode("latin-1", "replace"))

    def _parse(self, cmap: str) -> None:
        space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", cmap)
        if space:
            self.width = max(1, len(space.group(1)) // 2)
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                self.map[bytes.fromhex(src)] = _utf16(dst)
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
            for lo, hi, dst in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
            ):
                start, end = int(lo, 16), int(hi, 16)
                if end - start > 65535:
                    continue
                size = len(lo) // 2
                if dst.startswith("["):
                    targets = re.findall(r"<([0-9A-Fa-f]*)>", dst)
                    for offset, target in enumerate(targets[: end - start + 1]):
                        self.map[(start + offset).to_bytes(size, "big")] = _utf16(target)
                    continue
                first = int(dst.strip("<>") or "0", 16)
                for offset in range(end - start + 1):
                    self.map[(start + offset).to_bytes(size, "big")] = chr(
                        min(first + offset, 0x10FFFF)
                    )
        self.known = bool(self.map)

    def decode(self, data: bytes) -> str:
        if not self.known:
            return "\ufffd" * len(data)  # no map: never equal to a genuine run's text
        out = []
        for i in range(0, len(data), self.width):
            out.append(self.map.get(data[i : i + self.width], "\ufffd"))
        return "".join(out)


def _utf16(hex_text: str) -> str:
    try:
        return bytes.fromhex(hex_text).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return "\ufffd"


class _Walker:
    """Walks a page's operations, tracking the transformation and text matrices."""

    def __init__(self, page: PageObject, height: float) -> None:
        self.page = page
        self.height = height
        resources = page.get("/Resources")
        self.resources = resources.get_object() if resources is not None else DictionaryObject()
        self.fonts: dict[str, FontDecoder] = {}
        self.ctm: Matrix = IDENTITY
        self.stack: list[Matrix] = []
        self.tm: Matrix = IDENTITY
        self.tlm: Matrix = IDENTITY
        self.leading = 0.0
        self.font = FontDecoder(None)
        self.font_key: tuple[str, float] = ("?", 0.0)
        self.ops: list[Op] = []

    def _resource(self, group: str, name: str) -> Any:
        table = self.resources.get(group)
        if table is None:
            return None
        table = table.get_object()
        obj = table.get(name) if isinstance(table, DictionaryObject) else None
        return obj.get_object() if obj is not None else None

    def _decoder(self, name: str) -> FontDecoder:
        decoder = self.fonts.get(name)
        if decoder is None:
            font = self._resource("/Font", name)
            decoder = FontDecoder(font if isinstance(font, DictionaryObject) else None)
            self.fonts[name] = decoder
        return decoder

    def _text_at(self) -> tuple[float, float]:
        return _apply(_mul(self.tm, self.ctm), 0.0, 0.0)

    def _newline(self, tx: float, ty: float) -> None:
        self.tlm = _mul((1.0, 0.0, 0.0, 1.0, tx, ty), self.tlm)
        self.tm = self.tlm

    def _show(self, operator: str, operands: list[Any]) -> None:
        x, y = self._text_at()
        if operator == "TJ":
            parts: list[Any] = []
            texts: list[str] = []
            for item in operands[0] if operands else []:
                if isinstance(item, (TextStringObject, bytes)) or hasattr(item, "original_bytes"):
                    decoded = self.font.decode(_raw_bytes(item))
                    parts.append(decoded)
                    texts.append(decoded)
                else:
                    parts.append(round(_num(item), 3))
            self.ops.append(Op(("TJ", tuple(parts)), "text", x, y, "".join(texts)))
            return
        text = self.font.decode(_raw_bytes(operands[-1])) if operands else ""
        extra = tuple(round(_num(v), 3) for v in operands[:-1]) if operator == '"' else ()
        previous = self.ops[-1] if self.ops else None
        if operator == "Tj" and previous is not None and previous.key[0] == "Tj+":
            # a run continued in another subset of the same font (see ``Tf`` below)
            merged = previous.text + text
            self.ops[-1] = Op(("Tj+", merged), "text", previous.x, previous.y, merged)
            return
        self.ops.append(
            Op(("Tj+" if operator == "Tj" else operator, *extra, text), "text", x, y, text)
        )

    def run(self, operations: Iterable[tuple[list[Any], bytes]]) -> list[Op]:
        for operands, raw_operator in operations:
            operator = raw_operator.decode("latin-1", "replace")
            handler = getattr(self, "_op_" + _SAFE.get(operator, ""), None)
            if handler is not None:
                handler(operator, operands)
                continue
            if operator in TEXT_SHOW:
                self._show(operator, operands)
                if operator in ("'", '"'):
                    self._newline(0.0, -self.leading)
                continue
            x = y = None
            if operator in ("re", "m", "l", "c", "v", "y") and len(operands) >= 2:
                x, y = _apply(self.ctm, _num(operands[0]), _num(operands[1]))
            self.ops.append(Op((operator, *(_norm(v) for v in operands)), kind_of(operator), x, y))
        return self.ops

    # -- operators with effects on position or resources -----------------------------------
    def _op_q(self, operator: str, operands: list[Any]) -> None:
        self.stack.append(self.ctm)
        self.ops.append(Op(("q",), "state"))

    def _op_Q(self, operator: str, operands: list[Any]) -> None:
        self.ctm = self.stack.pop() if self.stack else IDENTITY
        self.ops.append(Op(("Q",), "state"))

    def _op_cm(self, operator: str, operands: list[Any]) -> None:
        m = _matrix(operands)
        if m is not None:
            self.ctm = _mul(m, self.ctm)
        self.ops.append(Op(("cm", *(_norm(v) for v in operands)), "state"))

    def _op_BT(self, operator: str, operands: list[Any]) -> None:
        self.tm = self.tlm = IDENTITY
        self.ops.append(Op(("BT",), "textstate"))

    def _op_Tm(self, operator: str, operands: list[Any]) -> None:
        m = _matrix(operands)
        if m is not None:
            self.tm = self.tlm = m
        self.ops.append(Op(("Tm", *(_norm(v) for v in operands)), "textstate"))

    def _op_Td(self, operator: str, operands: list[Any]) -> None:
        tx, ty = (_num(v) for v in ([*operands, 0, 0])[:2])
        if operator == "TD":
            self.leading = -ty
        self._newline(tx, ty)
        self.ops.append(Op((operator, *(_norm(v) for v in operands)), "textstate"))

    def _op_Tstar(self, operator: str, operands: list[Any]) -> None:
        self._newline(0.0, -self.leading)
        self.ops.append(Op(("T*",), "textstate"))

    def _op_TL(self, operator: str, operands: list[Any]) -> None:
        self.leading = _num(operands[0]) if operands else 0.0
        self.ops.append(Op(("TL", *(_norm(v) for v in operands)), "textstate"))

    def _op_Tf(self, operator: str, operands: list[Any]) -> None:
        name = str(operands[0]) if operands else ""
        size = round(_num(operands[1]), 3) if len(operands) > 1 else 0.0
        self.font = self._decoder(name)
        key = (self.font.base, size)
        if key == self.font_key and self.ops and self.ops[-1].key[0] == "Tj+":
            return  # another subset of the same font mid-run: not a change of what is shown
        self.font_key = key
        self.ops.append(Op(("Tf", *key), "textstate"))

    def _op_Do(self, operator: str, operands: list[Any]) -> None:
        name = str(operands[0]) if operands else ""
        x, y = _apply(self.ctm, 0.5, 0.5)
        xobject = self._resource("/XObject", name)
        if isinstance(xobject, StreamObject):
            subtype = str(xobject.get("/Subtype", ""))
            # everything about the image but how its bytes are packed, and its pixels
            described = tuple(
                sorted(
                    (str(k), _norm(v))
                    for k, v in xobject.items()
                    if k not in ("/Length", "/Filter", "/DecodeParms")
                )
            )
            self.ops.append(
                Op(("Do", subtype, described, _digest(_stream_data(xobject))), "image", x, y)
            )
        else:
            self.ops.append(Op(("Do", "missing", name), "image", x, y))

    def _op_inline(self, operator: str, operands: list[Any]) -> None:
        x, y = _apply(self.ctm, 0.5, 0.5)
        self.ops.append(
            Op(("inline image", _digest(repr(_norm(operands)).encode())), "image", x, y)
        )


_SAFE = {
    "q": "q",
    "Q": "Q",
    "cm": "cm",
    "BT": "BT",
    "Tm": "Tm",
    "Td": "Td",
    "TD": "Td",
    "T*": "Tstar",
    "TL": "TL",
    "Tf": "Tf",
    "Do": "Do",
    "INLINE IMAGE": "inline",
    "BI": "inline",
}


def page_drawing(reader: PdfReader, index: int) -> PageDrawing:
    """The normalised drawing of page ``index`` (0-based) of ``reader``."""
    page = reader.pages[index]
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    rotate = int(_num(page.get("/Rotate", 0)))
    drawing = PageDrawing(index + 1, round(width, 2), round(height, 2), rotate)
    contents = page.get_contents()
    if contents is None:
        return drawing
    operations = ContentStream(contents, reader).operations
    drawing.ops = _Walker(page, height).run(operations)
    return drawing

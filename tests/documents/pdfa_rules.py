"""A subset of the PDF/A-2b rules (ISO 19005-2), checked with pypdf on our documents.

Not a full validator (veraPDF is the reference); these are the rules our generator can break:
header and binary comment, trailer ID, no encryption, unfiltered XMP metadata declaring part 2 /
conformance B and mirroring the information dictionary, an sRGB output intent with an embedded
ICC profile, every font embedded, TrueType encodings and cmaps, no JavaScript, no forbidden
actions, no LZW, no image interpolation.
"""

from __future__ import annotations

import io
import re
import struct

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from tests.documents.pdfcheck import font_is_embedded, fonts_of

INFO_TO_XMP = {
    "/Title": "dc:title",
    "/Author": "dc:creator",
    "/Subject": "dc:description",
    "/Keywords": "pdf:Keywords",
    "/Creator": "xmp:CreatorTool",
    "/Producer": "pdf:Producer",
}


def _xmp_value(xmp: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", xmp, re.S)
    if match is None:
        return None
    inner = re.sub(r"<[^>]+>", "", match.group(1))
    return inner.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def pdfa2b_problems(pdf: bytes) -> list[str]:
    problems: list[str] = []
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", pdf[:20]):
        problems.append("6.1.2 header or binary comment")
    doc = PdfReader(io.BytesIO(pdf))
    trailer = doc.trailer
    if "/ID" not in trailer:
        problems.append("6.1.3 no trailer ID")
    if "/Encrypt" in trailer:
        problems.append("6.1.3 encrypted")
    root = trailer["/Root"]
    if "/Metadata" not in root:
        return [*problems, "6.6.2 no XMP metadata"]
    stream = root["/Metadata"].get_object()
    if "/Filter" in stream:
        problems.append("6.6.2.1 metadata stream filtered")
    xmp = stream.get_data().decode("utf-8")
    if "<pdfaid:part>2</pdfaid:part>" not in xmp or "<pdfaid:conformance>B" not in xmp:
        problems.append("6.6.4 pdfaid part/conformance")
    info = doc.metadata or {}
    for key, tag in INFO_TO_XMP.items():
        if key in info and str(info[key]) != (_xmp_value(xmp, tag) or ""):
            problems.append(f"6.6.3 Info {key} differs from XMP {tag}")
    for key, tag in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        raw = str(info.get(key, ""))
        when = _xmp_value(xmp, tag) or ""
        if raw and raw[2:16] != re.sub(r"\D", "", when)[:14]:
            problems.append(f"6.6.3 Info {key} differs from XMP {tag}")
    intents = root.get("/OutputIntents")
    if not isinstance(intents, ArrayObject) or not intents:
        problems.append("6.2.3 no output intent")
    else:
        intent = intents[0].get_object()
        profile = intent.get("/DestOutputProfile")
        if intent.get("/S") != "/GTS_PDFA1" or profile is None:
            problems.append("6.2.3 output intent is not GTS_PDFA1 with a profile")
        elif profile.get_object().get_data()[16:20] != b"RGB ":
            problems.append("6.2.3 output intent profile is not RGB")
    if "/Names" in root and "/JavaScript" in root["/Names"]:
        problems.append("6.6.1 JavaScript")
    if "/OpenAction" in root or "/AA" in root:
        problems.append("6.6.1 document actions")
    for font in fonts_of(pdf):
        if not font_is_embedded(font):
            problems.append(f"6.2.11.4 font not embedded: {font.get('/BaseFont')}")
        elif font.get("/Subtype") == "/TrueType":
            problems += _truetype_problems(font)
    for page in doc.pages:
        if "/AA" in page:
            problems.append("6.6.1 page actions")
        xobjects = page.get("/Resources", DictionaryObject()).get_object().get("/XObject", {})
        for ref in dict(xobjects.get_object() if xobjects else {}).values():
            obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
            if obj.get("/Filter") == "/LZWDecode":
                problems.append("6.1.7 LZW")
            if obj.get("/Subtype") == "/Image" and obj.get("/Interpolate") is True:
                problems.append("6.2.8 image interpolation")
    return problems


def _truetype_problems(font: DictionaryObject) -> list[str]:
    """6.2.11.6: a symbolic TrueType font has no /Encoding and its cmap holds exactly one
    subtable or the (3,0) one; a non-symbolic one uses WinAnsi/MacRoman."""
    name = font.get("/BaseFont")
    descriptor = font["/FontDescriptor"].get_object()
    symbolic = int(descriptor.get("/Flags", 0)) & 4
    program = descriptor["/FontFile2"].get_object().get_data()
    tables = struct.unpack(">H", program[4:6])[0]
    directory = {
        program[12 + 16 * i : 16 + 16 * i]: struct.unpack(">II", program[20 + 16 * i : 28 + 16 * i])
        for i in range(tables)
    }
    offset, _ = directory[b"cmap"]
    count = struct.unpack(">H", program[offset + 2 : offset + 4])[0]
    subtables = [
        struct.unpack(">HH", program[offset + 4 + 8 * i : offset + 8 + 8 * i]) for i in range(count)
    ]
    if symbolic:
        if "/Encoding" in font:
            return [f"6.2.11.6 symbolic TrueType {name} has an /Encoding"]
        if len(subtables) != 1 and (3, 0) not in subtables:
            return [f"6.2.11.6 symbolic TrueType {name} cmap {subtables}"]
    elif font.get("/Encoding") not in ("/WinAnsiEncoding", "/MacRomanEncoding"):
        return [f"6.2.11.6 non-symbolic TrueType {name} encoding"]
    return []

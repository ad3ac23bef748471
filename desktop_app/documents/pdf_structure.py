"""What a receipt PDF may contain besides its pages: one revision, no actions, forms or extras.

A receipt is made in one piece by the station. A file that was changed afterwards usually
shows it in its structure before any page is compared: an incremental update (another
revision appended, the way most PDF editors and signing tools save), annotations drawn over
the page, form fields, JavaScript or other actions, attached files, a second content stream
laid over the first, or a nested drawing (form XObject). Each is refused with its name.
"""

from __future__ import annotations

import re

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

_REVISION_END = re.compile(rb"startxref\s+\d+\s+%%EOF")
_ACTIVE = re.compile(
    rb"/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData|GoToR|GoToE|URI)"
    rb"(?=[\s/<>\[\]()%]|$)"
)
CATALOG_KEYS = frozenset({"/Type", "/Pages", "/Metadata", "/OutputIntents", "/Lang", "/PageMode"})
PAGE_KEYS = frozenset(
    {"/Type", "/Parent", "/Contents", "/MediaBox", "/Resources", "/Rotate", "/Trans"}
)
RESOURCE_KEYS = frozenset({"/Font", "/XObject", "/ProcSet"})
_CATALOG_WORDS = {
    "/AcroForm": "a form (AcroForm)",
    "/OpenAction": "an action run when the file is opened",
    "/AA": "actions run on events",
    "/Names": "named scripts or attached files",
    "/Outlines": "bookmarks",
    "/StructTreeRoot": "a structure tree",
    "/Perms": "permissions",
    "/Collection": "a portfolio of files",
}
_PAGE_WORDS = {
    "/Annots": "annotations (comments, stamps, links or form fields)",
    "/AA": "actions run on events",
    "/CropBox": "a crop box (part of the page hidden)",
    "/Group": "a transparency group",
}


def structure_problems(data: bytes, reader: PdfReader) -> list[str]:
    """Everything in the file's structure that a receipt made by the station never has."""
    problems: list[str] = []
    revisions = len(_REVISION_END.findall(data))
    if revisions > 1 or "/Prev" in reader.trailer:
        problems.append(
            f"incremental update: the file has {max(revisions, 2)} revisions "
            "(it was changed and saved again after it was made)"
        )
    tail = data.rstrip()
    if revisions and not tail.endswith(b"%%EOF"):
        problems.append("data appended after the end of the file")
    if reader.is_encrypted:
        problems.append("the file is encrypted")
        return problems
    active = sorted({m.group(1).decode() for m in _ACTIVE.finditer(data)})
    if active:
        problems.append(f"JavaScript or actions ({', '.join(active)})")
    catalog = reader.trailer.get("/Root")
    catalog = catalog.get_object() if catalog is not None else None
    if isinstance(catalog, DictionaryObject):
        for key in sorted(set(catalog) - CATALOG_KEYS):
            problems.append(_CATALOG_WORDS.get(key, f"an extra document entry {key}"))
    for number, page in enumerate(reader.pages, start=1):
        problems += [f"page {number}: {p}" for p in _page_problems(page)]
    return problems


def _page_problems(page: DictionaryObject) -> list[str]:
    problems = [
        _PAGE_WORDS.get(k, f"an extra page entry {k}") for k in sorted(set(page) - PAGE_KEYS)
    ]
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if isinstance(contents, ArrayObject) and len(contents) != 1:
        problems.append(f"{len(contents)} content streams (drawing laid over the page)")
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    if not isinstance(resources, DictionaryObject):
        return [*problems, "damaged resources"]
    for key in sorted(set(resources) - RESOURCE_KEYS):
        problems.append(f"an unexpected resource {key}")
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
    for name, ref in xobjects.items() if isinstance(xobjects, DictionaryObject) else []:
        obj = ref.get_object()
        if not isinstance(obj, StreamObject) or obj.get("/Subtype") != "/Image":
            problems.append(f"a nested drawing (form XObject {name})")
        elif "/SMask" in obj or "/Mask" in obj:
            problems.append(f"a masked image ({name})")
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else DictionaryObject()
    for name, ref in fonts.items() if isinstance(fonts, DictionaryObject) else []:
        font = ref.get_object()
        if not isinstance(font, DictionaryObject) or font.get("/Subtype") != "/TrueType":
            problems.append(f"an unexpected kind of font ({name})")
    return problems

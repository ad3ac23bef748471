"""PDF/A-2b trimmings for ReportLab documents: XMP metadata, sRGB output intent, fixed dates.

ReportLab (open-source edition) has no PDF/A switch, so the canvas made here adds what the
standard asks of the catalog: an unfiltered XMP metadata stream declaring ``pdfaid:part=2``
and ``pdfaid:conformance=B`` whose Dublin Core / XMP / PDF properties mirror the document
information dictionary exactly, and an ``/OutputIntents`` entry with an embedded sRGB ICC
profile. Fonts are the embedded TrueType subsets registered by ``documents.fonts``; images are
flattened to opaque grey or RGB; nothing is encrypted and no JavaScript or forms are used.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas

# Images as binary Flate streams, not ASCII85 text (25 % smaller, and much faster to write).
rl_config.useA85 = 0

PRODUCER = "Pakta Station (ReportLab)"
CREATOR = "Pakta Station"


@dataclass(frozen=True)
class DocMeta:
    title: str
    subject: str = ""
    author: str = ""
    keywords: str = ""
    created: dt.datetime | None = None  # None: now (UTC)
    lang: str = "id-ID"


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (made by LittleCMS through Pillow, so no file needs shipping)."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _pdf_date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp_date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def xmp_packet(meta: DocMeta, moment: dt.datetime) -> bytes:
    """The XMP packet mirroring the information dictionary ReportLab writes."""
    when = _xmp_date(moment)
    author = f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}</rdf:li>\
</rdf:Alt></dc:description>
{author}
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
<xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>
<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
<pdf:Keywords>{escape(meta.keywords)}</pdf:Keywords>
<pdf:Trapped>False</pdf:Trapped>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


class _PlainStream(PDFStream):  # type: ignore[misc]
    """A stream written without any /Filter key (PDF/A wants metadata readable as is)."""

    def format(self, document: Any) -> bytes:
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        head = pdf_format(dictionary, document)
        return bytes(head + b"\nstream\n" + content + b"endstream\n")


class PdfACanvas(Canvas):  # type: ignore[misc]
    """A ReportLab canvas that writes the PDF/A-2b catalog entries and fixed metadata."""

    def __init__(self, *args: Any, meta: DocMeta, **kwargs: Any) -> None:
        from desktop_app.documents.fonts import SANS, register_fonts

        register_fonts()
        kwargs.setdefault("pageCompression", 1)
        if not kwargs.get("initialFontName"):  # else every page names Helvetica (unembedded)
            kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        moment = meta.created or dt.datetime.now(dt.UTC)
        self.setTitle(meta.title)
        self.setSubject(meta.subject)
        self.setAuthor(meta.author)
        self.setKeywords(meta.keywords)
        self.setCreator(CREATOR)
        self.setProducer(PRODUCER)
        date_text = _pdf_date(moment)
        self._doc.setDateFormatter(lambda *_: date_text)
        catalog = self._doc.Catalog
        catalog.Metadata = _PlainStream(
            PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
            xmp_packet(meta, moment),
        )
        profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
        intent = PDFDictionary(
            {
                "Type": PDFName("OutputIntent"),
                "S": PDFName("GTS_PDFA1"),
                "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
                "Info": PDFString("sRGB IEC61966-2.1"),
                "DestOutputProfile": profile,
            }
        )
        catalog.OutputIntents = PDFArray([intent])
        catalog.Lang = PDFString(meta.lang)
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
        self._meta_locked = True

    # Platypus templates set their own (empty) title, author and producer on the canvas after
    # it is made; the XMP packet already mirrors ours, so later calls are ignored.
    def setTitle(self, title: str | None) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setTitle(title)

    def setAuthor(self, author: str | None) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setAuthor(author)

    def setSubject(self, subject: str | None) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setSubject(subject)

    def setKeywords(self, keywords: Any) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setKeywords(keywords)

    def setCreator(self, creator: str | None) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setCreator(creator)

    def setProducer(self, producer: str | None) -> None:
        if not getattr(self, "_meta_locked", False):
            super().setProducer(producer)


def canvas_maker(meta: DocMeta) -> Callable[..., Canvas]:
    """A ``canvasmaker`` for platypus ``doc.build`` producing a PdfACanvas with ``meta``."""
    return functools.partial(PdfACanvas, meta=meta)


class NumberedCanvas(PdfACanvas):
    """A PdfACanvas that writes "Halaman i dari N" on every page once N is known."""

    def __init__(self, *args: Any, meta: DocMeta, **kwargs: Any) -> None:
        super().__init__(*args, meta=meta, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont("PaktaSans", 8)
            width = self._pagesize[0]
            self.drawRightString(
                width - 14 * 72 / 25.4, 8 * 72 / 25.4, f"Halaman {number} dari {total}"
            )
            super().showPage()
        super().save()


def numbered_maker(meta: DocMeta) -> Callable[..., Canvas]:
    return functools.partial(NumberedCanvas, meta=meta)


def build_numbered_a4(
    story: list[Any], meta: DocMeta, *, margin: float, top: float, bottom: float
) -> bytes:
    """An A4 document of ``story`` with page numbers and PDF/A metadata, as bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        invariant=1,
    )
    doc.build(story, canvasmaker=numbered_maker(meta))
    return buffer.getvalue()

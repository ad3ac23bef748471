"""Berita acara (official minutes): letterhead, number, "Pada hari ini …", counts expected /
signed / absent with a per-unit table, and the signature blocks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.formatting import DAYS, MONTHS, iso_day, long_date, para, spell_number
from desktop_app.documents.page_parts import REPORT_SIGNERS, Signatory, letterhead, signatory_block
from desktop_app.documents.pdfa import DocMeta, build_numbered_a4
from desktop_app.documents.report_data import CeremonyHeader
from desktop_app.documents.styles import Styles, make_styles
from desktop_app.domain.progress import Progress

MARGIN = 20 * mm
LETTERHEAD_H = 24 * mm


class _Letterhead(Flowable):  # type: ignore[misc]
    def __init__(self, organizer: str, width: float) -> None:
        super().__init__()
        self.organizer, self.width_ = organizer, width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width_, LETTERHEAD_H

    def draw(self) -> None:
        letterhead(self.canv, 0, LETTERHEAD_H, self.width_, self.organizer)


class _Signatures(Flowable):  # type: ignore[misc]
    """Two signature blocks side by side: the committee and the official who acknowledges."""

    HEIGHT = 62 * mm

    def __init__(self, width: float, place_date: str, left: Signatory, right: Signatory) -> None:
        super().__init__()
        self.width_, self.place_date, self.left, self.right = width, place_date, left, right

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width_, self.HEIGHT

    def draw(self) -> None:
        half = self.width_ / 2
        signatory_block(
            self.canv,
            0,
            self.HEIGHT,
            half - 6 * mm,
            ["", "Panitia Penyelenggara,", self.left.role or "Ketua"],
            self.left,
        )
        signatory_block(
            self.canv,
            half + 6 * mm,
            self.HEIGHT,
            half - 6 * mm,
            [self.place_date, "Mengetahui,", self.right.role or "Pejabat yang bertanggung jawab"],
            self.right,
        )


def counts_table(progress: Progress, styles: Styles, width: float) -> Table:
    head = ["No", "Unit Kerja", "Diharapkan", "Sudah tanda tangan", "Belum hadir", "%"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_bold) for h in head]]
    for i, unit in enumerate(progress.units, start=1):
        pct = f"{100 * unit.signed / unit.expected:.0f}" if unit.expected else "-"
        rows.append(
            [
                str(i),
                Paragraph(para(unit.unit), styles.cell),
                unit.expected,
                unit.signed,
                unit.absent,
                pct,
            ]
        )
    total_pct = f"{100 * progress.signed / progress.expected:.0f}" if progress.expected else "-"
    rows.append(
        [
            "",
            Paragraph("<b>JUMLAH</b>", styles.cell),
            progress.expected,
            progress.signed,
            progress.absent,
            total_pct,
        ]
    )
    table = Table(rows, colWidths=(9 * mm, None, 25 * mm, 30 * mm, 22 * mm, 12 * mm), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("FONT", (0, 0), (-1, -1), "PaktaSansCondensed", 8.5),
                ("FONT", (0, -1), (-1, -1), "PaktaSansCondensed-Bold", 8.5),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def build_minutes(header: CeremonyHeader, progress: Progress) -> bytes:
    styles = make_styles(10.5)
    signers = REPORT_SIGNERS.get()
    width = A4[0] - 2 * MARGIN
    day = iso_day(header.date)
    number = signers.number or "......../......../" + str(day.year)
    expected, signed, absent = progress.expected, progress.signed, progress.absent
    opening = (
        f"Pada hari ini <b>{DAYS[day.weekday()]}</b> tanggal <b>{spell_number(day.day)}</b> "
        f"bulan <b>{MONTHS[day.month - 1]}</b> tahun <b>{spell_number(day.year)}</b> "
        f"({day:%d-%m-%Y}), bertempat di {para(header.venue)}, telah dilaksanakan "
        f"{para(header.title)}, berupa pembacaan ikrar dan penandatanganan Pakta Integritas "
        "oleh Aparatur Sipil Negara secara elektronik."
    )
    story: list[Flowable] = [
        _Letterhead(header.organizer, width),
        Paragraph("<u>BERITA ACARA</u>", styles.title),
        Paragraph(f"Nomor: {para(number)}", styles.center),
        Spacer(1, 6 * mm),
        Paragraph(opening, styles.justify),
        Paragraph("Dengan hasil sebagai berikut:", styles.body),
        Spacer(1, 2 * mm),
    ]
    for label, value in (
        ("Jumlah pegawai yang diharapkan hadir", expected),
        ("Jumlah pegawai yang telah menandatangani", signed),
        ("Jumlah pegawai yang tidak hadir / belum menandatangani", absent),
    ):
        story.append(
            Paragraph(f"{label}: <b>{value}</b> ({spell_number(value)}) orang", styles.body)
        )
    if header.expected is not None and header.expected != expected:
        story.append(
            Paragraph(
                f"Target kehadiran yang ditetapkan panitia: {header.expected} orang.", styles.body
            )
        )
    story += [
        Spacer(1, 3 * mm),
        Paragraph("Rincian per unit kerja:", styles.body),
        Spacer(1, 2 * mm),
        counts_table(progress, styles, width),
        Spacer(1, 4 * mm),
        Paragraph(
            "Setiap tanda tangan tercatat sebagai rekaman elektronik yang tidak dapat diubah, "
            "disegel dengan tanda tangan stasiun, dan dapat diperiksa keasliannya.",
            styles.justify,
        ),
        Paragraph(
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya.",
            styles.justify,
        ),
        Spacer(1, 4 * mm),
        _Signatures(
            width,
            f"{header.venue.split(',')[0]}, {long_date(day)}",
            signers.organizer,
            signers.official,
        ),
    ]
    meta = DocMeta(
        title=f"Berita Acara - {header.title}",
        subject=header.venue,
        author=header.organizer,
        keywords="berita acara; pakta integritas",
    )
    return build_numbered_a4(story, meta, margin=MARGIN, top=15 * mm, bottom=18 * mm)

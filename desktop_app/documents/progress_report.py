"""Progress report (PDF): expected vs signed vs absent per unit kerja, and who has not signed."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.formatting import day_and_date, iso_day, para
from desktop_app.documents.minutes import counts_table
from desktop_app.documents.pdfa import DocMeta, build_numbered_a4
from desktop_app.documents.report_data import Attendance
from desktop_app.documents.styles import make_styles
from desktop_app.domain.progress import Progress

MARGIN = 16 * mm


def build_progress(attendance: Attendance, progress: Progress, generated_at: str) -> bytes:
    styles = make_styles(9.5)
    c = attendance.ceremony
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph("PROGRES PENANDATANGANAN PAKTA INTEGRITAS", styles.title),
        Paragraph(para(c.title), styles.subtitle),
        Paragraph(f"{para(c.venue)} · {day_and_date(iso_day(c.date))}", styles.subtitle),
        Paragraph(f"Keadaan per {para(generated_at)}", styles.small_center),
        Spacer(1, 5 * mm),
        counts_table(progress, styles, width),
        Spacer(1, 6 * mm),
        Paragraph("<b>Belum menandatangani, per unit kerja</b>", styles.body),
        Spacer(1, 2 * mm),
    ]
    missing = 0
    for unit, rows in attendance.by_unit():
        absent = [r for r in rows if not r.signed]
        if not absent:
            continue
        missing += len(absent)
        data: list[list[object]] = [
            [Paragraph(f"<b>{para(unit)}</b> ({len(absent)} orang)", styles.cell), "", ""]
        ]
        for i, r in enumerate(absent, start=1):
            data.append(
                [
                    str(i),
                    Paragraph(para(r.name), styles.cell),
                    Paragraph(para(r.identifier), styles.cell),
                ]
            )
        table = Table(data, colWidths=(10 * mm, None, 45 * mm), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("FONT", (0, 0), (-1, -1), "PaktaSansCondensed", 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [table, Spacer(1, 3 * mm)]
    if not missing:
        story.append(Paragraph("Semua pegawai dalam daftar telah menandatangani.", styles.body))
    meta = DocMeta(
        title=f"Progres - {c.title}",
        subject=c.venue,
        author=c.organizer,
        keywords="progres; pakta integritas",
    )
    return build_numbered_a4(story, meta, margin=MARGIN, top=14 * mm, bottom=16 * mm)

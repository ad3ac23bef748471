"""Real signed records for document and printing tests, made through the core services."""

from __future__ import annotations

import datetime as dt
import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from desktop_app.domain.signature import DeviceInfo, signature_from_points
from desktop_app.services.attendees import pledge_text
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.roster_import import apply_roster
from desktop_app.services.signing import PledgeRequest, register_pledge
from desktop_app.storage.store import Store
from pakta_common.roster_file import RosterRow

UNITS = (
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Dinas Komunikasi dan Informatika",
    "Dinas Pendidikan",
    "Kecamatan Lowokwaru",
)
NAMES = (
    "Siti Nurhaliza",
    "Ahmad Fauzi, S.Kom., M.T.",
    "I Gusti Ngurah Rai Wiryawan",
    "Dewi Anggraeni Putri",
    "Muhammad Ma'ruf Amin",
    "Yohanes Bosco Kriswanto",
    "Ni Luh Putu Ayu Cahyani",
    "Ratna Sari Dewi",
)


def nip_for(i: int) -> str:
    """A valid PNS NIP: born 1980-1989, appointed 2005-2014, sequence i."""
    born = dt.date(1980 + i % 10, 1 + i % 12, 1 + i % 28)
    appointed = f"{2005 + i % 10}{1 + i % 12:02d}"
    return f"{born:%Y%m%d}{appointed}{1 + i % 2}{(i % 999) + 1:03d}"


def signature_png(seed: int, size: tuple[int, int] = (480, 180)) -> bytes:
    """A handwriting-like scribble, black on transparent, as the desk would render it."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    w, h = size
    for stroke in range(2):
        points = []
        x0 = 30 + stroke * w // 2.5
        for k in range(60):
            t = k / 59
            x = x0 + t * w / 2.2
            y = h / 2 + math.sin(t * 9 + seed) * h / 4 + rnd.uniform(-6, 6)
            points.append((x, y))
        draw.line(points, fill=(10, 10, 40, 255), width=4, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@dataclass
class Ceremony:
    store: Store
    ceremony_id: str
    template_sha: str
    identifiers: list[str]


def make_ceremony(
    data_dir: Path,
    people: int = 6,
    *,
    names: tuple[str, ...] = NAMES,
    title: str = "Penandatanganan Pakta Integritas Netralitas ASN Pilkada 2024",
    venue: str = "Gedung Islamic Center, Kota Malang",
    station_name: str = "Meja 1",
) -> Ceremony:
    store = Store.open(data_dir, station_name=station_name)
    info = create_ceremony(
        store,
        title=title,
        date="2026-11-23",
        venue=venue,
        organizer="BKPSDM Kota Malang",
        expected=people,
    )
    rows = [
        RosterRow(
            row=i + 2,
            identifier=nip_for(i),
            id_kind="nip",
            name=names[i % len(names)],
            rank="Penata Muda Tk. I (III/b)" if i % 3 else "",
            position="Analis Kebijakan Ahli Pertama",
            unit=UNITS[i % len(UNITS)],
            instansi="Pemerintah Kota Malang",
        )
        for i in range(people)
    ]
    apply_roster(store, rows, [], info.id)
    sha = pledge_text(store, info.id).sha256
    return Ceremony(store, info.id, sha, [r.identifier for r in rows])


def sign(c: Ceremony, identifier: str, seed: int = 0, png: bytes | None = None) -> str:
    strokes = [[(100 + k * 10, 200 + (k % 7) * 15, 500, k * 8) for k in range(40)]]
    result = register_pledge(
        c.store,
        PledgeRequest(
            identifier=identifier,
            shown_text_sha256=c.template_sha,
            consent_at="2026-11-23T01:39:58.000Z",
            signature=signature_from_points(strokes, DeviceInfo(model="Wacom W8001")),
            image_png=png if png is not None else signature_png(seed),
            operator="petugas-1",
            ceremony_id=c.ceremony_id,
            consent_method="pad_box",
            pledge_shown_at="2026-11-23T01:39:51.000Z",
        ),
    )
    return result.record_id


def sign_all(c: Ceremony, count: int | None = None) -> list[str]:
    ids = c.identifiers if count is None else c.identifiers[:count]
    return [sign(c, ident, seed=i) for i, ident in enumerate(ids)]

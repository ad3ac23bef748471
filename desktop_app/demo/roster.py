"""A realistic synthetic city-government roster for demos, tests and benchmarks.

Deterministic for a given seed. Names are Indonesian (some with apostrophes and long academic
titles), NIPs are valid PNS and PPPK numbers, units are the perangkat daerah of a city.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pakta_common.files import atomic_output
from pakta_common.roster_file import RosterRow

INSTANSI = "Pemerintah Kota Malang"
DEMO_SEED = 2024

UNITS = (
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Inspektorat",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah",
    "Badan Kesatuan Bangsa dan Politik",
    "Badan Penanggulangan Bencana Daerah",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Perhubungan",
    "Dinas Sosial",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Lingkungan Hidup",
    "Dinas Komunikasi dan Informatika",
    "Dinas Perdagangan",
    "Dinas Koperasi, Perindustrian dan Usaha Mikro",
    "Dinas Kepemudaan, Olahraga dan Pariwisata",
    "Dinas Tenaga Kerja",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Ketahanan Pangan dan Pertanian",
    "Satuan Polisi Pamong Praja",
    "RSUD Kota Malang",
    "Kecamatan Klojen",
    "Kecamatan Blimbing",
    "Kecamatan Lowokwaru",
    "Kecamatan Sukun",
    "Kecamatan Kedungkandang",
)

FIRST = (
    "Agus",
    "Budi",
    "Siti",
    "Dewi",
    "Eko",
    "Sri",
    "Wahyu",
    "Rina",
    "Hadi",
    "Nur",
    "Dian",
    "Ahmad",
    "Muhammad",
    "Fitri",
    "Indah",
    "Yuli",
    "Bambang",
    "Retno",
    "Teguh",
    "Endang",
    "Rizky",
    "Putri",
    "Arief",
    "Lestari",
    "Dwi",
    "Tri",
    "Anita",
    "Heru",
    "Kartika",
    "Joko",
    "Wulan",
    "Yusuf",
    "Ratna",
    "Slamet",
    "Ayu",
    "Fajar",
    "Novi",
    "Imam",
    "Mega",
    "Hendra",
)
MIDDLE = (
    "",
    "",
    "",
    "Nur",
    "Dwi",
    "Eka",
    "Sri",
    "Adi",
    "Ayu",
    "Indra",
    "Putra",
    "Wati",
    "Rahma",
)
LAST = (
    "Santoso",
    "Wijaya",
    "Rahayu",
    "Susanto",
    "Hidayat",
    "Setiawan",
    "Kurniawan",
    "Pratama",
    "Lestari",
    "Purnomo",
    "Saputra",
    "Handayani",
    "Nugroho",
    "Wibowo",
    "Suryani",
    "Hartono",
    "Prasetyo",
    "Anggraini",
    "Ma'ruf",
    "Nur'aini",
    "Ja'far",
    "Mu'min",
    "Syafi'i",
    "Rosyidah",
    "Firmansyah",
    "Kusuma",
    "Utami",
    "Permana",
    "Sulistyo",
    "Yulianto",
)
PREFIX = ("",) * 14 + ("Drs. ", "Dr. ", "Ir. ", "H. ", "Hj. ", "Dr. Ir. H. ")
SUFFIX = (
    "",
    "",
    "",
    ", S.E.",
    ", S.Sos.",
    ", S.Kom.",
    ", S.H.",
    ", S.Pd.",
    ", A.Md.",
    ", S.T., M.T.",
    ", S.H., M.H.",
    ", S.Kep., Ns.",
    ", S.E., M.Si.",
    ", S.STP., M.Si.",
    ", dr., Sp.PD.",
    ", S.Sos., M.A.P., M.Kes.",
)
PNS_RANKS = (
    "Pengatur Muda (II/a)",
    "Pengatur (II/c)",
    "Penata Muda (III/a)",
    "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tingkat I (IV/b)",
    "Pembina Utama Muda (IV/c)",
)
PPPK_RANKS = ("PPPK Golongan V", "PPPK Golongan VII", "PPPK Golongan IX", "PPPK Golongan X")
POSITIONS = (
    "Analis Kebijakan Ahli Muda",
    "Pranata Komputer Ahli Pertama",
    "Pengadministrasi Umum",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Seksi Pelayanan",
    "Kepala Bidang Anggaran",
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
    "Perencana Ahli Muda",
    "Bendahara",
    "Guru Ahli Pertama",
    "Perawat Terampil",
    "Pengelola Keuangan",
    "Arsiparis Terampil",
    "Penyusun Laporan Keuangan",
    "Polisi Pamong Praja Terampil",
    "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial pada Kelurahan",
)

HEADER = ("No", "Nama", "NIP", "Pangkat/Golongan", "Jabatan", "Unit Kerja", "Instansi")


@dataclass(frozen=True)
class DemoEmployee:
    name: str
    nip: str  # a NIP, or another identifier for honorary staff
    rank: str
    position: str
    unit: str
    instansi: str = INSTANSI


def _nip(rng: random.Random, pppk: bool) -> str:
    year = rng.randint(1966, 1999)
    born = f"{year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    appointed_year = rng.randint(max(year + 19, 1990), 2024)
    if pppk:
        middle = f"{max(appointed_year, 2019):04d}2{rng.randint(1, 9)}"
    else:
        middle = f"{appointed_year:04d}{rng.randint(1, 12):02d}"
    return f"{born}{middle}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"


def _name(rng: random.Random) -> str:
    middle = rng.choice(MIDDLE)
    core = " ".join(p for p in (rng.choice(FIRST), middle, rng.choice(LAST)) if p)
    return f"{rng.choice(PREFIX)}{core}{rng.choice(SUFFIX)}"


def iter_roster(
    count: int = 650, seed: int = DEMO_SEED, honorary_every: int = 0
) -> Iterator[DemoEmployee]:
    """``count`` unique employees; every ``honorary_every``-th has a non-NIP identifier."""
    rng = random.Random(seed)
    seen: set[str] = set()
    for index in range(count):
        unit = UNITS[index % len(UNITS)] if index < len(UNITS) else rng.choice(UNITS)
        if honorary_every and index % honorary_every == honorary_every - 1:
            ident = f"THL-{2024}-{index:05d}"
            yield DemoEmployee(_name(rng), ident, "Tenaga Harian Lepas", "Pengemudi", unit)
            continue
        pppk = rng.random() < 0.2
        nip = _nip(rng, pppk)
        while nip in seen:
            nip = _nip(rng, pppk)
        seen.add(nip)
        rank = rng.choice(PPPK_RANKS if pppk else PNS_RANKS)
        yield DemoEmployee(_name(rng), nip, rank, rng.choice(POSITIONS), unit)


def roster_rows(
    n: int, *, seed: int = DEMO_SEED, honorary_every: int = 0, first_row: int = 2
) -> list[RosterRow]:
    """The first ``n`` rows of the demo roster for ``seed`` as an imported file's rows (file
    row numbers from ``first_row``; row ``i`` is the same whatever ``n``)."""
    return [
        RosterRow(
            first_row + i,
            e.nip,
            "nip" if e.nip.isdigit() else "other",
            e.name,
            e.rank,
            e.position,
            e.unit,
            e.instansi,
        )
        for i, e in enumerate(iter_roster(n, seed, honorary_every))
    ]


def write_roster_csv(path: Path, employees: Iterable[DemoEmployee]) -> int:
    """Write a roster CSV (';' separated, UTF-8 with BOM, as Excel in Indonesia saves it)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for count, emp in enumerate(employees, start=1):
        writer.writerow((count, emp.name, emp.nip, emp.rank, emp.position, emp.unit, emp.instansi))
    with atomic_output(path) as fh:
        fh.write(buffer.getvalue().encode("utf-8-sig"))
    return count

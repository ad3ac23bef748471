"""How tests/golden/first_release/ was made (run once, by hand; the output is committed).

The first release's code is checked out in a temporary worktree (the commit before migration
0005, the record format 2) and this script runs *that* code, never today's:

    git worktree add --detach /tmp/first 396f532
    PYTHONPATH=/tmp/first .venv/bin/python tests/golden/make_first_release_store.py OUT

It makes a station data folder (station.db + keys/) with a ceremony, a roster of six, four
signed pledges through the rehearsal's simulated pen, a void of one of them, and the receipt
PDF of each record as that release drew it (receipts/). Nothing here is imported by tests.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.rehearsal import rehearse
from desktop_app.services.roster_import import import_roster
from desktop_app.services.signing import void_pledge
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store

ROSTER = """Nama;NIP;Pangkat/Golongan;Jabatan;Unit Kerja;Instansi
Siti Rahayu, S.E.;198001012005012001;Penata (III/c);Analis Keuangan;Bagian Keuangan;Pemkot Malang
Budi Santoso;197503152000031002;Pembina (IV/a);Kepala Bagian;Bagian Umum;Pemkot Malang
Dewi Lestari;199002202015032003;Penata Muda (III/a);Pranata Komputer;Diskominfo;Pemkot Malang
Agus Wijaya;198511112010011004;Penata Tk. I (III/d);Perencana;Bappeda;Pemkot Malang
I Gusti Ayu Ngurah;199107072019032005;Penata Muda (III/a);Auditor;Inspektorat;Pemkot Malang
Ahmad Fauzi;198308082009011006;Penata (III/c);Analis SDM;BKPSDM;Pemkot Malang
"""


@contextlib.contextmanager
def rehearsed_station(
    out: Path, roster_name: str, station_name: str, signings: int, seed: int
) -> Iterator[Store]:
    """A station data folder in ``out/station``: the ceremony, the roster of six and
    ``signings`` pledges signed through the rehearsal's simulated pen (the golden scripts run
    the code of old releases: this uses only what every release since the first has)."""
    out.mkdir(parents=True)
    roster = out.parent / roster_name
    roster.write_text(ROSTER, encoding="utf-8")
    with Store.open(out / "station", station_name=station_name) as store:
        create_ceremony(
            store,
            title="Penandatanganan Pakta Integritas Netralitas ASN",
            date="2024-08-26",
            venue="Gedung Malang Islamic Center",
            organizer="BKPSDM Kota Malang",
            expected=6,
        )
        import_roster(store, roster, operator="golden")
        result = rehearse(store, signings, seed=seed)
        assert result.signed == signings and result.chain_ok, result.as_json()
        yield store
    roster.unlink()


def main(out: Path) -> None:
    with rehearsed_station(
        out, "first-release-roster.csv", "Meja 1 (rilis pertama)", 4, seed=13
    ) as store:
        with store.read() as session:
            ids = [r.id for r in session.query(SignedPledge).order_by(SignedPledge.station_seq)]
        void_id = void_pledge(store, ids[1], "salah orang", operator="golden")
        receipts = out / "receipts"
        receipts.mkdir()
        for record_id in [*ids, void_id]:
            data = load_receipt(store, record_id)
            (receipts / f"{record_id}.pdf").write_bytes(build_receipt(data, "a5"))
        (out / "records.json").write_text(
            json.dumps({"pledges": ids, "voided": ids[1], "void": void_id}, indent=1) + "\n"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""How tests/golden/closing_layout1/ was made (run once, by hand; the output is committed).

Run with the code of the last commit whose berita acara was drawn in layout 1 (no layout named
in its keywords), so the PDF is exactly what desks of that release printed:

    git worktree add --detach /tmp/l1 5c7878d
    cd /tmp/l1 && /work/main/.venv/bin/python -m tests.golden.make_closing_layout1 OUT

It makes a station data folder (station.db + keys/) with a ceremony, a roster of six, three
signed pledges through the rehearsal's simulated pen, the ceremony closed by a PPK and a
witness, and the berita acara as that release drew and signed it (berita-acara.pdf). Nothing
here is imported by tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.demo.factory import closing_request
from desktop_app.documents.closing_data import closing_pdf
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.closing import close_ceremony
from desktop_app.services.rehearsal import rehearse
from desktop_app.services.roster_import import import_roster
from desktop_app.storage.store import Store
from tests.golden.make_first_release_store import ROSTER


def main(out: Path) -> None:
    out.mkdir(parents=True)
    roster = out.parent / "closing-layout1-roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    with Store.open(out / "station", station_name="Meja 1 (berita acara layout 1)") as store:
        create_ceremony(
            store,
            title="Penandatanganan Pakta Integritas Netralitas ASN",
            date="2024-08-26",
            venue="Gedung Malang Islamic Center",
            organizer="BKPSDM Kota Malang",
            expected=6,
        )
        import_roster(store, roster, operator="golden")
        result = rehearse(store, 3, seed=21)
        assert result.signed == 3 and result.chain_ok, result.as_json()
        close_ceremony(store, closing_request(store))
        closing_pdf(store, None, out / "berita-acara.pdf")
    roster.unlink()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

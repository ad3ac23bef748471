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
from desktop_app.services.closing import close_ceremony
from tests.golden.make_first_release_store import rehearsed_station


def main(out: Path) -> None:
    with rehearsed_station(
        out, "closing-layout1-roster.csv", "Meja 1 (berita acara layout 1)", 3, seed=21
    ) as store:
        close_ceremony(store, closing_request(store))
        closing_pdf(store, None, out / "berita-acara.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""Scoped viewers on real PostgreSQL: a viewer limited to one OPD sees that unit only, in the
campaign page, the chase-list exports and the JSON API, and is refused everything else; every
export (CLI, page, API) leaves an audit entry naming who, which unit and how many rows."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.models import AuditLog
from server.stations import add_user
from tests.server.campaign_setup import BAPPEDA, DINKES, Campaign, build_campaign, cli
from tests.server.helpers import make_app, nip


@pytest.fixture
def setting(pg_url: str, tmp_path: Path) -> Iterator[tuple[Campaign, TestClient]]:
    app = make_app(pg_url)
    with TestClient(app) as http:
        made = build_campaign(app, http, tmp_path)
        yield made, http
        made.desk_a.close()
        made.desk_b.close()
    app.state.db.dispose()


def _sign_in(http: TestClient, name: str, password: str) -> None:
    http.headers["Origin"] = str(http.base_url).rstrip("/")
    page = http.get("/admin/login").text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    answer = http.post(
        "/admin/login",
        data={"name": name, "password": password, "csrf": csrf.group(1)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text[:300]


def _exports(app: FastAPI) -> list[dict[str, object]]:
    with app.state.db.transaction() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.id))
        return [
            {"actor": a.actor, **json.loads(a.detail or "{}")}
            for a in rows
            if a.action == "chase_list_export"
        ]


def test_a_scoped_viewer_sees_only_their_unit_everywhere(
    setting: tuple[Campaign, TestClient],
) -> None:
    campaign, http = setting
    code, made, err = cli(
        "server", "user", "add", "kepala-bappeda", "--role", "viewer", "--password",
        "sandi-kepala-1", "--campaign", campaign.id, "--unit", BAPPEDA, "--db", campaign.db,
    )  # fmt: skip
    assert code == 0, err
    assert (made["campaign"], made["unit"]) == (campaign.id, BAPPEDA)
    _sign_in(http, "kepala-bappeda", "sandi-kepala-1")
    base = f"/admin/campaigns/{campaign.id}"

    # The start page sends them to their campaign; the page shows their unit, nothing else.
    start = http.get("/admin/", follow_redirects=False)
    assert start.status_code == 303 and start.headers["location"] == base
    page = http.get(base)
    assert page.status_code == 200
    assert f'data-unit="{BAPPEDA}"' in page.text and DINKES not in page.text
    assert 'id="signed">2<' in page.text and 'id="expected">5<' in page.text
    assert "campaign-ceremonies" not in page.text and "campaign-roster-form" not in page.text

    own = http.get(f"{base}/chase.csv")
    assert own.status_code == 200
    rows = list(csv.reader(io.StringIO(own.content.decode("utf-8-sig"))))
    assert [r[2] for r in rows[1:]] == [nip(2), nip(3), nip(4)]
    assert http.get(f"{base}/chase.pdf", params={"unit": BAPPEDA}).status_code == 200

    report = http.get(f"/api/v1/campaigns/{campaign.id}/report").json()
    assert report["unit"] == BAPPEDA
    assert [(u["unit"], u["expected"], u["signed"]) for u in report["units"]] == [(BAPPEDA, 5, 2)]
    assert (report["signed"], report["expected"]) == (2, 5)
    chase = http.get(f"/api/v1/campaigns/{campaign.id}/chase-list").json()
    assert [p["identifier"] for p in chase["people"]] == [nip(2), nip(3), nip(4)]

    # Refused: another unit (page, export, API), another campaign, the rest of the admin.
    other = {"unit": DINKES}
    assert http.get(f"{base}/chase.csv", params=other).status_code == 403
    assert http.get(f"{base}/chase.xlsx", params=other).status_code == 403
    assert http.get(f"/api/v1/campaigns/{campaign.id}/report", params=other).status_code == 403
    api_chase = http.get(f"/api/v1/campaigns/{campaign.id}/chase-list", params=other)
    assert api_chase.status_code == 403
    assert http.get(
        "/api/v1/campaigns/00000000-0000-0000-0000-000000000000/report"
    ).status_code == (403)
    c, r = campaign.main_ceremony, campaign.signed["A:5"].record_id
    for path in (
        "/admin/stations", "/admin/audit", "/admin/campaigns", "/admin/ceremonies-new",
        f"/admin/ceremonies/{c}", f"/admin/ceremonies/{c}/duplicates",
        f"/admin/ceremonies/{c}/export.csv", f"/admin/ceremonies/{c}/manage",
        f"/admin/records/{r}", f"/admin/records/{r}/image.png",
    ):  # fmt: skip
        answer = http.get(path, follow_redirects=False)
        assert answer.status_code == 403, path
        assert nip(5) not in answer.text and DINKES not in answer.text

    # Every export that was handed out is in the audit log; the refused ones are not.
    exports = _exports(campaign.app)
    assert [(e["actor"], e["unit"], e["format"], e["rows"]) for e in exports] == [
        ("kepala-bappeda", BAPPEDA, "csv", 3),
        ("kepala-bappeda", BAPPEDA, "pdf", 3),
        ("kepala-bappeda", BAPPEDA, "json", 3),
    ]


def test_an_admin_sees_every_unit_and_their_exports_are_audited_too(
    setting: tuple[Campaign, TestClient],
) -> None:
    campaign, http = setting
    with campaign.app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    _sign_in(http, "admin", "sandi-admin-1")
    page = http.get(f"/admin/campaigns/{campaign.id}").text
    assert f'data-unit="{BAPPEDA}"' in page and f'data-unit="{DINKES}"' in page
    xlsx = http.get(f"/admin/campaigns/{campaign.id}/chase.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert http.get(f"/admin/campaigns/{campaign.id}/chase.doc").status_code == 404
    assert http.get(f"/admin/campaigns/{campaign.id}/chase.csv?unit=Tidak+Ada").status_code == 404
    exports = _exports(campaign.app)
    assert [(e["actor"], e["unit"], e["format"], e["rows"]) for e in exports] == [
        ("admin", None, "xlsx", 5)
    ]


def test_a_scoped_user_needs_a_real_unit_and_the_viewer_role(
    setting: tuple[Campaign, TestClient],
) -> None:
    campaign, _ = setting
    base = ["server", "user", "add", "x", "--password", "sandi-panjang-1", "--db", campaign.db]
    code, _, err = cli(*base, "--role", "viewer", "--campaign", campaign.id, "--unit", "Tidak Ada")
    assert code == 2 and "no unit" in err
    code, _, err = cli(*base, "--role", "admin", "--campaign", campaign.id, "--unit", BAPPEDA)
    assert code == 2 and "viewer" in err
    code, _, err = cli(*base, "--role", "viewer", "--unit", BAPPEDA)
    assert code == 2
    with campaign.app.state.db.transaction() as s:
        from server.models import User

        assert s.scalar(select(User).where(User.name == "x")) is None

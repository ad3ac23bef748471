"""The admin page's enrolment QR really holds the server address and the one-time code: a
camera-read QR is enough for a desk to join."""

from __future__ import annotations

import base64
import re

import zxingcpp
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw

from desktop_app.storage.store import Store
from desktop_app.sync.enrolment import enroll, parse_enrol_text, server_link
from server.stations import add_user
from tests.server.helpers import admin_sign_in


def _raster(svg: str, scale: int = 4) -> Image.Image:
    """The served SVG drawn as a camera would see it: its path is the QR's dark squares
    (``Mx,yHx2Vy2Hxz``), painted black on white."""
    box = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg)
    path = re.search(r' d="([^"]+)"', svg)
    assert box is not None and path is not None
    image = Image.new("L", (int(box.group(1)) * scale, int(box.group(2)) * scale), 255)
    draw = ImageDraw.Draw(image)
    squares = re.findall(r"M(\d+),(\d+)H(\d+)V(\d+)H\d+z", path.group(1))
    assert squares and "".join(f"M{a},{b}H{c}V{d}H{a}z" for a, b, c, d in squares) == path.group(1)
    for x, y, x2, y2 in squares:
        draw.rectangle(
            (int(x) * scale, int(y) * scale, int(x2) * scale - 1, int(y2) * scale - 1), 0
        )
    return image


def _sign_in(http: TestClient, name: str, password: str) -> str:
    return admin_sign_in(http, name, password)


def test_qr_on_the_stations_page_enrols_a_desk(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    csrf = _sign_in(http, "admin", "sandi-admin-1")
    page = http.post("/admin/stations", data={"csrf": csrf, "name": "Meja QR"}).text
    data = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)
    assert data is not None
    image = _raster(base64.b64decode(data.group(1)).decode("utf-8"))
    (barcode,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    scanned = parse_enrol_text(barcode.text)
    assert scanned is not None
    url, code = scanned
    assert url == str(http.base_url).rstrip("/") and code in page
    enroll(station_a, url, code, http=http)
    assert server_link(station_a) is not None
    assert parse_enrol_text("PAKTA-ENROLL only-two") is None


def test_admin_api_revoke_needs_the_session_csrf_header(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    from sqlalchemy import select

    from desktop_app.storage.sync_models import SyncServer
    from server.models import Station

    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
        add_user(s, "pengawas", "viewer", "sandi-pengawas", actor="test")
    from tests.server.helpers import enrol_in_process

    client = enrol_in_process(station_a, app, http)
    with station_a.read() as s:  # the token is not kept in clear at the station
        row = s.get(SyncServer, 1)
        assert row is not None and client.token not in row.token
    csrf = _sign_in(http, "admin", "sandi-admin-1")
    path = f"/api/v1/stations/{station_a.station_id}/revoke"
    assert http.post(path).status_code == 403
    assert http.post(path, headers={"X-CSRF-Token": "0" * 64}).status_code == 403
    done = http.post(path, headers={"X-CSRF-Token": csrf})
    assert done.status_code == 200 and done.json()["station"] == "Meja A"
    with app.state.db.transaction() as s:
        assert s.scalars(select(Station.revoked_at)).one()
    viewer = TestClient(app)
    viewer_csrf = _sign_in(viewer, "pengawas", "sandi-pengawas")
    assert viewer.post(path, headers={"X-CSRF-Token": viewer_csrf}).status_code == 403
    assert TestClient(app).post(path, headers={"Origin": "http://testserver"}).status_code == 401
    assert TestClient(app).post(path).status_code == 403  # no Origin: not from our pages

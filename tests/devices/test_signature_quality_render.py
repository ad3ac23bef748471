"""Quality reasons and rendering (PNG with alpha at print resolution, SVG)."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET

from PIL import Image

from desktop_app.devices.pads.protocol import ISDV4
from desktop_app.devices.pads.strokes import assemble
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.domain.signature import DeviceInfo, Signature, signature_from_points
from desktop_app.domain.signature_quality import QualityIssue, check_signature
from desktop_app.domain.signature_render import RenderOptions, render_png, render_svg

DEV = DeviceInfo(units_per_mm=100.0, p_max=1023)


def realistic() -> Signature:
    events = handwriting_events(ISDV4.default_capabilities, 133, seed=11)
    stamped = [dataclasses.replace(e, t_ms=i * 7) for i, e in enumerate(events)]
    return assemble(stamped, DEV)


def test_realistic_signature_passes() -> None:
    report = check_signature(realistic())
    assert report.ok, report


def test_reasons() -> None:
    assert check_signature(Signature((), DEV)).issues == (QualityIssue.EMPTY,)
    dot = signature_from_points([[(1000, 1000, 300, 0), (1050, 1020, 300, 400)]], DEV)
    assert check_signature(dot).issues == (QualityIssue.DOT,)
    quick_small = signature_from_points(
        [[(1000 + i * 50, 1000, 300, i) for i in range(10)]], DEV
    )  # 4.5 mm in 9 ms, 10 samples
    assert set(check_signature(quick_small).issues) == {
        QualityIssue.TOO_SHORT_TIME,
        QualityIssue.TOO_SHORT_LENGTH,
        QualityIssue.TOO_SMALL,
        QualityIssue.TOO_FEW_SAMPLES,
    }


def test_png_is_transparent_print_resolution_and_inked() -> None:
    options = RenderOptions(width_mm=60, height_mm=25, dpi=300)
    image = Image.open(io.BytesIO(render_png(realistic(), options)))
    assert image.mode == "RGBA" and image.size == (709, 295)
    assert round(image.info["dpi"][0]) == 300
    alpha = image.getchannel("A")
    assert alpha.getpixel((0, 0)) == 0  # background stays transparent
    histogram = alpha.histogram()
    assert sum(histogram[250:]) > 1000  # solid ink
    assert sum(histogram[1:250]) > 500  # anti-aliased edges


def test_pressure_varies_width() -> None:
    light = signature_from_points([[(x * 40, 0, 100, x) for x in range(200)]], DEV)
    heavy = signature_from_points([[(x * 40, 0, 1000, x) for x in range(200)]], DEV)
    ink = [
        sum(Image.open(io.BytesIO(render_png(s))).getchannel("A").histogram()[128:])
        for s in (light, heavy)
    ]
    assert ink[1] > ink[0] * 1.5


def test_empty_renders_blank() -> None:
    image = Image.open(io.BytesIO(render_png(Signature((), DEV))))
    assert image.getchannel("A").getextrema() == (0, 0)


def test_svg_is_valid_and_in_mm() -> None:
    svg = render_svg(realistic())
    root = ET.fromstring(svg)
    assert root.attrib["width"] == "60mm"
    assert len(root) > 3

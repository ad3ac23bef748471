"""Fuzz targets for every parser of the station: an input strategy and the properties that must
hold for any input (no exception but the parser's typed error; round trips where an encoder
exists; no input silently lost). Shared by the bounded CI run (tests/fuzz) and the long run
(``python -m benchmarks.fuzz --minutes N``)."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import re
import string
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from pydantic import ValidationError

from desktop_app.devices.pads import isdv4, topaz
from desktop_app.devices.pads.events import PadCapabilities, PenEvent
from desktop_app.devices.scanners import ssi
from desktop_app.devices.scanners.lines import LineFramer, decode_code
from desktop_app.domain.badge import BadgeForm, BadgeText, encode_signed_badge, parse_badge_text
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.scan_detector import Release, Scan, ScanDetector
from pakta_common import wire
from pakta_common.integrity import record_hash
from pakta_common.integrity.seal import SealError, b45decode, b45encode, make_seal, read_seal
from pakta_common.nip import Nip, NipError, normalise_nip_text, parse_nip
from pakta_common.roster_file import RosterFile, read_roster


@dataclass(frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    examples: int  # per CI run: small, the long run goes on for minutes


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


# -- badge text and NIP ------------------------------------------------------------------
def _valid_nip(draw: st.DrawFn) -> str:
    year = draw(st.integers(1960, 2004))
    born = f"{year}{draw(st.integers(1, 12)):02d}{draw(st.integers(1, 28)):02d}"
    appointed = (
        f"{draw(st.integers(year + 18, min(year + 40, 2025)))}{draw(st.integers(1, 12)):02d}"
    )
    return f"{born}{appointed}{draw(st.sampled_from('12'))}{draw(st.integers(1, 999)):03d}"


valid_nips = st.composite(_valid_nip)()
badge_texts = st.one_of(
    st.text(max_size=300),
    st.builds(lambda t: "PKT1." + t, st.text(max_size=200)),
    st.builds(
        lambda n, t: f"https://sso.example.go.id/{t}?nip={n}", valid_nips, st.text(max_size=40)
    ),
    st.builds(lambda n, t: f"{t}{n}{t}", valid_nips, st.text(" -.\t\r\n", max_size=4)),
    st.text(string.digits + " .-", max_size=40),
)


def check_badge(text: str) -> None:
    result = parse_badge_text(text)
    assert isinstance(result, BadgeText)
    if result.form is BadgeForm.INVALID:
        assert result.reason and not result.identifier
    else:
        assert result.identifier
    if result.form is BadgeForm.SIGNED:
        again = parse_badge_text(
            encode_signed_badge(result.identifier, result.key_id, result.signature)
        )
        assert again == result


signed_badges = st.tuples(
    valid_nips,
    st.text("0123456789abcdef", min_size=8, max_size=8),
    st.binary(min_size=64, max_size=64),
)


def check_signed_badge_round_trip(parts: tuple[str, str, bytes]) -> None:
    identifier, key_id, signature = parts
    parsed = parse_badge_text(encode_signed_badge(identifier, key_id, signature))
    assert parsed == BadgeText(BadgeForm.SIGNED, identifier, key_id=key_id, signature=signature)


def check_nip(text: str) -> None:
    for allow_old in (False, True):
        try:
            nip = parse_nip(text, allow_old=allow_old)
        except NipError:
            continue
        assert isinstance(nip, Nip)
        assert parse_nip(nip.value, allow_old=allow_old).value == nip.value
        assert normalise_nip_text(nip.formatted) == nip.value
    assert normalise_nip_text(normalise_nip_text(text)) == normalise_nip_text(text)


nip_texts = st.one_of(st.text(max_size=40), valid_nips, st.text(string.digits + " .-", max_size=30))


# -- pads ----------------------------------------------------------------------------------
def _check_pad_parser(make: Callable[[], Any], data: bytes, cuts: list[int]) -> None:
    whole = make().feed(data)
    parser = make()
    pieces: list[Any] = []
    for chunk in _chunks(data, cuts):
        pieces += parser.feed(chunk)
    assert pieces == whole  # however the bytes arrive, the same events come out
    assert all(isinstance(m, (PenEvent, PadCapabilities)) for m in whole)
    assert parser.dropped_bytes >= 0


pad_bytes = st.tuples(st.binary(max_size=400), st.lists(st.integers(0, 400), max_size=8))


def check_isdv4(value: tuple[bytes, list[int]]) -> None:
    _check_pad_parser(isdv4.Isdv4Parser, *value)


def check_topaz(value: tuple[bytes, list[int]]) -> None:
    _check_pad_parser(topaz.TopazParser, *value)


isdv4_events = st.builds(
    PenEvent,
    x=st.integers(0, 65535),
    y=st.integers(0, 65535),
    pressure=st.integers(0, 1023),
    tip=st.booleans(),
    proximity=st.just(True),
    eraser=st.booleans(),
    side=st.booleans(),
    tilt_x=st.integers(0, 127),
    tilt_y=st.integers(0, 127),
)


def check_isdv4_round_trip(events: list[PenEvent]) -> None:
    stream = b"".join(isdv4.encode_pen_packet(e) for e in events)
    assert isdv4.Isdv4Parser().feed(stream) == events


topaz_events = st.builds(
    PenEvent,
    x=st.integers(0, 4095),
    y=st.integers(0, 4095),
    pressure=st.just(0),
    tip=st.booleans(),
    proximity=st.just(True),
)


def check_topaz_round_trip(events: list[PenEvent]) -> None:
    stream = b"".join(topaz.encode_packet(e) for e in events)
    assert topaz.TopazParser().feed(stream) == events


# -- scanners ------------------------------------------------------------------------------
def check_scanner_lines(value: tuple[bytes, list[int]]) -> None:
    data, cuts = value
    whole = LineFramer(64).feed(data)
    framer = LineFramer(64)
    pieces: list[bytes] = []
    for chunk in _chunks(data, cuts):
        pieces += framer.feed(chunk)
    assert pieces == whole
    for line in whole:
        assert line and b"\r" not in line and b"\n" not in line and len(line) <= 64
        scan = decode_code(line, 0)
        assert scan.raw == line and isinstance(scan.text, str)


def check_ssi_stream(value: tuple[bytes, list[int]]) -> None:
    data, cuts = value
    whole = ssi.SsiParser().feed(data)
    parser = ssi.SsiParser()
    pieces: list[Any] = []
    for chunk in _chunks(data, cuts):
        pieces += parser.feed(chunk)
    assert pieces == whole
    assembler = ssi.DecodeAssembler()
    for item in whole:
        assert isinstance(item, (ssi.SsiPacket, ssi.SsiChecksumError))
        if isinstance(item, ssi.SsiPacket):
            assert ssi.SsiParser().feed(ssi.encode(item)) == [item]  # what it read, it can write
            assembler.add(item)


ssi_codes = st.binary(min_size=1, max_size=600)


def check_ssi_round_trip(code: bytes) -> None:
    frames = ssi.encode_decode_data(code)
    assembler = ssi.DecodeAssembler()
    out = [assembler.add(p) for p in ssi.SsiParser().feed(frames) if isinstance(p, ssi.SsiPacket)]
    assert [o for o in out if o is not None] == [code]


keystrokes = st.lists(
    st.tuples(st.text(min_size=1, max_size=1), st.integers(0, 400), st.booleans()), max_size=60
)


def check_scan_detector(keys: list[tuple[str, int, bool]]) -> None:
    """Every key is either given to the focused field or consumed by a scan: none is lost or
    handed out twice."""
    detector = ScanDetector()
    now = 0
    decisions: list[Release | Scan] = []
    for char, gap, tick in keys:
        now += gap
        if tick:
            decisions += detector.tick(now)
        decisions += detector.key(char, now)
    decisions += detector.flush()
    handed = sum(d.count if isinstance(d, Release) else d.keys for d in decisions)
    assert handed == len(keys)


# -- the receipt seal ------------------------------------------------------------------------
_INT_FIELDS = {"format", "station_seq", "mono_ns"}
_UUID_FIELDS = {"id", "ceremony_id", "station_id"}
_OPTIONAL_UUID = {"refers_to", "template_id"}
_HEX_FIELDS = {"text_sha256", "signature_sha256", "image_sha256", "prev_hash"}
hex64 = st.text("0123456789abcdef", min_size=64, max_size=64)
uuids = st.uuids(version=4).map(str)


def _field(name: str) -> st.SearchStrategy[Any]:
    if name == "format":
        return st.just(record_hash.RECORD_FORMAT)
    if name in _INT_FIELDS:
        return st.integers(0, 2**62)
    if name == "flagged":
        return st.booleans()
    if name in _UUID_FIELDS:
        return uuids
    if name in _OPTIONAL_UUID:
        return st.none() | uuids
    if name in _HEX_FIELDS:
        return hex64
    return st.text(max_size=60)


record_fields = st.fixed_dictionaries({n: _field(n) for n in record_hash.HASHED_FIELDS})


def check_seal_round_trip(fields: dict[str, Any]) -> None:
    sealed = dict(fields, station_sig="ab" * 64)
    seal = read_seal(make_seal(sealed, "0a1b2c3d"))
    assert seal.fields == fields and seal.key_id == "0a1b2c3d"
    assert seal.record_hash() == record_hash.record_hash(fields)


seal_texts = st.one_of(
    st.text(max_size=300),
    st.builds(
        lambda t: "PKS1:" + t,
        st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", max_size=700),
    ),
    st.builds(lambda b: "PKS1:" + b45encode(b), st.binary(max_size=600)),
)


def check_seal_reader(text: str) -> None:
    try:
        seal = read_seal(text)
    except SealError:
        return
    assert seal.record_id and len(seal.signature) == 64


def check_base45(data: bytes) -> None:
    assert b45decode(b45encode(data)) == data


# -- roster files ----------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
cell_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
roster_rows = st.lists(
    st.tuples(cell_text, st.one_of(valid_nips, cell_text), cell_text), min_size=0, max_size=25
)


def _accounted(parsed: RosterFile, rows: list[tuple[str, ...]]) -> None:
    expected = sum(1 for row in rows if any(_CONTROL.sub(" ", c).strip() for c in row))
    assert len(parsed.rows) + len(parsed.rejected) == expected, (parsed, rows)


def check_roster_csv(value: tuple[list[tuple[str, str, str]], str]) -> None:
    rows, delimiter = value
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Nama", "NIP", "Unit Kerja"])
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.csv"
        path.write_text(buffer.getvalue(), "utf-8")
        try:
            parsed = read_roster(path)
        except InvalidInput as exc:
            # the only refusal a well-written file can earn: a line break inside a cell
            assert any("\n" in c or "\r" in c for row in rows for c in row), exc
            return
    _accounted(parsed, [tuple(r) for r in rows])


def check_roster_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("roster.csv", "roster.xlsx"):
            path = Path(tmp) / name
            path.write_bytes(data)
            with contextlib.suppress(InvalidInput):
                read_roster(path)


_XML_SAFE = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="=")
xlsx_rows = st.lists(
    st.tuples(
        st.text(_XML_SAFE, max_size=30),
        st.one_of(valid_nips, st.text(_XML_SAFE, max_size=20), st.integers(0, 10**18)),
        st.one_of(
            st.text(_XML_SAFE, max_size=30), st.floats(allow_nan=False, allow_infinity=False)
        ),
    ),
    max_size=15,
)


def check_roster_xlsx(rows: list[tuple[Any, Any, Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "NIP", "Jabatan"])
    for row in rows:
        sheet.append(list(row))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.xlsx"
        book.save(path)
        parsed = read_roster(path)
    as_text = [tuple("" if v is None else str(v) for v in row) for row in rows]
    _accounted(parsed, as_text)


# -- the sync wire schema --------------------------------------------------------------------
def _wire_record(fields: dict[str, Any]) -> dict[str, Any]:
    """A valid wire record carrying the generated fields; a field the wire declares with a
    default (those a later record format added) keeps its default."""
    declared = wire.WireRecord.model_fields
    record = {k: v for k, v in fields.items() if k in declared and declared[k].is_required()}
    record.update(
        kind="pledge",
        identifier="198001012005011001",
        id_kind="nip",
        station_seq=max(1, int(fields.get("station_seq", 1))),
        signed_at="2026-11-23T01:40:00.000Z",
        consent_at="2026-11-23T01:39:58.000Z",
        record_hash="0" * 64,
        station_sig="0" * 128,
        signature_b64="",
        image_b64="",
    )
    return record


json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
wire_mutations = st.tuples(
    record_fields, st.sampled_from(sorted(wire.WireRecord.model_fields)), json_values
)


def check_wire_record(value: tuple[dict[str, Any], str, Any]) -> None:
    fields, key, replacement = value
    record = _wire_record(fields)
    valid = wire.WireRecord.model_validate(record)  # the unchanged record is always valid
    assert wire.WireRecord.model_validate_json(valid.model_dump_json()) == valid
    try:
        model = wire.WireRecord.model_validate(dict(record, **{key: replacement}))
    except ValidationError:
        return
    assert wire.WireRecord.model_validate_json(model.model_dump_json()) == model


wire_documents = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(
        lambda v: json.dumps({"records": [v]}).encode(),
        st.dictionaries(
            st.sampled_from(sorted(wire.WireRecord.model_fields)), json_values, max_size=10
        ),
    ),
)
WIRE_MODELS = (
    wire.PushRequest,
    wire.PushResponse,
    wire.PullResponse,
    wire.PublishRequest,
    wire.EnrollRequest,
    wire.EnrollResponse,
)


def check_wire_documents(data: bytes) -> None:
    for model in WIRE_MODELS:
        try:
            parsed = model.model_validate_json(data)
        except ValidationError:
            continue
        assert model.model_validate_json(parsed.model_dump_json()) == parsed


TARGETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("badge text", badge_texts, check_badge, 150),
        Target("signed badge round trip", signed_badges, check_signed_badge_round_trip, 50),
        Target("NIP", nip_texts, check_nip, 150),
        Target("ISDV4 stream", pad_bytes, check_isdv4, 100),
        Target("ISDV4 round trip", st.lists(isdv4_events, max_size=20), check_isdv4_round_trip, 40),
        Target("Topaz stream", pad_bytes, check_topaz, 100),
        Target("Topaz round trip", st.lists(topaz_events, max_size=20), check_topaz_round_trip, 40),
        Target("scanner lines", pad_bytes, check_scanner_lines, 100),
        Target("SSI stream", pad_bytes, check_ssi_stream, 100),
        Target("SSI round trip", ssi_codes, check_ssi_round_trip, 40),
        Target("scan detector", keystrokes, check_scan_detector, 80),
        Target("seal reader", seal_texts, check_seal_reader, 150),
        Target("seal round trip", record_fields, check_seal_round_trip, 40),
        Target("base45", st.binary(max_size=300), check_base45, 60),
        Target(
            "roster CSV", st.tuples(roster_rows, st.sampled_from([",", ";"])), check_roster_csv, 40
        ),
        Target("roster bytes", st.binary(max_size=2000), check_roster_bytes, 40),
        Target("roster XLSX", xlsx_rows, check_roster_xlsx, 8),
        Target("wire record", wire_mutations, check_wire_record, 60),
        Target("wire documents", wire_documents, check_wire_documents, 80),
    )
}

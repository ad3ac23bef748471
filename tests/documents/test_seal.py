"""The receipt seal: every record field and the station signature, verifiable offline."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.documents.receipt_data import load_receipt
from pakta_common.integrity.keys import key_id_of
from pakta_common.integrity.seal import (
    SEAL_PREFIX,
    Problem,
    SealError,
    b45decode,
    b45encode,
    check_code,
    make_seal,
    read_seal,
)
from tests.documents.factory import Ceremony


@given(st.binary(max_size=600))
def test_base45_round_trip(data: bytes) -> None:
    text = b45encode(data)
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert b45decode(text) == data


def test_base45_rfc_9285_examples() -> None:
    assert b45encode(b"AB") == "BB8"
    assert b45encode(b"Hello!!") == "%69 VD92EX0"
    assert b45decode("QED8WEX0") == b"ietf!"
    with pytest.raises(ValueError):
        b45decode("GGW")  # 65535 + 1


def test_seal_carries_the_whole_record_and_verifies(ceremony: Ceremony, record_id: str) -> None:
    data = load_receipt(ceremony.store, record_id)
    seal = read_seal(data.seal)
    assert data.seal.startswith(SEAL_PREFIX)
    assert seal.record_id == record_id
    assert seal.record_hash() == data.fields["record_hash"]
    assert seal.key_id == key_id_of(ceremony.store.key.public_bytes)
    assert seal.signature_problem(ceremony.store.key.public_bytes) is None
    assert seal.signature_problem(None) is Problem.UNKNOWN_KEY
    assert len(data.seal) < 1100  # fits a QR an 80 mm roll prints legibly


@pytest.mark.parametrize(
    "field",
    [
        "name",
        "identifier",
        "unit",
        "text_sha256",
        "signed_at",
        "station_seq",
        "image_sha256",
        "device",
    ],
)
def test_any_changed_field_breaks_the_signature(
    ceremony: Ceremony, record_id: str, field: str
) -> None:
    data = load_receipt(ceremony.store, record_id)
    fields = dict(data.fields)
    value = fields[field]
    fields[field] = (
        value + 1
        if isinstance(value, int)
        else ("0" * 64 if field.endswith("sha256") else str(value) + "x")
    )
    seal = read_seal(make_seal(fields, ceremony.store.key.key_id))
    assert seal.signature_problem(ceremony.store.key.public_bytes) is Problem.BAD_SIGNATURE


def test_damaged_seals_are_named() -> None:
    for text in ("", "PKT1.123", "PKS1:", "PKS1:abc", "PKS1:" + b45encode(b"\x01" * 300)):
        with pytest.raises(SealError):
            read_seal(text)


def test_check_code_is_short_and_readable() -> None:
    code = check_code("ab" * 32)
    assert len(code) == 9 and code[4] == "-"
    assert not set(code.replace("-", "")) & set("ILOU")


def test_unsealable_record_is_refused(ceremony: Ceremony, record_id: str) -> None:
    data = load_receipt(ceremony.store, record_id)
    fields = dict(data.fields, id="not-a-uuid")
    with pytest.raises(SealError):
        make_seal(fields, ceremony.store.key.key_id)
    assert dataclasses.is_dataclass(data)


def test_one_scheme_serves_base45_and_base41_and_refuses_a_short_alphabet() -> None:
    import pytest

    from pakta_common.integrity.base_n import BaseN
    from pakta_common.integrity.receipt_link import B41

    data = bytes(range(256)) + b"\xff"
    for alphabet in (B41, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"):
        assert BaseN(alphabet).decode(BaseN(alphabet).encode(data)) == data
    with pytest.raises(ValueError):
        BaseN("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # 36**3 < 65536: a pair would not fit
    with pytest.raises(ValueError):
        BaseN(B41).decode("A")  # a dangling character

"""The join dialog's input, read before any network: the host's QR text, an address typed
without a scheme, and bad input refused with its kind (nothing is sent for it)."""

from __future__ import annotations

import pytest

from desktop_app.venue.desk_actions import ProblemKind, VenueProblem, qr_matrix, read_join_input


def test_the_hosts_qr_text_carries_address_and_code() -> None:
    url, code = read_join_input("PAKTA-VENUE http://192.168.1.20:8765 K7QD-M2PX", "")
    assert (url, code) == ("http://192.168.1.20:8765", "K7QD-M2PX")
    # a code typed by hand wins over the QR's (the attendant corrected it)
    assert read_join_input("PAKTA-VENUE http://h:1 AAAA-BBBB", "CCCC-DDDD")[1] == "CCCC-DDDD"


def test_an_address_without_scheme_is_taken_as_http() -> None:
    assert read_join_input(" 10.0.0.5:8765 ", " K7QD ") == ("http://10.0.0.5:8765", "K7QD")


@pytest.mark.parametrize(
    ("address", "code", "detail"),
    [
        ("", "K7QD-M2PX", "address"),
        ("10.0.0.5:8765", "", "code"),
        ("10.0.0.5:8765", "K7Q", "code"),  # shorter than any code the hub issues
        ("10.0.0.5:8765", "K" * 33, "code"),
        ("ftp://10.0.0.5", "K7QD-M2PX", "address"),
        ("http://10.0.0.5 :8765", "K7QD-M2PX", "address"),
        ("PAKTA-VENUE only-two", "K7QD-M2PX", "address"),
    ],
)
def test_bad_input_is_refused_with_its_kind(address: str, code: str, detail: str) -> None:
    with pytest.raises(VenueProblem) as refused:
        read_join_input(address, code)
    assert refused.value.kind is ProblemKind.BAD_INPUT and refused.value.detail == detail


def test_the_qr_matrix_is_square_with_a_quiet_zone() -> None:
    matrix = qr_matrix("PAKTA-VENUE http://192.168.1.20:8765 K7QD-M2PX")
    assert len(matrix) >= 25 and all(len(row) == len(matrix) for row in matrix)
    assert not any(matrix[0]) and not any(row[0] for row in matrix)  # the white border
    assert any(any(row) for row in matrix)

"""The one AES-GCM envelope: blobs sealed by the code before it existed still open (golden
fixture), both users write the same byte format, and nothing altered or misplaced opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.domain.errors import IntegrityFailure
from desktop_app.storage.signature_codec import CEREMONY_MAGIC, STATION_MAGIC, SignatureCodec
from pakta_common.envelope import Envelope, EnvelopeError
from server.blobcrypt import BlobCipher, BlobDecryptError

GOLDEN = Path(__file__).parents[1] / "fixtures" / "envelope" / "sealed_before_pakta_common.json"


@pytest.fixture(scope="module")
def golden() -> dict[str, dict[str, str]]:
    return json.loads(GOLDEN.read_text("utf-8"))


def test_station_blobs_sealed_before_still_open(golden: dict[str, dict[str, str]]) -> None:
    key = bytes.fromhex(str(golden["key_hex"]))
    station = golden["station"]
    plain = bytes.fromhex(station["plaintext_hex"])
    rid = station["record_id"]
    assert SignatureCodec(key).open(rid, bytes.fromhex(station["enc1_hex"])) == plain
    enc2 = bytes.fromhex(station["enc2_hex"])
    assert SignatureCodec(key, CEREMONY_MAGIC).open(rid, enc2) == plain
    with pytest.raises(IntegrityFailure, match="altered or belongs elsewhere"):
        SignatureCodec(key, CEREMONY_MAGIC).open(rid.replace("0", "1"), enc2)


def test_server_blobs_sealed_before_still_open(golden: dict[str, dict[str, str]]) -> None:
    key = bytes.fromhex(str(golden["key_hex"]))
    server = golden["server"]
    stored = bytes.fromhex(server["enc1_hex"])
    assert BlobCipher(key).open(server["sha256"], stored) == bytes.fromhex(server["plaintext_hex"])
    with pytest.raises(BlobDecryptError):
        BlobCipher(bytes(32)).open(server["sha256"], stored)


def test_both_users_write_the_one_format() -> None:
    key = bytes(range(32))
    station = SignatureCodec(key).seal("rec-1", b"ink")
    server = BlobCipher(key).seal("ab" * 32, b"ink")
    for blob, associated in ((station, b"rec-1"), (server, ("ab" * 32).encode())):
        assert blob[:4] == STATION_MAGIC and len(blob) == 4 + 12 + 3 + 16
        assert Envelope(key, STATION_MAGIC).open(associated, blob) == b"ink"


@pytest.mark.parametrize(
    ("blob", "reason"),
    [
        (b"", "format"),
        (b"ENC1", "format"),
        (b"ENC1" + bytes(27), "format"),  # one byte short of nonce + tag
        (b"ENC2" + bytes(40), "format"),  # another key family's magic
        (b"ENC1" + bytes(40), "tampered"),
    ],
)
def test_bad_blobs_are_refused_by_reason(blob: bytes, reason: str) -> None:
    with pytest.raises(EnvelopeError) as caught:
        Envelope(bytes(32), b"ENC1").open(b"ad", blob)
    assert caught.value.reason == reason


def test_a_flipped_bit_or_other_associated_data_does_not_open() -> None:
    envelope = Envelope(bytes(32), b"ENC1")
    blob = envelope.seal(b"here", b"secret")
    assert envelope.open(b"here", blob) == b"secret"
    with pytest.raises(EnvelopeError, match="tampered"):
        envelope.open(b"there", blob)
    for i in range(4, len(blob)):
        flipped = blob[:i] + bytes([blob[i] ^ 1]) + blob[i + 1 :]
        with pytest.raises(EnvelopeError):
            envelope.open(b"here", flipped)


@pytest.mark.parametrize(("key", "magic"), [(bytes(16), b"ENC1"), (bytes(32), b"ENC")])
def test_wrong_key_or_magic_sizes_are_refused(key: bytes, magic: bytes) -> None:
    with pytest.raises(ValueError):
        Envelope(key, magic)

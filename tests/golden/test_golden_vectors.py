"""Golden vectors: the committed bytes of every pinned format still read, hash and verify.

Each check returns what no longer matches (empty when today's code reads the vector exactly as
the code that wrote it). A change to a record's canonical form, the seal layout, the pen
encoding, an envelope, a badge, an anchor statement or a manifest makes one of them non-empty;
``test_a_changed_byte_is_caught`` shows it by changing one byte of each vector in memory.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.badge import BadgeForm, parse_badge_text
from desktop_app.domain.errors import IntegrityFailure
from desktop_app.domain.signature import DeviceInfo, Signature, SignatureDecodeError
from desktop_app.storage.signature_codec import SignatureCodec
from pakta_common.integrity.keys import key_id_of, verify_signature
from pakta_common.integrity.receipt_link import LinkError, link_for_seal, seal_from_link
from pakta_common.integrity.record_hash import canonical_bytes, record_hash
from pakta_common.integrity.seal import SealError, read_seal
from pakta_common.proof.anchor import SignedAnchor
from pakta_common.proof.manifest import manifest_problems
from pakta_common.proof.merkle import InclusionProof, merkle_root, verify_inclusion
from server.blobcrypt import BlobCipher, BlobDecryptError

VECTORS: dict[str, Any] = json.loads((Path(__file__).with_name("vectors.json")).read_text("utf-8"))
PUBLIC = bytes.fromhex(VECTORS["station_key"]["public_hex"])

Check = Callable[[dict[str, Any]], list[str]]


def check_record(vector: dict[str, Any]) -> list[str]:
    problems = []
    try:
        canonical = canonical_bytes(vector["fields"])
    except ValueError as exc:
        return [f"format {vector['format']}: {exc}"]
    if canonical != vector["canonical_utf8"].encode("utf-8"):
        problems.append(f"format {vector['format']}: canonical bytes changed")
    if record_hash(vector["fields"]) != vector["record_hash"]:
        problems.append(f"format {vector['format']}: record hash changed")
    sig = bytes.fromhex(vector["station_sig"])
    if not verify_signature(PUBLIC, sig, vector["record_hash"].encode("ascii")):
        problems.append(f"format {vector['format']}: station signature does not verify")
    return problems


def check_seal(vector: dict[str, Any]) -> list[str]:
    try:
        seal = read_seal(vector["text"])
    except SealError as exc:
        return [f"seal of format {vector['record_format']}: {exc}"]
    record = next(r for r in VECTORS["records"] if r["format"] == vector["record_format"])
    problems = []
    if seal.fields != record["fields"]:
        problems.append("the seal's fields are not the record's")
    if seal.key_id != vector["key_id"] or seal.signature.hex() != record["station_sig"]:
        problems.append("the seal's key id or signature changed")
    if seal.signature_problem(PUBLIC) is not None:
        problems.append("the seal's signature does not verify")
    return problems


def check_signature_encoding(vector: dict[str, Any]) -> list[str]:
    try:
        decoded = Signature.decode(bytes.fromhex(vector["encoded_hex"]))
    except SignatureDecodeError as exc:
        return [f"pen encoding: {exc}"]
    problems = []
    strokes = [[[s.x, s.y, s.pressure, s.t_ms] for s in st.samples] for st in decoded.strokes]
    if strokes != vector["strokes"]:
        problems.append("pen samples decode differently")
    if decoded.device != DeviceInfo(**vector["device"]):
        problems.append("device metadata decodes differently")
    return problems


def check_badge(vector: dict[str, Any]) -> list[str]:
    badge = parse_badge_text(vector["text"])
    if badge.form is not BadgeForm.SIGNED or badge.identifier != vector["identifier"]:
        return [f"badge no longer reads as signed ({badge.reason})"]
    if badge.key_id != key_id_of(PUBLIC) or not badge.signature:
        return ["badge key id changed"]
    if not verify_signature(PUBLIC, badge.signature, badge.signed_message):
        return ["badge signature does not verify"]
    return []


def check_envelope(vector: dict[str, Any]) -> list[str]:
    key = bytes.fromhex(vector["key_hex"])
    blob = bytes.fromhex(vector["blob_hex"])
    try:
        if vector["name"].startswith("server"):
            plain = BlobCipher(key).open(vector["associated_data"], blob)
        else:
            codec = SignatureCodec(key, blob[:4])
            if blob[:4] not in (b"ENC1", b"ENC2"):
                return [f"{vector['name']}: unknown magic {blob[:4]!r}"]
            plain = codec.open(vector["associated_data"], blob)
    except (IntegrityFailure, BlobDecryptError) as exc:
        return [f"{vector['name']}: {exc}"]
    if plain != bytes.fromhex(vector["plaintext_hex"]):
        return [f"{vector['name']}: decrypts to other bytes"]
    return []


PROOF: dict[str, Any] = json.loads(
    (Path(__file__).with_name("vectors_proof.json")).read_text("utf-8")
)


def check_link(vector: dict[str, Any]) -> list[str]:
    try:
        if seal_from_link(vector["link"]) != vector["seal"]:
            return ["the link carries another seal"]
    except LinkError as exc:
        return [f"link: {exc}"]
    if link_for_seal(vector["base"], vector["seal"]) != vector["link"]:
        return ["the link of the seal is spelt differently today"]
    return []


def check_anchor(vector: dict[str, Any]) -> list[str]:
    try:
        anchor = SignedAnchor.from_json(vector)
    except ValueError as exc:
        return [str(exc)]
    problems = []
    if anchor.statement.signed_bytes().hex() != vector["signed_bytes_hex"]:
        problems.append("the anchor's signed bytes changed")
    if not anchor.verifies(bytes.fromhex(PROOF["server_public_hex"])):
        problems.append("the anchor's signature does not verify")
    return problems


def check_merkle(vector: dict[str, Any]) -> list[str]:
    problems = []
    if merkle_root(vector["leaves"]) != vector["root"]:
        problems.append("the Merkle root of the leaves changed")
    proof = InclusionProof(5, len(vector["leaves"]), tuple(map(tuple, vector["proof_of_5"])))
    if not verify_inclusion(vector["leaves"][5], proof, vector["root"]):
        problems.append("the inclusion proof no longer verifies")
    return problems


def check_manifest(vector: dict[str, Any]) -> list[str]:
    return manifest_problems(vector, bytes.fromhex(PROOF["desk_public_hex"]))


CASES: list[tuple[str, Check, dict[str, Any]]] = [
    *((f"record-format-{r['format']}", check_record, r) for r in VECTORS["records"]),
    *((f"seal-format-{s['record_format']}", check_seal, s) for s in VECTORS["seals"]),
    ("signature-encoding", check_signature_encoding, VECTORS["signature_encoding"]),
    ("badge", check_badge, VECTORS["badge"]),
    *((e["name"].replace(" ", "-"), check_envelope, e) for e in VECTORS["envelopes"]),
    *((f"link-format-{i + 1}", check_link, v) for i, v in enumerate(PROOF["links"])),
    ("anchor", check_anchor, PROOF["anchor"]),
    ("merkle", check_merkle, PROOF["merkle"]),
    ("manifest", check_manifest, PROOF["manifest"]),
]


@pytest.mark.parametrize(("name", "check", "vector"), CASES, ids=[c[0] for c in CASES])
def test_golden_vector_reads_today(name: str, check: Check, vector: dict[str, Any]) -> None:
    assert check(vector) == []


def test_the_golden_station_key_is_the_one_in_the_file() -> None:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(VECTORS["station_key"]["pem"].encode(), None)
    raw = key.public_key().public_bytes(  # type: ignore[union-attr]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert raw == PUBLIC and key_id_of(raw) == VECTORS["station_key"]["key_id"]


def _flip(text: str, index: int, *, hex_text: bool) -> str:
    """``text`` with the character at ``index`` changed (still a hex digit, or still base45,
    base64url and base41 text)."""
    spare = "01" if hex_text else "BC"
    new = spare[0] if text[index] != spare[0] else spare[1]
    return text[:index] + new + text[index + 1 :]


# (case, the key in the vector whose bytes are changed, where, is it hex)
MUTATIONS = [
    ("record-format-1", "canonical_utf8", 40, False),
    ("record-format-2", "record_hash", 5, True),
    ("record-format-2", "station_sig", 9, True),
    ("seal-format-1", "text", 20, False),
    ("seal-format-2", "text", 200, False),
    ("signature-encoding", "encoded_hex", 30, True),
    ("badge", "text", 40, False),
    ("station-ENC1", "blob_hex", 40, True),
    ("ceremony-key-wrapped-ENC1", "blob_hex", 2, True),
    ("ceremony-ENC2", "blob_hex", 60, True),
    ("server-ENC1", "blob_hex", 30, True),
    ("link-format-2", "link", 60, False),
    ("anchor", "record_hash", 3, True),
    ("anchor", "signature", 3, True),
    ("merkle", "root", 10, True),
    ("manifest", "merkle_root", 10, True),
    ("manifest", "signature", 10, True),
]


@pytest.mark.parametrize(("name", "key", "index", "is_hex"), MUTATIONS)
def test_a_changed_byte_is_caught(name: str, key: str, index: int, is_hex: bool) -> None:
    """One character of a vector changed in memory: its golden check reports it. (The same
    check on the untouched vector passes above, so the difference is the byte.)"""
    _, check, vector = next(c for c in CASES if c[0] == name)
    mutated = copy.deepcopy(vector)
    if key == "canonical_utf8":  # the pinned bytes move, the fields stay: a changed form
        mutated[key] = mutated[key].replace('"kind":"pledge"', '"kind":"pledgE"')
    else:
        mutated[key] = _flip(mutated[key], index, hex_text=is_hex)
    assert mutated[key] != vector[key]
    assert check(mutated) != []


def test_a_changed_field_list_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's code changing format 1's hashed fields (e.g. 'improving' it in place) fails."""
    from pakta_common.integrity import record_hash as module

    changed = dict(module.FIELDS_BY_FORMAT)
    changed[1] = tuple(f for f in changed[1] if f != "mono_ns")
    monkeypatch.setattr(module, "FIELDS_BY_FORMAT", changed)
    assert check_record(VECTORS["records"][0]) != []

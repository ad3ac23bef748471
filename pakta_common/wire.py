"""The versioned wire schema of API v1, shared byte for byte by the station and the server."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

WIRE_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH = 500  # records in one push
MAX_BODY_BYTES = 48 * 1024 * 1024  # any request body, checked before parsing
MAX_BLOB_B64 = 2 * 1024 * 1024  # one signature or image, base64 characters
MAX_ROSTER = 50_000

Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
        max_length=36,
    ),
]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Hex128 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{128}$")]
Short = Annotated[str, StringConstraints(max_length=300)]
Long = Annotated[str, StringConstraints(max_length=20_000)]
Blob = Annotated[str, StringConstraints(max_length=MAX_BLOB_B64)]


def _empty(value: object) -> bool:
    return value == ""


class WireModel(BaseModel):
    """Strict: wrong types are refused, not coerced; unknown fields are refused."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


# --- enrolment -------------------------------------------------------------------------


EnrolCode = Annotated[str, StringConstraints(min_length=4, max_length=64)]
ENROL_PROOF_CONTEXT = b"pakta-enrol-v1"


class EnrollChallengeRequest(WireModel):
    """Step 1 of enrolment: ask for a challenge bound to the one-time code."""

    code: EnrolCode


class EnrollChallenge(WireModel):
    challenge: Hex64  # random; valid once, for a few minutes, with this code only
    expires_at: str


class EnrollRequest(WireModel):
    """Step 2: the station's identity and public key, and its signature over the challenge
    (``enrol_proof_message``) proving it holds the private key. Without challenge and proof
    (software older than the proof) enrolment is refused with a clear reason."""

    code: EnrolCode
    station_id: Uuid
    name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    public_key: Hex64  # raw Ed25519 public key, hex
    challenge: Hex64 | None = None
    proof: Hex128 | None = None  # Ed25519 signature over enrol_proof_message(...), hex


def enrol_proof_message(challenge: str, station_id: str, public_key: str) -> bytes:
    """What a station signs to prove its key at enrolment (the challenge binds the code)."""
    return b"\n".join(
        (ENROL_PROOF_CONTEXT, challenge.encode(), station_id.encode(), public_key.encode())
    )


class EnrollResponse(WireModel):
    token: str
    station_id: Uuid
    server_name: str
    wire_version: int = WIRE_VERSION


# --- records ---------------------------------------------------------------------------

# How consent was given (domain.consent.ConsentMethod values; "" for voids and format 1).
ConsentMethodText = Literal[
    "",
    "pad_box",
    "pad_button",
    "screen_touch",
    "screen_pen",
    "screen_mouse",
    "compact_signature",
]


class WireRecord(WireModel):
    """One signed record: every hashed field of its format, its hash and signature, the blobs.

    Format 1 (the first release) has no consent_method, pledge_shown_at, timezone: a station
    of that release sends none and they read as "". Format 2 hashes them too."""

    format: int
    id: Uuid
    kind: Literal["pledge", "resign", "void", "closing"]  # closing: a berita acara signer
    refers_to: Uuid | None
    reason: Long
    ceremony_id: Uuid
    identifier: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    id_kind: Annotated[str, StringConstraints(max_length=8)]
    name: Short
    rank: Short
    position: Short
    unit: Short
    instansi: Short
    template_id: Uuid | None
    text_sha256: Hex64
    consent_at: Annotated[str, StringConstraints(max_length=32)]
    consent_method: ConsentMethodText = ""
    pledge_shown_at: Annotated[str, StringConstraints(max_length=32)] = ""
    timezone: Annotated[str, StringConstraints(max_length=40)] = ""
    signature_sha256: Hex64
    image_sha256: Hex64
    device: Long
    operator: Annotated[str, StringConstraints(max_length=120)]
    station_id: Uuid
    station_seq: Annotated[int, Field(ge=1, le=2**62)]
    signed_at: Annotated[str, StringConstraints(min_length=10, max_length=32)]
    mono_ns: Annotated[int, Field(ge=0, le=2**63 - 1)]
    prev_hash: Hex64
    flagged: bool
    record_hash: Hex64
    station_sig: Hex128
    signature_b64: Blob  # the encoded pen samples, plaintext base64
    image_b64: Blob  # the rendered PNG, plaintext base64


class PushRequest(WireModel):
    records: Annotated[list[WireRecord], Field(max_length=MAX_BATCH)]


RecordStatus = Literal["accepted", "already_stored", "rejected"]


class RecordResult(WireModel):
    id: str
    status: RecordStatus
    reason: str = ""
    duplicate_of: list[str] = Field(default_factory=list)  # other desks' records, same person


class PushResponse(WireModel):
    results: list[RecordResult]
    accepted: int
    already_stored: int
    rejected: int
    duplicates: int


# --- ceremonies, templates, rosters ----------------------------------------------------


class WireTemplate(WireModel):
    id: Uuid
    code: Annotated[str, StringConstraints(max_length=80)]
    version: Annotated[int, Field(ge=1)]
    title: Annotated[str, StringConstraints(max_length=200)]
    language: Annotated[str, StringConstraints(max_length=8)]
    text: Long
    sha256: Hex64


ConsentFormText = Literal["separate", "compact"]  # domain.consent.ConsentForm values


class WireCeremony(WireModel):
    """A ceremony and how its desks take consent (a station of the first release sends no
    consent options: they read as the defaults, 5 s, separate, Asia/Jakarta)."""

    id: Uuid
    title: Short
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
    venue: Short
    organizer: Short
    expected: Annotated[int, Field(ge=0)] | None
    template_id: Uuid
    min_read_s: Annotated[int, Field(ge=0, le=600)] = 5
    consent_form: ConsentFormText = "separate"
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=40)] = "Asia/Jakarta"
    # The campaign it belongs to ("" for a ceremony of its own): set by the server for the
    # organiser's campaign ceremonies, so that a desk knows which other ceremonies' signings
    # count as "signed elsewhere in the campaign". What a desk publishes here is ignored.
    # Left out of the JSON when "" (exclude_if): desks of earlier releases refuse unknown
    # fields, and only a campaign's ceremonies need a desk that knows it.
    campaign_id: Annotated[str, StringConstraints(max_length=36)] = Field(
        default="", exclude_if=_empty
    )


class WireEmployee(WireModel):
    ceremony_id: Uuid
    identifier: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    id_kind: Annotated[str, StringConstraints(max_length=8)]
    name: Short
    rank: Short
    position: Short
    unit: Short
    instansi: Short


class PublishRequest(WireModel):
    """A station publishes a ceremony it holds, with its pledge text and whole roster."""

    ceremony: WireCeremony
    template: WireTemplate
    roster: Annotated[list[WireEmployee], Field(max_length=MAX_ROSTER)]


class PublishResponse(WireModel):
    ceremony_id: str
    roster_changed: int


# --- pull ------------------------------------------------------------------------------


class WireSigning(WireModel):
    """Another desk's signing record, without the signature itself (only what a desk needs)."""

    id: str
    kind: str
    refers_to: str | None
    ceremony_id: str
    identifier: str
    name: str
    unit: str
    station_id: str
    station_name: str
    signed_at: str
    # Where it was signed, for "already signed at <ceremony>, <date>" at another ceremony of
    # the same campaign ("" when the ceremony is of no campaign, or unknown to the server).
    # Left out of the JSON when "" (as WireCeremony.campaign_id, for earlier desks).
    campaign_id: str = Field(default="", exclude_if=_empty)
    ceremony_title: str = Field(default="", exclude_if=_empty)
    ceremony_date: str = Field(default="", exclude_if=_empty)


class PullResponse(WireModel):
    cursor: str  # opaque, issued by the server; send it back unchanged
    more: bool
    templates: list[WireTemplate]
    ceremonies: list[WireCeremony]
    employees: list[WireEmployee]
    signings: list[WireSigning]


class Health(WireModel):
    status: Literal["ok"]
    wire_version: int
    database: str


class ErrorBody(WireModel):
    detail: str


# --- proof (issue 13): the receipt link base, the desk's certificate, chain anchors --------
# Separate endpoints (not new fields of existing answers), so desks of earlier releases, whose
# strict models refuse unknown fields, are not broken by a newer server.


class StationProof(WireModel):
    """What a desk needs to make proof others can check: where receipt links point (the
    server's public address; "" when the server has none), the key that signs anchors and
    the organiser's CA certificate (PEM) that certifies desks' document keys."""

    public_url: Annotated[str, StringConstraints(max_length=300)]
    anchor_key: Hex64  # the server's Ed25519 anchor key, raw, hex
    ca_certificate: Annotated[str, StringConstraints(max_length=8000)]


class CertificateRequest(WireModel):
    csr: Annotated[str, StringConstraints(min_length=1, max_length=8000)]  # PEM, P-256


class CertificateResponse(WireModel):
    chain: list[Annotated[str, StringConstraints(max_length=8000)]]  # PEM: desk, then CA


class WireAnchor(WireModel):
    """The server's signed statement of a desk's chain head (pakta_common.proof.anchor)."""

    v: Literal[1]
    station_id: Uuid
    seq: Annotated[int, Field(ge=0, le=2**62)]
    record_hash: Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")]
    at: Annotated[str, StringConstraints(max_length=32)]
    server_key_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}$")]
    signature: Hex128

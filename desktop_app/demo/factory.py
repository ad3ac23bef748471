"""Test data built on the demo generator: roster rows, a ceremony with a roster, signed records.

One factory for tests, benchmarks and the self-test. Everything is deterministic for a seed
and goes through the real services (no rows written behind their back): the roster is
``iter_roster``'s, the signature the handwriting simulator's as the pad would report it, the
record committed by ``register_pledge``. A test that needs specific values (a name with an
apostrophe, a hostile cell, a malformed NIP) writes those rows itself; that is its point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.demo.roster import DEMO_SEED, iter_roster
from desktop_app.demo.roster import roster_rows as roster_rows  # part of the factory
from desktop_app.devices.pads.strokes import assemble
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.domain.closing import ClosingSigner
from desktop_app.domain.consent import ConsentForm, ConsentMethod
from desktop_app.domain.signature import Signature
from desktop_app.domain.signature_render import render_png
from desktop_app.services.attendees import pledge_text
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.closing import ClosingRequest, ClosingSignature, closing_statement
from desktop_app.services.rehearsal import SIM_DEVICE, SIM_PAD
from desktop_app.services.roster_import import apply_roster
from desktop_app.services.signing import PledgeRequest, RegisteredPledge, register_pledge
from desktop_app.storage.store import Store
from pakta_common.roster_file import RosterRow

SEED = DEMO_SEED  # the demo roster's own seed
PAD_RATE_HZ = 133.0
READ_S = 8  # the simulated attendee reads this long before consenting
SIGNATURE_VARIETY = 16  # distinct hands sign_roster uses by default


@dataclass(frozen=True)
class SeededCeremony:
    """A ceremony made by ``ceremony_with_roster``: its id, the hash of the pledge text the
    desk shows for it, the roster's identifiers in roster order, and the shown template's id
    (None: a signing does not check it)."""

    id: str
    shown_text_sha256: str
    identifiers: tuple[str, ...] = ()
    template_id: str | None = None


def nip_at(i: int, *, seed: int = SEED) -> str:
    """The NIP of row ``i`` (from 0) of the demo roster for ``seed``: valid, unique per seed."""
    if i < 0:
        raise ValueError(f"row index must be >= 0, not {i}")
    return _nips(seed, _block(i))[i]


def _block(i: int) -> int:
    size = 256
    while size <= i:
        size *= 2
    return size


@lru_cache(maxsize=16)
def _nips(seed: int, count: int) -> tuple[str, ...]:
    return tuple(e.nip for e in iter_roster(count, seed=seed))


def ceremony_with_roster(
    store: Store,
    n: int,
    *,
    seed: int = SEED,
    rows: Sequence[RosterRow] | None = None,
    title: str = "Ikrar Netralitas ASN",
    date: str = "2026-11-23",
    venue: str = "Balai Kota",
    organizer: str = "BKPSDM",
    expected: int | None = None,
    consent_form: str = ConsentForm.SEPARATE.value,
) -> SeededCeremony:
    """A new ceremony in ``store`` with ``n`` demo roster rows (or exactly ``rows``, then ``n``
    of them), imported through the roster service."""
    if rows is not None and len(rows) != n:
        raise ValueError(f"{len(rows)} rows given for a roster of {n}")
    info = create_ceremony(
        store,
        title=title,
        date=date,
        venue=venue,
        organizer=organizer,
        expected=n if expected is None else expected,
        consent_form=consent_form,
    )
    chosen = list(rows) if rows is not None else roster_rows(n, seed=seed)
    apply_roster(store, chosen, [], info.id)
    shown = pledge_text(store, info.id)
    return SeededCeremony(
        info.id, shown.sha256, tuple(r.identifier for r in chosen), shown.template_id
    )


def shown_ceremony(store: Store, ceremony_id: str | None = None) -> SeededCeremony:
    """An existing ceremony (None: the active one) as the factory knows one: its pledge as
    the desk shows it (the identifiers are not looked up)."""
    shown = pledge_text(store, ceremony_id)
    return SeededCeremony(shown.ceremony_id, shown.sha256, template_id=shown.template_id)


@lru_cache(maxsize=64)
def handwritten_signature(seed: int = 0) -> Signature:
    """A whole signature as the simulated pad reports it (deterministic per seed)."""
    return assemble(handwriting_events(SIM_PAD, PAD_RATE_HZ, seed=seed), SIM_DEVICE)


@lru_cache(maxsize=64)
def signature_image(seed: int = 0) -> bytes:
    """The PNG the desk renders from ``handwritten_signature(seed)``."""
    return render_png(handwritten_signature(seed))


def reading_times(at: dt.datetime | None = None, read_s: int = READ_S) -> tuple[str, str]:
    """(pledge shown at, consent at): an attendee who read for ``read_s`` and consented at
    ``at`` (an aware time; default now)."""
    if at is not None and at.tzinfo is None:
        raise ValueError("the consent time needs a time zone (UTC)")
    consent = at or dt.datetime.now(dt.UTC)
    shown = consent - dt.timedelta(seconds=read_s)
    return _iso(shown), _iso(consent)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def pledge_request(
    ceremony: SeededCeremony,
    identifier: str,
    *,
    seed: int = 0,
    signature: Signature | None = None,
    image_png: bytes | None = None,
    at: dt.datetime | None = None,
    read_s: int = READ_S,
    operator: str = "petugas",
    consent_method: str = ConsentMethod.PAD_BOX,
    resign_reason: str = "",
    record_id: str | None = None,
) -> PledgeRequest:
    """What a desk collects for ``identifier`` of ``ceremony``: its pledge read for ``read_s``
    seconds, consent at ``at``, the simulated signature for ``seed`` and its rendered image."""
    shown_at, consent_at = reading_times(at, read_s)
    chosen = signature if signature is not None else handwritten_signature(seed)
    if image_png is None:
        image_png = signature_image(seed) if signature is None else render_png(chosen)
    return PledgeRequest(
        identifier=identifier,
        shown_text_sha256=ceremony.shown_text_sha256,
        consent_at=consent_at,
        signature=chosen,
        image_png=image_png,
        operator=operator,
        ceremony_id=ceremony.id,
        resign_reason=resign_reason,
        record_id=record_id,
        consent_method=consent_method,
        pledge_shown_at=shown_at,
        template_id=ceremony.template_id,
    )


def signed_record(
    store: Store,
    ceremony: SeededCeremony | str | None,
    identifier: str,
    *,
    seed: int = 0,
    image_png: bytes | None = None,
    at: dt.datetime | None = None,
    read_s: int = READ_S,
    operator: str = "petugas",
    consent_method: str = ConsentMethod.PAD_BOX,
    resign_reason: str = "",
) -> RegisteredPledge:
    """Sign ``identifier``'s pledge through ``register_pledge`` (one committed record);
    ``ceremony`` is a made one, or any ceremony's id (None: the active one) whose pledge is
    then read from the store."""
    if not isinstance(ceremony, SeededCeremony):
        ceremony = shown_ceremony(store, ceremony)
    request = pledge_request(
        ceremony,
        identifier,
        seed=seed,
        image_png=image_png,
        at=at,
        read_s=read_s,
        operator=operator,
        consent_method=consent_method,
        resign_reason=resign_reason,
    )
    return register_pledge(store, request)


def sign_roster(
    store: Store,
    ceremony: SeededCeremony,
    count: int | None = None,
    *,
    hands: int | None = SIGNATURE_VARIETY,
    at: dt.datetime | None = None,
    operator: str = "petugas",
) -> list[str]:
    """The first ``count`` people of ``ceremony``'s roster (all by default) sign, in roster
    order, and the record ids are returned. Person ``i`` signs with the simulated hand
    ``i % hands``: a few hands, each simulated and rendered once (tens of ms); ``hands=None``
    gives everybody their own signature and image (where distinct images matter)."""
    if hands is not None and hands < 1:
        raise ValueError(f"hands must be at least 1, not {hands}")
    people = ceremony.identifiers if count is None else ceremony.identifiers[:count]
    return [
        signed_record(
            store, ceremony, identifier, seed=i if hands is None else i % hands, at=at,
            operator=operator,
        ).record_id
        for i, identifier in enumerate(people)
    ]  # fmt: skip


def closing_request(
    store: Store,
    ceremony_id: str | None = None,
    *,
    ppk_seed: int = 7,
    witness_seed: int = 8,
    operator: str = "petugas",
) -> ClosingRequest:
    """A whole closing as the desk collects it: the statement as shown now, the PPK and a
    Bawaslu witness, each consenting on the pad and signing with a simulated hand."""
    statement = closing_statement(store, ceremony_id)
    shown_at, consent_at = reading_times()

    def part(signer: ClosingSigner, seed: int) -> ClosingSignature:
        return ClosingSignature(
            signer,
            handwritten_signature(seed),
            signature_image(seed),
            consent_at,
            ConsentMethod.PAD_BOX,
        )

    return ClosingRequest(
        statement.ceremony_id,
        statement.sha256,
        shown_at,
        part(
            ClosingSigner(
                "Drs. H. Wahyu Hidayat, M.M.",
                "196805121990031005",
                position="Sekretaris Daerah Kota Malang",
            ),
            ppk_seed,
        ),
        part(ClosingSigner("Rina Kartika", institution="Bawaslu Kota Malang"), witness_seed),
        operator=operator,
    )

"""The desk's settings as one typed value: read all, save changes, check the operator PIN."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.settings import (
    ACTIVE_CEREMONY,
    AUTO_PRINT,
    CAMERA,
    LANGUAGE,
    OPERATOR,
    OPERATOR_PIN,
    PAD_PORT,
    PAD_PROTOCOL,
    PRINTER,
    RECEIPT_LAYOUT,
    SCANNER_MODE,
    SCANNER_PORT,
    SERVER_URL,
    SOUND_MUTED,
    SettingSpec,
    get_setting,
    set_setting,
)
from desktop_app.storage.models import Station
from desktop_app.storage.store import Store

# The settings the desk's settings dialog edits (the PIN and first-run mark have their own paths).
_SPECS: dict[str, SettingSpec[Any]] = {
    spec.key: spec
    for spec in (
        ACTIVE_CEREMONY, LANGUAGE, PAD_PORT, PAD_PROTOCOL, SCANNER_MODE, SCANNER_PORT, CAMERA,
        PRINTER, RECEIPT_LAYOUT, AUTO_PRINT, SERVER_URL, OPERATOR, SOUND_MUTED,
    )
}  # fmt: skip
LANGUAGES = ("id", "en")
PROTOCOLS = ("auto", "isdv4", "topaz")
SCANNER_MODES = ("keyboard", "serial", "ssi", "camera")
LAYOUTS = ("a4", "a5", "roll80")
MIN_PIN = 4
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True)
class CeremonyChoice:
    id: str
    title: str
    date: str


@dataclass(frozen=True)
class StationSettings:
    station_name: str = ""
    active_ceremony: str = ""
    language: str = "id"
    pad_port: str = ""
    pad_protocol: str = "auto"
    scanner_mode: str = "keyboard"
    scanner_port: str = ""
    camera: str = ""
    printer: str = ""
    receipt_layout: str = "a5"
    auto_print: bool = True
    server_url: str = ""
    operator: str = "operator"
    sound_muted: bool = False
    pin_set: bool = False
    ceremonies: tuple[CeremonyChoice, ...] = ()


def load_settings(store: Store) -> StationSettings:
    ceremonies = tuple(CeremonyChoice(c.id, c.title, c.date) for c in list_ceremonies(store))
    with store.read() as session:
        values: dict[str, Any] = {name: get_setting(session, spec) for name, spec in _SPECS.items()}
        station = session.scalars(select(Station)).one_or_none()
        return StationSettings(
            station_name=station.name if station else store.station_name,
            pin_set=bool(get_setting(session, OPERATOR_PIN)),
            ceremonies=ceremonies,
            **values,
        )


def save_settings(store: Store, settings: StationSettings) -> StationSettings:
    """Write every setting that differs from the stored one; returns the stored result."""
    _check(settings)
    with store.write() as session:
        for name, spec in _SPECS.items():
            value = getattr(settings, name)
            if get_setting(session, spec) != value:
                set_setting(session, spec, value)
        station = session.scalars(select(Station)).one_or_none()
        name = " ".join(settings.station_name.split())
        if station is not None and name and station.name != name:
            station.name = name
            store.station_name = name
    return load_settings(store)


def _check(settings: StationSettings) -> None:
    if settings.language not in LANGUAGES:
        raise InvalidInput(f"language must be one of {', '.join(LANGUAGES)}")
    if settings.pad_protocol not in PROTOCOLS:
        raise InvalidInput(f"pad protocol must be one of {', '.join(PROTOCOLS)}")
    if settings.scanner_mode not in SCANNER_MODES:
        raise InvalidInput(f"scanner mode must be one of {', '.join(SCANNER_MODES)}")
    if settings.receipt_layout not in LAYOUTS:
        raise InvalidInput(f"receipt layout must be one of {', '.join(LAYOUTS)}")
    if len(settings.station_name) > 120:
        raise InvalidInput("station name is longer than 120 characters")
    known = {c.id for c in settings.ceremonies}
    if settings.active_ceremony and known and settings.active_ceremony not in known:
        raise InvalidInput("the chosen ceremony does not exist")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex): a PIN is short, so a slow, salted hash."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def set_operator_pin(store: Store, pin: str) -> None:
    pin = pin.strip()
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise InvalidInput(f"the PIN must be at least {MIN_PIN} digits")
    with store.write() as session:
        set_setting(session, OPERATOR_PIN, hash_pin(pin))


def check_operator_pin(store: Store, pin: str) -> bool:
    """True only when a PIN is set and ``pin`` is it: no PIN, or an empty one, opens nothing."""
    with store.read() as session:
        stored = get_setting(session, OPERATOR_PIN)
    return bool(stored) and bool(pin) and pin_matches(stored, pin)


def operator_pin_set(store: Store) -> bool:
    with store.read() as session:
        return bool(get_setting(session, OPERATOR_PIN))


def with_changes(settings: StationSettings, **changes: Any) -> StationSettings:
    known = {f.name for f in fields(StationSettings)}
    return replace(settings, **{k: v for k, v in changes.items() if k in known})


def check_pin_choice(pin: str, again: str, *, required: bool = True) -> str | None:
    """Why this operator PIN cannot be set (missing, short, mismatch), or None.

    The PIN guards settings, void and reprint; it is typed twice so a slip cannot lock the
    attendant out of their own desk."""
    if not pin and not again:
        return "missing" if required else None
    if len(pin) < MIN_PIN or not pin.isdigit():
        return "short"
    if pin != again:
        return "mismatch"
    return None

"""Typed station settings, declared once: name, type, default, description."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from desktop_app.storage.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    type: type[T]
    default: T
    description: str


ACTIVE_CEREMONY = SettingSpec("active_ceremony", str, "", "ceremony the desk registers for")
LANGUAGE = SettingSpec("language", str, "id", "interface language: id or en")
PAD_PORT = SettingSpec("pad_port", str, "", "signature pad port path or pyserial URL")
PAD_PROTOCOL = SettingSpec("pad_protocol", str, "auto", "pad protocol: auto, isdv4, topaz")
SCANNER_MODE = SettingSpec("scanner_mode", str, "keyboard", "keyboard, serial or camera")
SCANNER_PORT = SettingSpec("scanner_port", str, "", "serial scanner port")
PRINTER = SettingSpec("printer", str, "", "print queue name, or a folder for PDF output")
RECEIPT_LAYOUT = SettingSpec("receipt_layout", str, "a5", "receipt layout: a4, a5 or roll80")
AUTO_PRINT = SettingSpec("auto_print", bool, True, "print a receipt after each signing")
SERVER_URL = SettingSpec("server_url", str, "", "central server URL")
OPERATOR_PIN = SettingSpec("operator_pin_hash", str, "", "scrypt hash of the operator PIN")
OPERATOR = SettingSpec("operator", str, "operator", "name of the attendant on duty")
CAMERA = SettingSpec("camera", str, "", "camera used for badge scanning (empty: none)")
SETUP_DONE = SettingSpec("setup_done", str, "", "when the first-run setup finished (UTC)")
SOUND_MUTED = SettingSpec("sound_muted", bool, False, "no sounds for the signing results")

ALL_SETTINGS: tuple[SettingSpec[Any], ...] = (
    ACTIVE_CEREMONY,
    LANGUAGE,
    PAD_PORT,
    PAD_PROTOCOL,
    SCANNER_MODE,
    SCANNER_PORT,
    PRINTER,
    RECEIPT_LAYOUT,
    AUTO_PRINT,
    SERVER_URL,
    OPERATOR_PIN,
    OPERATOR,
    CAMERA,
    SETUP_DONE,
    SOUND_MUTED,
)


def get_setting(session: Session, spec: SettingSpec[T]) -> T:
    row = session.get(Setting, spec.key)
    if row is None:
        return spec.default
    value = json.loads(row.value)
    return value if isinstance(value, spec.type) else spec.default


def set_setting(session: Session, spec: SettingSpec[T], value: T) -> None:
    if not isinstance(value, spec.type):
        raise TypeError(f"setting {spec.key} takes {spec.type.__name__}")
    row = session.get(Setting, spec.key)
    if row is None:
        session.add(Setting(key=spec.key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)

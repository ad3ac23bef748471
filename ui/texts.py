"""The attendant's words for the core's codes (notices, device states, errors), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.desk.flow import Notice


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def pen_data_text() -> str:
    """What consent covers besides the pledge: the pen dynamics kept with the signature (they may
    be biometric personal data under UU 27/2022), shown where the attendee consents."""
    return _t(
        "With your signature this desk keeps how the pen moved (its timing and pressure), "
        "encrypted and only as proof of this signing; it is erased when the ceremony's "
        "retention period ends."
    )


def notice_text(notice: str, detail: str = "") -> str:
    match notice:
        case Notice.SCAN_IGNORED_BUSY:
            return _t("A badge was scanned while this attendee is in progress; it was ignored.")
        case Notice.TIMED_OUT:
            return timed_out_text(detail)
        case Notice.INK_CLEARED:
            return _t("Signature cleared. Please sign again.")
        case Notice.SIGNATURE_REJECTED:
            return quality_text(detail)
        case Notice.COMMIT_FAILED:
            return commit_error_text(detail)
        case Notice.WALK_IN_FAILED:
            return walk_in_error_text(detail)
        case Notice.PAD_LOST:
            return _t("The signature pad was disconnected. Reconnect it, then press Redo.")
        case Notice.CONSENT_TOO_EARLY:
            return _t("Please read the pledge to the end first, then agree.")
        case Notice.PAD_NEEDED:
            return _t(
                "The signature pad is not working. Please wait: the attendant will reconnect "
                "it or choose signing on the screen."
            )
        case Notice.NO_PLEDGE:
            return _t("No ceremony is active on this desk. Choose one in the settings.")
    return ""


def timed_out_text(detail: str) -> str:
    """Only what really happened: a signature is discarded only when there was one."""
    match detail:
        case "signature":
            return _t("The signing was left unfinished for too long; its signature was discarded.")
        case "walk_in":
            return _t("The walk-in form was left for too long and closed; no one was registered.")
        case "signing":
            return _t("No one signed for too long; the signing was closed. Nothing was recorded.")
    return _t("The attendee did not continue; the desk is ready again. Nothing was recorded.")


def quality_text(detail: str) -> str:
    if "interrupted" in detail:
        return _t(
            "The pad was disconnected during the signature. Please press Redo and sign again."
        )
    if "empty" in detail:
        return _t("There is no signature yet. Please sign first.")
    return _t("The signature is too short or too small. Please press Redo and sign again.")


def commit_error_text(detail: str) -> str:
    if detail == "database_busy":
        return _t("The database is busy. Nothing was saved yet; press Try again.")
    return _t("The signature could not be saved. Nothing was recorded; press Try again.")


def walk_in_error_text(detail: str) -> str:
    if "already on the roster" in detail:
        return _t("This NIP is already on the roster: use the search instead.")
    if "NIP" in detail or "identifier" in detail:
        return _t("The NIP is not valid (18 digits).")
    if "name" in detail:
        return _t("Please fill in the name.")
    return _t("The attendee could not be registered.")


def not_found_text(status: str, reason: str) -> str:
    """Said to the attendee (both screens): polite, and what to do next."""
    if "signature does not verify" in reason:
        return _t("This badge is not genuine or was altered; please see the attendant.")
    if "active ceremony" in reason:
        return _t("No ceremony is active on this desk. Choose one in the settings.")
    if status == "closed":
        return _t("Signing has ended: this ceremony is closed. Thank you.")
    if reason == "database_busy":
        return _t("The database is busy. Please scan again.")
    if status == "unknown":
        return _t("Your name is not yet on the list of attendees; please see the attendant.")
    return _t("The badge could not be read. Please scan again or see the attendant.")


def device_name(device: str) -> str:
    return {
        "pad": _t("Pad"),
        "scanner": _t("Scanner"),
        "camera": _t("Camera"),
        "printer": _t("Printer"),
        "sync": _t("Server"),
    }.get(device, device)


def device_status_text(status: str) -> str:
    return {
        "opening": _t("connecting"),
        "connected": _t("connected"),
        "no_reply": _t("no reply"),
        "not_found": _t("not found"),
        "disconnected": _t("disconnected"),
        "reconnecting": _t("reconnecting"),
        "stopped": _t("stopped"),
        "off": _t("not used"),
        "keyboard": _t("USB, as keyboard"),
        "camera": _t("camera"),
    }.get(status, status)


def device_level(status: str) -> str:
    """ok | warn | error | off: the colour of a status light."""
    if status in ("connected", "keyboard", "camera"):
        return "ok"
    if status == "opening":  # reconnecting means it went away: red until it is back
        return "warn"
    if status in ("off", "stopped"):
        return "off"
    return "error"


def sync_text(state: str, pending: int) -> tuple[str, str]:
    """(text, level) for the server light."""
    waiting = _t("%1 waiting").replace("%1", str(pending)) if pending else ""
    base, level = {
        "synced": (_t("synced"), "ok"),
        "syncing": (_t("syncing"), "ok"),
        "offline": (_t("offline"), "warn"),
        "not_enrolled": (_t("not joined"), "off"),
        "unauthorised": (_t("refused"), "error"),
        "error": (_t("error"), "error"),
        "stopped": (_t("stopped"), "off"),
    }.get(state, (state, "warn"))
    return (f"{base}, {waiting}" if waiting else base), level


def print_text(printer: str, waiting: int, failed: int) -> tuple[str, str]:
    if not printer:
        return _t("no printer chosen"), "error"
    if failed:
        return _t("%1 failed").replace("%1", str(failed)), "error"
    if waiting:
        return _t("%1 in queue").replace("%1", str(waiting)), "warn"
    return _t("ready"), "ok"


def message_text(code: str) -> str:
    return {
        "scan_garbled": _t("The scanner sent unreadable characters: check its keyboard layout."),
        "reprint_queued": _t("Reprint queued."),
        "print_queue_failed": _t("The receipt could not be queued for printing."),
        "voided": _t("The record was voided."),
        "settings_not_ready": _t("Settings open only on the ready screen: finish this attendee."),
        "pin_needed": _t("Set an operator PIN first: it protects settings, void and reprint."),
        "void_failed": _t("The record could not be voided."),
        "settings_saved": _t("Settings saved."),
        "settings_failed": _t("The settings could not be saved."),
        "pin_saved": _t("New PIN saved."),
        "pin_failed": _t("The PIN must be at least 4 digits."),
        "demo_scan_failed": _t("The simulated scanner is not connected."),
        "crash": _t("Something went wrong; it was logged. The desk keeps working."),
        "closing_busy": _t("The ceremony is being closed: badges are not taken now."),
        "closing_failed": _t("The ceremony could not be closed; nothing was written."),
        "venue_joined": _t("This desk joined the venue hub; the venue's ceremony is active."),
        "venue_qr_scanned": _t("That was a venue hub's QR: open Venue → Join a venue to join it."),
        "venue_qr_damaged": _t("A venue hub's QR was read incompletely: scan it again."),
        "venue_screen_needs_hub": _t("The big screen shows the venue hub: join a venue first."),
    }.get(code, code)


def kind_text(kind: str, flagged: bool) -> str:
    text = {
        "pledge": _t("signed"),
        "resign": _t("signed again"),
        "void": _t("voided"),
        "closing": _t("closing signature"),
    }.get(kind, kind)
    return f"{text} ⚑" if flagged else text

"""The attendant's words for the venue's problems (desktop_app.venue.desk_actions.ProblemKind)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("VenueTexts", text)


def problem_text(problem: Any) -> str:
    """``problem``: a VenueProblem (its ``kind`` and ``detail``)."""
    kind = str(getattr(problem, "kind", ""))
    detail = str(getattr(problem, "detail", ""))
    if kind == "bad_input":
        if detail == "code":
            return _t("Type the one-time code shown on the hub desk (for example K7QD-M2PX).")
        return _t(
            "Choose a hub from the list, or type its address (for example 192.168.1.20:8765)."
        )
    return {
        "wrong_code": _t(
            "The hub refused this code: it is wrong or was already used. Ask the hub desk for a "
            "new code."
        ),
        "expired_code": _t(
            "This code has expired (codes live 15 minutes). Ask the hub desk for a new code."
        ),
        "unreachable": _t(
            "The hub does not answer at this address. Check that both laptops are on the same "
            "network and that the hub desk is on."
        ),
        "no_ceremony": _t("Choose the active ceremony first: the hub shares it with the desks."),
        "host_failed": _t("The venue hub could not start on this desk. See the desk's log."),
    }.get(kind, _t("The venue action failed."))

"""What the setup controller reports, one event per outcome (ui/wizard's relay re-emits them).

Every result arrives on the controller's owner thread (the GUI thread in the app) through the
``call_soon`` it was given; ``detail`` and ``error`` texts are data or English for the log and
a tooltip, never a sentence for the attendant: ui/ words the codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.first_run import DeviceChoices, Outcome, SetupAnswers
from desktop_app.services.roster_import import ImportResult


@dataclass(frozen=True)
class SetupLoaded:
    """What the station has already: whether it needs setting up, and the answers prefilled."""

    needed: bool
    answers: SetupAnswers


@dataclass(frozen=True)
class BusyChanged:
    busy: bool  # a job runs: pages grey out their Next/Finish and the wizard cannot close


@dataclass(frozen=True)
class RosterImported:
    ceremony: CeremonyInfo
    result: ImportResult


@dataclass(frozen=True)
class RosterRefused:
    """The roster file cannot be read at all; nothing was changed. ``code``: the reader's
    (pakta_common.roster_file.RosterUnreadable) or ``failed``; ``row`` for ``bad_quote``."""

    code: str
    row: int = 0
    error: str = ""


@dataclass(frozen=True)
class RowsUsed:
    """The duplicate rows the attendant chose were added; the whole import's result now."""

    result: ImportResult


@dataclass(frozen=True)
class CeremoniesPulled:
    outcome: Outcome  # pulled | server_unreachable | code_refused | server_failed
    ceremonies: tuple[CeremonyInfo, ...]


@dataclass(frozen=True)
class CeremonyChosen:
    ceremony: CeremonyInfo


@dataclass(frozen=True)
class DevicesFound:
    choices: DeviceChoices


@dataclass(frozen=True)
class DeviceTested:
    device: str  # pad | scanner | printer
    outcome: Outcome


@dataclass(frozen=True)
class Enrolled:
    outcome: Outcome  # enrolled | server_unreachable | code_refused | server_failed


@dataclass(frozen=True)
class SetupSaved:
    """The choices and the PIN are stored and the station counts as set up."""


@dataclass(frozen=True)
class SetupFailed:
    """A job ended in an error it does not answer with an outcome (``action``: the
    controller method's name); nothing half-done stays (each service is one transaction)."""

    action: str
    error: str

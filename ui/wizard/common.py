"""Pieces every wizard page shares: the setup controller and its relay, the result line, a
page that greys out while a job runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QWizardPage

from desktop_app.services.first_run import Outcome, SetupAnswers
from desktop_app.setup.controller import SetupController
from ui.wizard.relay import SetupRelay


@dataclass
class WizardState:
    """What the pages share: the setup controller (answers, jobs) and its Qt relay."""

    setup: SetupController
    relay: SetupRelay

    @property
    def answers(self) -> SetupAnswers:
        return self.setup.answers

    def update(self, **changes: Any) -> None:
        self.setup.update(**changes)


class ResultLine(QLabel):
    """One line under a test button: green when it passed, red with the reason when not."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setObjectName("wizardResult")
        self.ok: bool | None = None

    def show_outcome(
        self, outcome: Outcome, passed: str, failed: str, words: dict[str, str] | None = None
    ) -> None:
        """``words``: the page's translated sentence for each outcome code."""
        self.ok = outcome.ok
        colour = "#1b7a3a" if outcome.ok else "#b3261e"
        mark = "✓" if outcome.ok else "✗"
        title = passed if outcome.ok else failed
        sentence = (words or {}).get(outcome.code, "")
        if sentence and outcome.detail:
            body = f"{sentence} ({outcome.detail})"
        else:
            body = sentence or outcome.detail
        self.setStyleSheet(f"color: {colour};")
        self.setText(f"{mark} {title}: {body}" if body else f"{mark} {title}")

    def show_error(self, error: str, failed: str) -> None:
        """Only the page's own words: the technical reason (English) is in the log and, for
        support, in the tooltip."""
        self.show_outcome(Outcome(False, ""), "", failed)
        self.setToolTip(error)

    def show_busy(self, text: str) -> None:
        self.ok = None
        self.setStyleSheet("color: #555;")
        self.setText(text)


class StatePage(QWizardPage):
    """A page that reads and writes the shared answers and greys out while a job runs; the
    setup's events reach it through ``on_event``."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        state.relay.busy_changed.connect(lambda _busy: self.completeChanged.emit())
        state.relay.event.connect(self.on_event)

    def on_event(self, event: object) -> None:
        """A setup event: a page acts on the ones that answer what it asked."""

    def isComplete(self) -> bool:
        return not self.state.setup.busy and self.ready()

    def ready(self) -> bool:
        return True

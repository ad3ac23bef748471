"""The first-run wizard window: the steps of desktop_app.services.first_run as pages, driven by
the Qt-free setup controller (desktop_app.setup.controller)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.resources import resource_path
from desktop_app.services.first_run import Step
from desktop_app.setup.controller import SetupController
from ui.wizard.ceremony_page import CeremonyPage
from ui.wizard.common import StatePage, WizardState
from ui.wizard.devices_page import DevicesPage
from ui.wizard.finish_pages import FinishPage, ServerPage
from ui.wizard.relay import SetupRelay
from ui.wizard.station_page import StationPage

PAGE_IDS = {step: number for number, step in enumerate(Step)}


class FirstRunWizard(QWizard):
    """Accepted when the station was set up; rejected when the attendant skipped it."""

    def __init__(
        self, setup: SetupController, relay: SetupRelay, parent: QWidget | None = None
    ) -> None:
        """``setup`` started and loaded (ui.wizard.hook.open_setup): the pages show its answers."""
        super().__init__(parent)
        self.state = WizardState(setup, relay)
        self.pages: dict[Step, StatePage] = {
            Step.STATION: StationPage(self.state),
            Step.CEREMONY: CeremonyPage(self.state),
            Step.DEVICES: DevicesPage(self.state),
            Step.SERVER: ServerPage(self.state),
            Step.FINISH: FinishPage(self.state),
        }
        for step, page in self.pages.items():
            self.setPage(PAGE_IDS[step], page)
        self.setStartId(PAGE_IDS[Step.STATION])
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setWindowIcon(QIcon(str(resource_path("icons", "pakta-station.png"))))
        self.resize(800, 680)  # fits a 1366x768 screen with its taskbar
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pakta Station - first setup"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Skip for now")),
        ):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def nextId(self) -> int:
        current = next((s for s, n in PAGE_IDS.items() if n == self.currentId()), None)
        if current is None:
            return -1
        following = self.state.setup.next_step(current)
        return PAGE_IDS[following] if following is not None else -1

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.setup.busy:  # a roster import or pull is still writing
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.state.setup.busy:
            super().reject()

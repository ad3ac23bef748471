"""The attendee's part of the desk: a stack of pages, one shown per desk state."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import InkChanged
from desktop_app.domain.desk_flow import DeskSnapshot, DeskState
from ui.pages.already_signed import AlreadySignedPage
from ui.pages.base import Page
from ui.pages.busy import BusyPage
from ui.pages.done import DonePage
from ui.pages.error import ErrorPage
from ui.pages.identity import IdentityPage
from ui.pages.not_found import NotFoundPage
from ui.pages.pledge import PledgePage
from ui.pages.ready import ReadyPage
from ui.pages.signing import SigningPage
from ui.pages.walk_in import WalkInPage
from ui.relay import Relay
from ui.texts import not_found_text


class AttendeeView(QStackedWidget):
    def __init__(
        self,
        desk: DeskController,
        relay: Relay,
        parent: QWidget | None = None,
        *,
        attendee_mode: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeView")
        self.ready = ReadyPage(desk)
        self.busy = BusyPage()
        self.identity = IdentityPage(desk)
        self.pledge = PledgePage(desk)
        self.signing = SigningPage(desk)
        self.done = DonePage(desk)
        self.already_signed = AlreadySignedPage(desk)
        self.not_found = NotFoundPage(desk)
        self.walk_in = WalkInPage(desk)
        self.error = ErrorPage(desk)
        self.pages: dict[DeskState, Page] = {
            DeskState.READY: self.ready,
            DeskState.LOOKING_UP: self.busy,
            DeskState.IDENTITY: self.identity,
            DeskState.PLEDGE: self.pledge,
            DeskState.SIGNING: self.signing,
            DeskState.COMMITTING: self.busy,
            DeskState.DONE: self.done,
            DeskState.ALREADY_SIGNED: self.already_signed,
            DeskState.NOT_FOUND: self.not_found,
            DeskState.WALK_IN: self.walk_in,
            DeskState.ERROR: self.error,
        }
        for page in dict.fromkeys(self.pages.values()):
            margins = page.layout()
            if margins is not None:
                margins.setContentsMargins(28, 20, 28, 16)
            page.set_attendee_mode(attendee_mode)
            self.addWidget(page)
        relay.flow.connect(self.show_snapshot)
        relay.ink.connect(self._ink)
        relay.ink_cleared.connect(self.signing.clear_ink)
        relay.pledge.connect(self._pledge)
        self.show_snapshot(desk.snapshot)

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        page = self.pages[snapshot.state]
        previous = self.currentWidget()
        page.show_snapshot(snapshot)
        if page is not previous:
            if snapshot.state is DeskState.WALK_IN:
                self.walk_in.clear()
            self.setCurrentWidget(page)
            if snapshot.state is DeskState.NOT_FOUND:
                self.not_found.focus_search()
            elif snapshot.state is not DeskState.WALK_IN:
                page.setFocus()

    def current_page(self) -> Page:
        page = self.currentWidget()
        assert isinstance(page, Page)
        return page

    def _ink(self, ink: InkChanged) -> None:
        self.signing.show_ink(ink)

    def _pledge(self, pledge: Any) -> None:
        self.pledge.set_pledge(pledge)
        # Without an active ceremony every scan would fail: say so before anyone scans.
        title = (
            pledge.ceremony_title if pledge is not None else not_found_text("", "active ceremony")
        )
        self.ready.set_ceremony(title)

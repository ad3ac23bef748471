"""The attendee's part of the desk: a stack of pages, one shown per desk state.

A view shows the desk as it is when it is made (an attendee screen opened mid-signing shows
the pledge, the ink so far, the ceremony title) and every change after; its type grows with
the screen it is on, so the pledge reads from a metre away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import InkChanged
from desktop_app.desk.flow import DeskSnapshot, DeskState
from ui.ceremony_time import zone_of
from ui.pages.already_signed import AlreadySignedPage
from ui.pages.base import Page
from ui.pages.busy import BusyPage
from ui.pages.done import DonePage
from ui.pages.error import ErrorPage
from ui.pages.identity import IdentityPage
from ui.pages.not_found import NotFoundPage
from ui.pages.pledge import PledgePage
from ui.pages.ready import ReadyPage
from ui.pages.receipt_verdict import ReceiptVerdictPage
from ui.pages.signing import SigningPage
from ui.pages.walk_in import WalkInPage
from ui.relay import Relay
from ui.texts import not_found_text
from ui.type_scale import scaled_sheet, type_scale


class AttendeeView(QStackedWidget):
    def __init__(
        self,
        desk: DeskController,
        relay: Relay,
        parent: QWidget | None = None,
        *,
        attendee_mode: bool = False,
        reprint: Callable[[str], None] | None = None,
        distance_scale: float = 1.0,
    ) -> None:
        """``distance_scale``: 1.0 for the attendee's own screen read from a metre; less for
        the desk window's attendee side, read from the laptop at arm's length."""
        super().__init__(parent)
        self.setObjectName("attendeeView")
        self.desk = desk
        self.ready = ReadyPage(desk)
        self.busy = BusyPage()
        self.identity = IdentityPage(desk)
        self.pledge = PledgePage(desk)
        self.signing = SigningPage(desk)
        self.done = DonePage(desk, reprint)
        self.already_signed = AlreadySignedPage(desk, reprint)
        self.not_found = NotFoundPage(desk)
        self.walk_in = WalkInPage(desk)
        self.error = ErrorPage(desk)
        self.receipt = ReceiptVerdictPage(desk)
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
            DeskState.RECEIPT: self.receipt,
        }
        for page in dict.fromkeys(self.pages.values()):
            margins = page.layout()
            if margins is not None:
                margins.setContentsMargins(28, 20, 28, 16)
            page.set_attendee_mode(attendee_mode)
            self.addWidget(page)
        self.scale = 0.0
        self.distance_scale = distance_scale
        self.ready.searching.connect(self.not_found.continue_search)
        relay.flow.connect(self.show_snapshot)
        relay.ink.connect(self._ink)
        relay.ink_cleared.connect(self.signing.clear_ink)
        relay.pledge.connect(self._pledge)
        # What the desk shows already: the ceremony, its pledge, the attendee, the ink so far.
        if desk.pledge is not None:
            self._pledge(desk.pledge)
        self._visit = desk.snapshot.visit
        self.show_snapshot(desk.snapshot)
        if desk.snapshot.state is DeskState.SIGNING and desk.ink.stroke_count:
            self.signing.show_ink(InkChanged(desk.ink.capture().signature, desk.ink.pen_down))

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        if snapshot.visit != self._visit:  # the next attendee: nothing typed for the last
            self._visit = snapshot.visit
            for page in dict.fromkeys(self.pages.values()):
                page.new_attendee()
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

    def warm_up(self) -> None:
        """Lay out and draw the result pages once while the desk is idle: their big type is
        rasterised then, not in the frame that shows an attendee their result."""
        for page in (self.done, self.already_signed, self.not_found, self.receipt):
            if page is not self.currentWidget():
                page.resize(self.size())
                page.grab()

    def current_page(self) -> Page:
        page = self.currentWidget()
        assert isinstance(page, Page)
        return page

    def _ink(self, ink: InkChanged) -> None:
        self.signing.show_ink(ink)

    def _pledge(self, pledge: Any) -> None:
        self.pledge.set_pledge(pledge)
        zone = zone_of(pledge)
        for page in dict.fromkeys(self.pages.values()):
            page.set_zone(zone)
        # Without an active ceremony every scan would fail: say so before anyone scans.
        title = (
            pledge.ceremony_title if pledge is not None else not_found_text("", "active ceremony")
        )
        self.ready.set_ceremony(title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the screen's size, not the page's
        scale = type_scale(self.window().height(), self.distance_scale)
        if scale != self.scale:  # re-styling every page costs a frame: only when it changes
            self.scale = scale
            self.setStyleSheet(scaled_sheet(scale))
        super().resizeEvent(event)

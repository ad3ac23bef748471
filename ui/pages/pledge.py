"""The pledge, large, and the attendee's own consent ("Saya setuju").

The text shown is the one the flow took for this attendee (``snapshot.pledge``): the record
binds exactly it. Consent is a press on the consent button (finger, pen or mouse, never a
key: Enter and Space do nothing here) or a tick in the pad's consent box, and counts only
after the ceremony's minimum reading time, which both screens count down. Beside the
consent, one sentence says that the pen's timing and pressure are kept with the signature.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.domain.consent import ConsentMethod
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text, pen_data_text
from ui.widgets.consent_button import ConsentButton
from ui.widgets.screen_signing import ScreenSigningButton


class PledgePage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._loaded_text = ""  # the desk's pledge before any attendee (set_pledge)
        self.who = label("subtitle", data=True)
        self.text = label("pledge", data=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # paragraphs with a small gap
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_area = scroll
        self.how = label("subtitle")  # the countdown, then how to agree
        # What the consent covers besides the pledge: the pen's timing and pressure.
        self.pen_data = label("hint")
        self.pen_data.setObjectName("penDataNotice")
        self.resign = label("notice")
        self.notice = label("notice")
        self.screen_signing = ScreenSigningButton(desk)
        self.agree = ConsentButton()
        self.agree.setObjectName("consentButton")
        self.agree.consented.connect(self._consented)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = None, desk.cancel  # Enter never agrees
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.agree, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.how)
        layout.addWidget(self.pen_data)
        layout.addWidget(self.resign)
        layout.addWidget(self.notice)
        layout.addWidget(self.screen_signing)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel (Esc)"))
        self.pen_data.setText(pen_data_text())
        self.screen_signing.retranslate()

    def set_pledge(self, pledge: Any) -> None:
        """The desk's loaded pledge; an attendee's page shows the one taken for them."""
        self._loaded_text = pledge.text if pledge is not None else ""
        self.refresh()

    def refresh(self) -> None:
        s = self.snapshot
        employee = getattr(s.lookup, "employee", None)
        self.who.setText(employee.name if employee else "")
        shown = s.pledge.text if s.pledge is not None else self._loaded_text
        self.text.setText(pledge_html(shown, self.text.fontMetrics().height() * PARAGRAPH_GAP))
        reason = s.resign_reason
        self.resign.setVisible(bool(reason))
        self.resign.setText(self.tr("Signing again. Reason: %1").replace("%1", reason))
        waiting = s.read_left_s > 0
        elsewhere = not self.agree.attendee_side()  # the attendee agrees on their own screen
        self.agree.setEnabled(not waiting and not elsewhere)
        if elsewhere:
            self.agree.setText(self.tr("The attendee agrees on their screen"))
        if waiting:
            seconds = str(s.read_left_s)
            if not elsewhere:
                self.agree.setText(self.tr("I agree (%1)").replace("%1", seconds))
            self.how.setText(
                self.tr("Please read the pledge. You can agree in %1 s.").replace("%1", seconds)
            )
        else:
            if not elsewhere:
                self.agree.setText(self.tr("I agree (Saya setuju)"))
            self.how.setText(
                self.tr("To agree, tap “I agree” or tick the box at the bottom of the pad.")
                if s.pad_ok
                else self.tr("To agree, tap “I agree”.")
            )
        text = notice_text(s.notice, s.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.screen_signing.show_for(s, self.attendee_mode)

    def _consented(self, method: str) -> None:
        self.desk.give_consent(ConsentMethod(method))


PARAGRAPH_GAP = 0.4  # of a line: the whole pledge fits at reading size, paragraphs still apart


def pledge_html(text: str, gap_px: float) -> str:
    """The pledge's plain text as paragraphs (a blank line apart in the text) with a gap of
    ``gap_px`` between them instead of a whole empty line; every character escaped."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "".join(
        f'<p style="margin-top:0; margin-bottom:{round(gap_px)}px">'
        + html.escape(p).replace("\n", "<br>")
        + "</p>"
        for p in paragraphs
    )

"""Close the ceremony ("Tutup upacara"): the PIN, the statement, the PPK and the witness sign.

The dialog only shows and forwards: the PIN is checked and the statement computed on the
database worker (desk.closing_desk), the pad's ink and consent ticks are routed there while
the dialog is open, and nothing is written until the witness has signed. Cancel (or closing
the window) at any step leaves nothing behind. Each signer consents by their own act: a
tick in the pad's consent box, its button, or a press on the consent button here (a pointer
press, never a key).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.closing_desk import (
    BAD_DETAILS,
    BAD_SIGNATURE,
    NEEDS_CONSENT,
    NOT_CLOSED,
    SIGN_ON_PAD,
    ClosingStep,
    ClosingView,
)
from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import InkChanged
from desktop_app.desk.operator import Guarded
from desktop_app.domain.closing import ClosingSigner, ClosingStatement
from desktop_app.domain.consent import ConsentMethod
from ui.dialogs.base import DeskDialog
from ui.dialogs.pin import pin_edit
from ui.relay import Relay
from ui.widgets.consent_button import ConsentButton
from ui.widgets.pad_ink import PadInk
from ui.widgets.signature_canvas import SignatureCanvas


class SignerConsentButton(ConsentButton):
    """The consent button of a closing signer: they stand at the attendant's screen, so it
    consents here even when an attendee screen is open (still a press, never a key)."""

    def attendee_side(self) -> bool:
        return True


def _line(name: str, limit: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class ClosingDialog(DeskDialog):
    def __init__(self, desk: DeskController, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view: ClosingView | None = None
        self.setObjectName("closingDialog")
        self.pages = QStackedWidget()
        # -- 1: the PIN -------------------------------------------------------------------
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pin = pin_edit("closingPin")
        self.begin_button = self.plain_button("", "closingBegin")
        self.begin_button.setProperty("role", "danger")
        self.begin_button.clicked.connect(self.submit)
        pin_page = QWidget()
        pin_box = QVBoxLayout(pin_page)
        pin_box.addWidget(self.intro)
        pin_box.addWidget(self.pin)
        pin_box.addStretch(1)
        # -- 2: a signer (the PPK, then the witness) ---------------------------------------
        self.statement = QLabel()
        self.statement.setObjectName("closingStatement")
        self.statement.setWordWrap(True)
        self.statement.setFrameShape(QFrame.Shape.StyledPanel)
        self.statement.setMargin(8)
        self.who = QLabel()
        self.who.setObjectName("closingWho")
        self.who.setProperty("role", "subtitle")
        self.name = _line("closingName")
        self.identifier = _line("closingIdentifier", 40)
        self.third = _line("closingThird")  # the PPK's position / the witness's institution
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.consent = SignerConsentButton()
        self.consent.setObjectName("closingConsent")
        self.consent.consented.connect(lambda m: desk.closing.consent(ConsentMethod(m)))
        self.canvas = SignatureCanvas()
        self.canvas.setObjectName("closingCanvas")
        self.canvas.setMinimumHeight(170)
        self.pad_ink = PadInk(fit_ink=True)
        frame = QFrame()
        frame.setObjectName("signArea")
        area = QGridLayout(frame)
        area.setContentsMargins(3, 3, 3, 3)
        area.addWidget(self.canvas, 0, 0)
        area.addWidget(self.pad_ink, 0, 0)
        self.clear_button = self.plain_button("", "closingClear")
        self.clear_button.clicked.connect(self._clear)
        self.sign_button = self.plain_button("", "closingSign")
        self.sign_button.setProperty("role", "primary")
        self.sign_button.clicked.connect(self.submit)
        sign_page = QWidget()
        form = QGridLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for row, (text, edit) in enumerate(
            zip(self.labels, (self.name, self.identifier, self.third), strict=True)
        ):
            form.addWidget(text, row, 0)
            form.addWidget(edit, row, 1)
        sign_box = QVBoxLayout(sign_page)
        sign_box.addWidget(self.statement)
        sign_box.addWidget(self.who)
        sign_box.addLayout(form)
        sign_box.addWidget(self.consent_text)
        sign_box.addWidget(self.consent)
        sign_box.addWidget(frame, 1)
        # -- 3: done (or not closed) ------------------------------------------------------
        self.outcome = QLabel()
        self.outcome.setObjectName("closingResult")
        self.outcome.setWordWrap(True)
        done_page = QWidget()
        done_box = QVBoxLayout(done_page)
        done_box.addWidget(self.outcome)
        done_box.addStretch(1)
        for page in (pin_page, sign_page, done_page):
            self.pages.addWidget(page)
        self.cancel_button = self.plain_button("", "closingCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.begin_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumSize(760, 640)
        self.setWindowTitle(self.tr("Close the ceremony"))
        self.intro.setText(
            self.tr(
                "Close this ceremony? The PPK and a witness (e.g. Bawaslu) sign the closing "
                "statement on the pad; after that this desk takes no more signings for this "
                "ceremony. Enter the operator PIN to show the statement."
            )
        )
        self.pin.setPlaceholderText(self.tr("Operator PIN"))
        self.begin_button.setText(self.tr("Show the statement"))
        self.clear_button.setText(self.tr("Clear the signature"))
        self.sign_button.setText(self.tr("Confirm the signature"))
        self.consent.setText(self.tr("I agree to this statement"))
        relay.closing.connect(self.show_view)
        relay.ink.connect(self._ink)
        self._show_step(None)

    # -- Enter and the buttons -------------------------------------------------------------
    def submit(self) -> None:
        if self.view is None:
            if not self.pin.text():
                self.say(self.tr("Type the operator PIN."))
                return
            self.begin_button.setEnabled(False)
            self.desk.closing.begin(self.pin.text(), self._began)
        elif self.view.step in (ClosingStep.PPK, ClosingStep.WITNESS):
            signer = ClosingSigner(
                name=self.name.text().strip(),
                identifier=self.identifier.text().strip(),
                position=self.third.text().strip() if self.view.step is ClosingStep.PPK else "",
                institution=self.third.text().strip()
                if self.view.step is ClosingStep.WITNESS
                else "",
            )
            screen = None if self.canvas.is_empty() else self.canvas.signature()
            self.desk.closing.submit(signer, screen)
        elif self.view.step is ClosingStep.DONE:
            self.accept()

    def _began(self, outcome: Guarded) -> None:
        if self.closed:
            return
        self.begin_button.setEnabled(True)
        if outcome is Guarded.WRONG_PIN:
            self.say(self.tr("Wrong PIN."))
            self.pin.clear()
        elif outcome is not Guarded.DONE:
            self.say(
                self.tr(
                    "The ceremony cannot be closed now: finish the attendee in progress, or it "
                    "is already closed."
                )
            )

    def _clear(self) -> None:
        self.canvas.clear()
        self.pad_ink.clear()
        self.desk.closing.clear_ink()

    def _ink(self, ink: InkChanged) -> None:
        if self.view is not None and self.view.step in (ClosingStep.PPK, ClosingStep.WITNESS):
            self.pad_ink.show_signature(ink.signature)

    # -- what the desk says ----------------------------------------------------------------
    def show_view(self, view: ClosingView | None) -> None:
        if self.closed:
            return
        before = self.view
        self.view = view
        if view is None:
            return
        if before is None or before.step is not view.step:
            self._show_step(view)
        self.statement.setText(self.statement_text(view.statement))
        consented = bool(view.consent_method)
        self.consent.setEnabled(not consented)
        self.consent_text.setText(
            self.tr("Consent given. Now sign on the pad (in the box below only when no pad works).")
            if consented
            else self.tr(
                "The signer reads the statement above and consents by their own act: a tick "
                "in the pad's consent box, or a press on the button below."
            )
        )
        self.sign_button.setEnabled(consented and view.step is not ClosingStep.COMMITTING)
        if view.problem:
            self.say(self.problem_text(view))
        else:
            self.status.hide()

    def _show_step(self, view: ClosingView | None) -> None:
        step = view.step if view is not None else None
        signing = step in (ClosingStep.PPK, ClosingStep.WITNESS, ClosingStep.COMMITTING)
        self.pages.setCurrentIndex(0 if step is None else 1 if signing else 2)
        self.begin_button.setVisible(step is None)
        self.sign_button.setVisible(signing)
        self.clear_button.setVisible(signing)
        self.cancel_button.setText(
            self.tr("Close") if step is ClosingStep.DONE else self.tr("Cancel")
        )
        if step in (ClosingStep.PPK, ClosingStep.WITNESS):
            for edit in (self.name, self.identifier, self.third):
                edit.clear()
            self.canvas.clear()
            self.pad_ink.clear()
            ppk = step is ClosingStep.PPK
            self.who.setText(
                self.tr("1 of 2: the PPK signs") if ppk else self.tr("2 of 2: the witness signs")
            )
            texts = (
                (self.tr("Name"), self.tr("NIP"), self.tr("Position"))
                if ppk
                else (self.tr("Name"), self.tr("NIP / ID (optional)"), self.tr("Institution"))
            )
            for label, text in zip(self.labels, texts, strict=True):
                label.setText(text)
            self.name.setFocus()
        if step is ClosingStep.DONE and view is not None:
            self.outcome.setText(
                self.result_text(view) + "\n\n" + self.statement_text(view.statement)
            )

    def statement_text(self, s: ClosingStatement) -> str:
        lines = [
            self.tr("Closing statement: %1, %2, %3")
            .replace("%1", s.title)
            .replace("%2", s.date)
            .replace("%3", s.venue),
            self.tr("Expected %1 · signed %2 · not present %3")
            .replace("%1", str(s.expected))
            .replace("%2", str(s.signed))
            .replace("%3", str(s.absent)),
            self.tr("Re-signed %1 · voided %2 · flagged duplicates %3")
            .replace("%1", str(s.resigned))
            .replace("%2", str(s.voided))
            .replace("%3", str(s.duplicates)),
        ]
        if s.desks:
            desks = " · ".join(f"{d.name}: {d.signed}" for d in s.desks)
            lines.append(self.tr("Per desk: %1").replace("%1", desks))
        if s.head is not None:
            lines.append(
                self.tr("This desk's chain: record %1, hash %2…")
                .replace("%1", str(s.head.seq))
                .replace("%2", s.head.hash[:16])
            )
        lines.append(
            self.tr("Last server anchor: record %1").replace("%1", str(s.anchor.seq))
            if s.anchor is not None
            else self.tr("No server anchor yet (this desk never synced).")
        )
        return "\n".join(lines)

    def problem_text(self, view: ClosingView) -> str:
        return {
            NEEDS_CONSENT: self.tr("The signer has not consented yet."),
            BAD_DETAILS: self.tr("Type the signer's name and position or institution."),
            BAD_SIGNATURE: self.tr("The signature is empty or too small: sign again."),
            SIGN_ON_PAD: self.tr("The pad works: the signer signs on the pad."),
            NOT_CLOSED: self.tr("The ceremony was not closed; nothing was written."),
        }.get(view.problem, view.problem)

    def result_text(self, view: ClosingView) -> str:
        if view.closed is None:
            return self.tr(
                "The ceremony was NOT closed and nothing was written. Start again to sign the "
                "current statement."
            )
        text = self.tr(
            "The ceremony is closed. The berita acara was saved and sent to the printer."
        )
        if view.document:
            text += "\n" + view.document
        return text

    # -- leaving ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.view is not None and self.view.step is ClosingStep.COMMITTING:
            return  # the commit is running: it ends in a moment
        if self.view is not None and self.view.step is ClosingStep.DONE:
            self.desk.closing.finish()
        else:
            self.desk.closing.cancel()  # nothing was written: nothing is kept
        super().done(result)

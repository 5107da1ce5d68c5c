"""The end of the kiosk result: what happens next, who to call, and a take-away with no name.

Team INA's contact is the one the presentation gives ("Städtepartnerschaften: Sprungbrett
ins Ausland für Azubis?", last slide). The take-away is a QR code that holds the answers only
(``core.takeaway``): the apprentice photographs it or prints the result; in the talk the
advisor scans it into "Übergabe-Code abrufen" and the answers are there - no name, no code to
remember, nothing stored at the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from partnerdesk.core.vocab import OFFERS
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.kiosk.pages_input import label
from partnerdesk.ui.kiosk.qr import QrLabel
from partnerdesk.ui.retranslate import Retranslatable

CONTACT = {
    "person": "Carrie-Ann Lawrence",
    "phone": "0231 50 27 170",
    "mail": "clawrence@stadtdo.de",
}


class NextStepsBox(Retranslatable, QFrame):
    printRequested = Signal()

    def __init__(self, can_print: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        self.title = label("subtitle")
        self.contact_title = label("subtitle")
        self.contact = label()
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.booking = label()
        self.offers_title = label("subtitle")
        self.offers = label()
        self.takeaway_title = label("subtitle")
        self.takeaway_text = label()
        self.qr = QrLabel(240)
        take = QHBoxLayout()
        take.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        take.addWidget(self.takeaway_text, 1)
        for widget in (
            self.title,
            self.contact,
            self.booking,
            self.offers_title,
            self.offers,
            self.takeaway_title,
        ):
            layout.addWidget(widget)
        layout.insertWidget(1, self.contact_title)
        layout.addLayout(take)
        self.print_button: QPushButton | None = None
        if can_print:
            self.print_button = QPushButton()
            self.print_button.clicked.connect(self.printRequested)
            layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_takeaway(self, text: str) -> None:
        self.qr.set_payload(text)

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Wie geht es weiter?"))
        self.contact_title.setText(self.tr("Dein Kontakt beim Team INA"))
        self.contact.setText(
            "\n".join(
                (
                    self.tr("Team Internationale Beziehungen (INA), Stadt Dortmund"),
                    CONTACT["person"],
                    self.tr("Telefon: {phone}").format(phone=CONTACT["phone"]),
                    self.tr("E-Mail: {mail}").format(mail=CONTACT["mail"]),
                )
            )
        )
        self.booking.setText(
            self.tr(
                "So buchst du ein Gespräch: Ruf an oder schreib eine E-Mail. Sag, wann du Zeit "
                "hast. Bring deinen QR-Code oder deinen Übergabe-Code mit."
            )
        )
        self.offers_title.setText(self.tr("Was das Team INA für dich tun kann"))
        self.offers.setText("\n".join(f"• {offer.get(lang)}" for offer in OFFERS.values()))
        self.takeaway_title.setText(self.tr("Zum Mitnehmen – ohne Namen"))
        self.takeaway_text.setText(
            self.tr(
                "Mach ein Foto von diesem QR-Code. Er enthält nur deine Antworten, keinen Namen "
                "und kein Ergebnis. In der Beratung liest das Team INA ihn ein, dann musst du "
                "nicht alles noch einmal sagen."
            )
        )
        self.qr.setAccessibleName(self.tr("QR-Code mit deinen Antworten, ohne Namen"))
        if self.print_button is not None:
            self.print_button.setText(self.tr("Ergebnis mit QR-Code drucken"))
            self.print_button.setAccessibleName(self.print_button.text())

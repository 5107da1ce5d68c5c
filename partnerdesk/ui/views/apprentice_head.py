"""The head of the "Beratung" page's right side: who is open, and the record's buttons.

The name, a line of facts (occupation, training year, consent, deletion date) and
"Übergabe-Code abrufen …", "Auskunft exportieren …", "Aufenthalte …". Only layout and texts;
the page decides what the buttons do. The texts keep the page's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from partnerdesk.core.counselling import Apprentice
from partnerdesk.ui.a11y import name_with_text
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label

# lupdate finds only literal translate("Context", "text") calls; the texts were the page's.
translate = QCoreApplication.translate


class ApprenticeHead(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = plain_label(object_name="pageTitle", wrap=False)
        self.facts_label = plain_label(object_name="pageHint")
        self.handover_button = QPushButton(self)
        self.auskunft_button = QPushButton(self)
        self.stays_button = QPushButton(self)
        head = QHBoxLayout(self)
        head.setContentsMargins(0, 0, 0, 0)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name_label)
        names.addWidget(self.facts_label)
        head.addLayout(names, 1)
        for button in self.buttons():
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.handover_button, self.auskunft_button, self.stays_button

    def show_facts(self, a: Apprentice) -> None:
        self.name_label.setText(a.display_name)
        parts = [a.occupation] if a.occupation else []
        if a.training_year:
            parts.append(
                translate("CounsellingView", "{0}. Ausbildungsjahr").format(a.training_year)
            )
        if a.consent_date:
            parts.append(
                translate("CounsellingView", "Einwilligung {0}").format(format_date(a.consent_date))
            )
        if a.deletion_date:
            parts.append(
                translate("CounsellingView", "Löschen am {0}").format(format_date(a.deletion_date))
            )
        self.facts_label.setText(" · ".join(parts))

    def retranslate(self) -> None:
        self.handover_button.setText(translate("CounsellingView", "Übergabe-&Code abrufen …"))
        name_with_text(
            self.handover_button,
            translate(
                "CounsellingView",
                "Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen",
            ),
        )
        self.auskunft_button.setText(translate("CounsellingView", "&Auskunft exportieren …"))
        name_with_text(
            self.auskunft_button,
            translate(
                "CounsellingView",
                "Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)",
            ),
        )
        self.stays_button.setText(translate("CounsellingView", "Aufent&halte …"))
        name_with_text(
            self.stays_button,
            translate("CounsellingView", "Auslandsaufenthalte und Erfahrungsberichte erfassen"),
        )

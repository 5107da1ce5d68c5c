"""The "Beratung" page: the place where counselling talks will live.

Talks, notes and the PDF record come with a later issue; until then the page says plainly
what will be here and what already works, instead of an empty area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class CounsellingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counsellingView")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        card = QFrame(self)
        card.setObjectName("placeholderCard")
        self.heading = QLabel(card)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.body = QLabel(card)
        self.body.setWordWrap(True)
        self.next_step = QLabel(card)
        self.next_step.setObjectName("pageHint")
        self.next_step.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.body)
        inner.addWidget(self.next_step)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(card)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Beratung"))
        self.heading.setText(self.tr("Beratungsgespräche folgen in der nächsten Version"))
        self.body.setText(self.tr(
            "Hier werden Sie Gespräche mit Azubis anlegen und wiederfinden, Notizen und "
            "vereinbarte nächste Schritte festhalten und das Gesprächsprotokoll als PDF "
            "ausgeben."
        ))
        self.next_step.setText(self.tr(
            "Bis dahin: Unter „Partnerstädte → Passende Städte“ füllen Sie die "
            "Selbsteinschätzung gemeinsam aus und sehen sofort, welche Städte passen und warum."
        ))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

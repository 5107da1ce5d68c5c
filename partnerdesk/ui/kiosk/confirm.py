""" "Wirklich alles löschen?" - asked before "Neu beginnen" or Esc wipes a session.

Five minutes of answers must not go with one stray key. The safe answer is the default:
Enter or Esc keeps everything ("Nein, weitermachen"); only the red button wipes. The idle
timeout does not ask (nobody is there to answer) and closes this question if it is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from partnerdesk.ui.kiosk.pages_input import label
from partnerdesk.ui.retranslate import Retranslatable


class WipeConfirm(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeConfirm")
        self.setModal(True)
        self.question = label("subtitle")
        self.hint = label()
        self.keep = QPushButton()
        self.keep.setObjectName("primary")
        self.keep.setDefault(True)
        self.keep.clicked.connect(self.reject)
        self.wipe = QPushButton()
        self.wipe.setObjectName("restart")
        self.wipe.setAutoDefault(False)
        self.wipe.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.wipe)
        row.addStretch(1)
        row.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.retranslate()
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self, width: int) -> None:
        """Take *width* and the height its wrapped text needs at the kiosk's text size.

        A top-level dialog sizes wrapped labels from a guessed width (QTBUG-7513 family), which
        cut the hint's last line in large text; the height is asked at the real width here.
        """
        self.ensurePolished()
        self.setFixedWidth(width)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        for text in (self.question, self.hint):
            text.ensurePolished()
            text.setMinimumHeight(text.heightForWidth(inner))
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Neu beginnen"))
        self.question.setText(self.tr("Wirklich alles löschen?"))
        self.hint.setText(
            self.tr(
                "Alle deine Antworten und dein Ergebnis werden gelöscht. Der Selbstcheck "
                "beginnt dann von vorn."
            )
        )
        self.keep.setText(self.tr("Nein, weitermachen"))
        self.keep.setAccessibleName(self.keep.text())
        self.wipe.setText(self.tr("Ja, alles löschen"))
        self.wipe.setAccessibleName(self.wipe.text())

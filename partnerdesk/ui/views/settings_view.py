"""The "Einstellungen" page: interface language (applied live) and where data is kept.

The view only lays out and reports the user's choice (``languageChosen``); the main window
applies it (stores it, installs the translators), so the page can be tested on its own.
Later issues add more settings here (kiosk PIN, retention periods).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.ui.i18n import current_language

# Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = (("de", "Deutsch"), ("en", "English"))


class SettingsView(QWidget):
    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("pageHint")
        self.hint.setWordWrap(True)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        self.data_dir_label = QLabel(self)
        self.data_dir = QLabel(str(paths.data_dir()), self)
        self.data_dir.setObjectName("dataDir")
        self.data_dir.setTextFormat(Qt.TextFormat.PlainText)
        self.data_dir.setWordWrap(True)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        card = QFrame(self)
        card.setObjectName("placeholderCard")
        form = QFormLayout(card)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        form.addRow(self.data_dir_label, self.data_dir)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(card)
        layout.addStretch(1)

        self.sync_language()
        self.language.currentIndexChanged.connect(self.on_language_index_changed)
        self.retranslate()

    def sync_language(self) -> None:
        """Show the language currently in use (without reporting it as a new choice)."""
        index = self.language.findData(current_language())
        blocked = self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(blocked)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Einstellungen"))
        self.hint.setText(self.tr(
            "Die Sprache wechselt sofort im geöffneten Fenster und gilt auch beim nächsten Start."
        ))
        self.language_label.setText(self.tr("&Sprache der Oberfläche:"))
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.data_dir_label.setText(self.tr("Datenordner:"))
        self.data_dir.setAccessibleName(self.tr("Datenordner"))

    @Slot(int)
    def on_language_index_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if code:
            self.languageChosen.emit(str(code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sync_language()
        super().changeEvent(event)

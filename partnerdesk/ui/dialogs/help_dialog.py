"""Help → "So wird gerechnet": the matching model explained, in the interface language.

The text is Markdown written for people: German in ``resources/help/matching_de.md``, English
in ``docs/matching.md`` (the same page the repository shows). It is our own shipped text, so
rendering it as Markdown is safe; links are never followed out of the app (a counselling PC
should not open a browser from a help page), only anchors inside the page scroll.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from partnerdesk.resources import base_dir, resource_path
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable


def help_file(lang: str) -> Path:
    """Where the matching explanation for *lang* lives (it may not exist yet)."""
    if lang == "en":
        return base_dir() / "docs" / "matching.md"
    return resource_path("help", "matching_de.md")


class HelpDialog(Retranslatable, QDialog):
    """A resizable, read-only page; re-renders itself when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.on_anchor_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("So wird gerechnet"))
        self.browser.setAccessibleName(self.tr("Erklärung der Berechnung"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Hilfe schließen")
        )
        self.browser.setMarkdown(self._markdown())

    def _markdown(self) -> str:
        try:
            return help_file(current_language()).read_text(encoding="utf-8")
        except OSError:
            return self.tr(
                "# So wird gerechnet\n\n"
                "PartnerDesk bewertet jede Partnerstadt nach fünf Kriterien – Themen, Sprache, "
                "Verwaltungsstruktur, Zeit und Unterstützung – mit je einem Wert zwischen 0 und "
                "1. Die Werte werden gewichtet addiert und als 0 bis 100 Punkte angezeigt.\n\n"
                "Die ausführliche Erklärung fehlt in dieser Installation."
            )

    @Slot(QUrl)
    def on_anchor_clicked(self, url: QUrl) -> None:
        # Only in-page anchors ("#zeit"); anything else is deliberately ignored.
        if url.isRelative() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())

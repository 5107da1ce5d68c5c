"""Help → "Über PartnerDesk": version, data pack, its sources, licences of shipped material.

The pack's title and sources are data (an imported pack may come from anywhere), so they are
shown as plain text only, never interpreted as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import __version__
from partnerdesk.core.domain import DataPack
from partnerdesk.ui.retranslate import Retranslatable


def _plain_label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def sources_text(pack: DataPack) -> str:
    """One line per source: title and, if any, the address."""
    lines = []
    for source in pack.sources:
        lines.append(f"• {source.title}" + (f"\n  {source.url}" if source.url else ""))
    return "\n".join(lines)


class AboutDialog(Retranslatable, QDialog):
    """What this program is, which data it shows and where that data comes from."""

    def __init__(self, pack: DataPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._pack = pack
        self.resize(640, 520)
        self.title = _plain_label(self, "aboutTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.version = _plain_label(self, "aboutVersion")
        self.pack_line = _plain_label(self, "aboutPack")
        self.sources_caption = _plain_label(self, "aboutSourcesCaption")
        self.sources_caption.setStyleSheet("font-weight: bold;")
        # A read-only text box: long source lists scroll, and a screen reader can walk them.
        self.sources = QPlainTextEdit(self)
        self.sources.setObjectName("aboutSources")
        self.sources.setReadOnly(True)
        self.sources.setPlainText(sources_text(pack))
        self.licences_caption = _plain_label(self, "aboutLicencesCaption")
        self.licences_caption.setStyleSheet("font-weight: bold;")
        self.licences = _plain_label(self, "aboutLicences")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(self.pack_line)
        layout.addSpacing(8)
        layout.addWidget(self.sources_caption)
        layout.addWidget(self.sources, 1)
        layout.addWidget(self.licences_caption)
        layout.addWidget(self.licences)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        pack = self._pack
        self.setWindowTitle(self.tr("Über PartnerDesk"))
        self.title.setText("PartnerDesk")
        self.version.setText(
            self.tr(
                "Version {version} – Dortmunds Partnerstädte für Azubis. "
                "Stadt Dortmund, Internationale Beziehungen (Team INA)."
            ).format(version=__version__)
        )
        self.pack_line.setText(
            self.tr("Datenpaket {version}: {title} ({publisher})").format(
                version=pack.pack_version, title=pack.title, publisher=pack.publisher
            )
        )
        self.sources_caption.setText(self.tr("Quellen der Städtedaten"))
        self.sources.setAccessibleName(self.tr("Quellen der Städtedaten"))
        self.licences_caption.setText(self.tr("Lizenzen"))
        self.licences.setText(
            self.tr(
                "Programm: © Stadt Dortmund. Qt for Python (PySide6): LGPL 3.\n"
                "Schriften: Noto Sans und Droid Sans Fallback – SIL Open Font License 1.1 bzw. "
                "Apache-Lizenz 2.0; die Lizenztexte liegen bei den Schriften "
                "(resources/fonts).\n"
                "Weltkarte: Umrisse nach Natural Earth – gemeinfrei (public domain), "
                "siehe resources/map."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Info schließen")
        )

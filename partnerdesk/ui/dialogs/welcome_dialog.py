"""First-run welcome: what PartnerDesk is for and its two ways of use, shown once.

On a machine that never ran PartnerDesk the composition root calls
``maybe_show_welcome(window, settings)`` after the main window is shown. The dialog explains
the two modes - counselling at the advisor's own PC and the self-assessment at a shared
terminal (``partnerdesk --kiosk``) - and where the data lives. A settings key records that
it was shown, so it never comes back; it is set before the dialog opens, so a start that
ends while the dialog is open does not greet again either.

All text is plain text (no rich-text interpretation), German source with English through
``tr()``; the dialog re-labels itself on a live language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from partnerdesk import paths
from partnerdesk.ui.a11y import mark_heading, name_with_text
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.settings import AppSettings

SHOWN_KEY = "welcome/shown"


def _store(settings: AppSettings) -> QSettings:
    # AppSettings keeps its keys private; the welcome flag is this module's own key in the
    # same INI file (QSettings objects on one file share Qt's cache within the process).
    return QSettings(settings.file_name, QSettings.Format.IniFormat)


def welcome_pending(settings: AppSettings) -> bool:
    """Whether the welcome has never been shown with these settings."""
    value = _store(settings).value(SHOWN_KEY, False)
    return str(value).lower() not in ("true", "1")


def mark_welcome_shown(settings: AppSettings) -> None:
    store = _store(settings)
    store.setValue(SHOWN_KEY, True)
    store.sync()


def _plain_label(parent: QWidget, name: str, *, heading: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if heading:
        mark_heading(label)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class WelcomeDialog(Retranslatable, QDialog):
    """The welcome text; *data_folder* is shown so the advisor knows where data is kept."""

    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._data_folder = data_folder
        self.title = _plain_label(self, "welcomeTitle", heading=True)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        self.title.setFont(title_font)
        self.intro = _plain_label(self, "welcomeIntro")
        self.counselling_title = _plain_label(self, "welcomeCounsellingTitle", heading=True)
        self.counselling_text = _plain_label(self, "welcomeCounsellingText")
        self.kiosk_title = _plain_label(self, "welcomeKioskTitle", heading=True)
        self.kiosk_text = _plain_label(self, "welcomeKioskText")
        self.data_text = _plain_label(self, "welcomeDataText")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        for label in (self.counselling_title, self.counselling_text):
            layout.addWidget(label)
        layout.addSpacing(8)
        for label in (self.kiosk_title, self.kiosk_text):
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(self.data_text)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.retranslate()
        # Word-wrapped labels make the dialog's own size hint tall and narrow; size it for
        # a comfortable line length instead (it grows with the font at QT_SCALE_FACTOR=2).
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, layout.totalHeightForWidth(width))
        self.ok_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Willkommen bei PartnerDesk"))
        self.title.setText(self.tr("Willkommen bei PartnerDesk"))
        self.intro.setText(
            self.tr(
                "PartnerDesk zeigt die elf Partnerstädte Dortmunds und findet gemeinsam mit "
                "Auszubildenden heraus, welche Stadt zu ihren Interessen, Sprachen und "
                "Möglichkeiten passt – mit einer Begründung für jedes Ergebnis."
            )
        )
        self.counselling_title.setText(self.tr("Beratung am eigenen PC"))
        self.counselling_text.setText(
            self.tr(
                "So ist PartnerDesk gerade gestartet: Sie führen das Gespräch, vergleichen die "
                "Städte gemeinsam und halten das Ergebnis als PDF-Protokoll fest."
            )
        )
        self.kiosk_title.setText(self.tr("Selbsteinschätzung am gemeinsamen Terminal"))
        self.kiosk_text.setText(
            self.tr(
                "Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne "
                "Zugriff auf gespeicherte Gespräche. Dafür im Menü „Datei“ "
                "„Selbstcheck-Terminal starten …“ wählen."
            )
        )
        self.data_text.setText(
            self.tr(
                "Alle Daten bleiben auf diesem Rechner, im Ordner {folder}. PartnerDesk "
                "braucht keine Internetverbindung."
            ).format(folder=self._data_folder)
        )
        self.ok_button.setText(self.tr("Los geht’s"))
        name_with_text(self.ok_button, self.tr("Willkommen schließen"))


def maybe_show_welcome(parent: QWidget | None, settings: AppSettings) -> None:
    """Open the welcome (window-modal, not blocking) if it was never shown; else nothing."""
    if not welcome_pending(settings):
        return
    mark_welcome_shown(settings)
    dialog = WelcomeDialog(str(paths.data_dir()), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()

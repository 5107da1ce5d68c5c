"""Two advisors changed the same talk: the second save asks what to do, nothing is lost.

"Frau Hoffmann hat diesen Termin um 10:42 geändert." with three ways on: "Neu laden" (show
the other version; the advisor chose to drop their own), "Meine Fassung als Kopie speichern"
(the advisor's text becomes a talk of its own, the other one stays) and "Weiter bearbeiten"
(the default: the form keeps everything as typed). Text is plain, never markup.

A city is one record of its own: a copy of it makes no sense, so the city data editor asks
with ``offer_copy=False`` and gets "Neu laden" and "Weiter bearbeiten" only.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class ConflictChoice(enum.Enum):
    RELOAD = "reload"
    SAVE_COPY = "save_copy"
    KEEP_EDITING = "keep_editing"


def conflict_text(changed_by: str, changed_at: datetime | None, *, talk: bool = True) -> str:
    """The headline, in the reader's local time (HH:MM)."""
    who = changed_by or QCoreApplication.translate("ConflictDialog", "Jemand anderes")
    when = changed_at.astimezone().strftime("%H:%M") if changed_at else "?"
    template = (
        QCoreApplication.translate("ConflictDialog", "{who} hat diesen Termin um {time} geändert.")
        if talk
        else QCoreApplication.translate(
            "ConflictDialog", "{who} hat diesen Datensatz um {time} geändert."
        )
    )
    return template.format(who=who, time=when)


class ConflictDialog(QMessageBox):
    def __init__(
        self,
        changed_by: str,
        changed_at: datetime | None,
        parent: QWidget | None = None,
        *,
        talk: bool = True,
        offer_copy: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Gleichzeitig geändert"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(conflict_text(changed_by, changed_at, talk=talk))
        self.setInformativeText(
            QCoreApplication.translate(
                "ConflictDialog",
                "Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen "
                "werden verworfen) oder speichern Sie Ihre Fassung als zusätzlichen Eintrag.",
            )
            if offer_copy
            else QCoreApplication.translate(
                "ConflictDialog",
                "Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen "
                "werden verworfen) oder bearbeiten Sie weiter, um Ihre Eingaben zuerst zu "
                "notieren.",
            )
        )
        self.reload_button = self.addButton(
            QCoreApplication.translate("ConflictDialog", "Neu laden"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.copy_button: QPushButton | None = None
        if offer_copy:
            self.copy_button = self.addButton(
                QCoreApplication.translate("ConflictDialog", "Meine Fassung als Kopie speichern"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.copy_button.setObjectName("saveCopyButton")
        self.keep_button = self.addButton(
            QCoreApplication.translate("ConflictDialog", "Weiter bearbeiten"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.reload_button.setObjectName("reloadButton")
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def choice(self) -> ConflictChoice:
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return ConflictChoice.RELOAD
        if clicked is not None and clicked is self.copy_button:
            return ConflictChoice.SAVE_COPY
        return ConflictChoice.KEEP_EDITING


def ask_conflict(
    parent: QWidget | None,
    changed_by: str,
    changed_at: datetime | None,
    *,
    talk: bool = True,
    offer_copy: bool = True,
) -> ConflictChoice:
    dialog = ConflictDialog(changed_by, changed_at, parent, talk=talk, offer_copy=offer_copy)
    dialog.exec()
    return dialog.choice()

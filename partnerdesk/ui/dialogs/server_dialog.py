"""The team database cannot be reached at start: "Erneut versuchen" or "Einstellungen".

Shown instead of a status-bar line when the database is a PostgreSQL server: without it the
counselling page cannot work, and the advisor can usually fix the cause (network, VPN, a
mistyped server name on the settings page). The window stays open either way.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class ServerChoice(enum.Enum):
    RETRY = "retry"
    SETTINGS = "settings"
    LATER = "later"


class ServerDialog(QMessageBox):
    def __init__(self, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(
            QCoreApplication.translate("ServerDialog", "Team-Datenbank nicht erreichbar")
        )
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            QCoreApplication.translate(
                "ServerDialog", "Der Server der Team-Datenbank antwortet nicht."
            )
        )
        self.setInformativeText(
            QCoreApplication.translate(
                "ServerDialog",
                "Bitte prüfen Sie die Netzwerkverbindung (auch VPN) und versuchen Sie es erneut, "
                "oder prüfen Sie Server und Benutzer unter Einstellungen.",
            )
        )
        self.setDetailedText(detail)
        self.retry_button = self.addButton(
            QCoreApplication.translate("ServerDialog", "Erneut versuchen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.settings_button = self.addButton(
            QCoreApplication.translate("ServerDialog", "Einstellungen"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.later_button = self.addButton(
            QCoreApplication.translate("ServerDialog", "Später"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.later_button)

    def choice(self) -> ServerChoice:
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return ServerChoice.RETRY
        if clicked is self.settings_button:
            return ServerChoice.SETTINGS
        return ServerChoice.LATER


def ask_server(parent: QWidget | None, detail: str) -> ServerChoice:
    dialog = ServerDialog(detail, parent)
    dialog.exec()
    return dialog.choice()

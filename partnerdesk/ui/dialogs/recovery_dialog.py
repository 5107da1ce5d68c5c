"""Start-up with a damaged database: restore the newest valid backup, start empty, or quit.

``run_startup_recovery`` runs before the store is opened. It reads the database only
(``health.assess``); nothing is written until the user has chosen, and even then the damaged
file is kept (copied to ``backups/`` or renamed beside the database) for a specialist.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core.formatting import format_datetime
from partnerdesk.store.backup import BackupError
from partnerdesk.store.health import Choice, Health, assess, recover
from partnerdesk.store.restore import ValidBackup, newest_valid_backup
from partnerdesk.ui.dialogs.plain_message import inform, warn
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable

log = logging.getLogger("partnerdesk.recovery")


def backup_time_text(backup: ValidBackup, lang: str) -> str:
    return format_datetime(backup.info.created, lang)


class RecoveryDialog(Retranslatable, QDialog):
    """Three ways on: each a button; ``choice`` is set when one of the first two is pressed."""

    def __init__(
        self, health: Health, newest: ValidBackup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.health = health
        self.newest = newest
        self.choice: Choice | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("recoveryHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("recoveryExplanation")
        self.detail = QLabel(self)
        self.detail.setObjectName("recoveryDetail")
        for label in (self.heading, self.explanation, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)  # paths and SQLite's words: plain
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("recoveryRestore")
        self.restore_button.setEnabled(newest is not None)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("recoveryStartEmpty")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("recoveryQuit")
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.empty_button.clicked.connect(self.on_empty_clicked)
        self.quit_button.clicked.connect(self.reject)
        (self.restore_button if newest is not None else self.quit_button).setDefault(True)

        buttons = QVBoxLayout()
        for button in (self.restore_button, self.empty_button):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addLayout(row)
        self.resize(620, 360)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Datenbank beschädigt"))
        self.heading.setText(self.tr("Die Datenbank ist beschädigt"))
        self.explanation.setText(
            self.tr(
                "PartnerDesk hat beim Start festgestellt, dass die Datenbank nicht in Ordnung ist. "
                "Es wurde nichts verändert. Wählen Sie, wie es weitergeht; die beschädigte Datei "
                "wird in jedem Fall aufbewahrt."
            )
        )
        detail = self.tr("Datei: {path}\nBefund: {reason}").format(
            path=self.health.path, reason=self.health.reason
        )
        if self.newest is None:
            detail += "\n" + self.tr("Es gibt keine gültige Sicherung.")
        self.detail.setText(detail)
        if self.newest is not None:
            when = backup_time_text(self.newest, lang)
            self.restore_button.setText(
                self.tr("Neueste gültige Sicherung wiederherstellen ({date})").format(date=when)
            )
        else:
            self.restore_button.setText(self.tr("Neueste gültige Sicherung wiederherstellen"))
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.empty_button.setText(self.tr("Beschädigte Datei beiseitelegen und leer beginnen"))
        self.empty_button.setAccessibleName(self.empty_button.text())
        self.quit_button.setText(self.tr("Beenden"))
        self.quit_button.setAccessibleName(self.tr("PartnerDesk beenden"))

    @Slot()
    def on_restore_clicked(self) -> None:
        self.choice = "restore"
        self.accept()

    @Slot()
    def on_empty_clicked(self) -> None:
        self.choice = "start_empty"
        self.accept()


def run_startup_recovery(
    parent: QWidget | None, db_path: Path, backup_dir: Path | None = None
) -> bool:
    """Check the database before the store opens it; ``False`` means: quit the app."""
    health = assess(db_path)
    if health.usable:
        return True
    if health.state == "unavailable":
        log.error("database unavailable: %s", health.reason)
        warn(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Datenbank nicht lesbar"),
            QCoreApplication.translate(
                "RecoveryDialog", "Die Datenbank kann nicht gelesen werden: {path}"
            ).format(path=db_path),
            health.reason,
        )
        return False
    log.error("database damaged: %s", health.reason)
    backup_dir = backup_dir or paths.backups_beside(db_path)
    dialog = RecoveryDialog(health, newest_valid_backup(backup_dir), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    try:
        done = recover(db_path, dialog.choice, backup_dir=backup_dir)
    except (BackupError, OSError) as exc:
        log.error("recovery failed: %s", exc)
        warn(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Wiederherstellung fehlgeschlagen"),
            QCoreApplication.translate("RecoveryDialog", "Die Datenbank wurde nicht verändert."),
            str(exc),
        )
        return False
    log.warning(
        "recovered: %s from %s, damaged file kept as %s",
        done.choice,
        done.restored_from,
        done.set_aside,
    )
    if done.restored_from is not None:
        text = QCoreApplication.translate(
            "RecoveryDialog", "Die Sicherung {backup} wurde wiederhergestellt."
        ).format(backup=done.restored_from.name)
    else:
        text = QCoreApplication.translate(
            "RecoveryDialog", "PartnerDesk beginnt mit einer leeren Datenbank."
        )
    if done.set_aside is not None:
        text += "\n" + QCoreApplication.translate(
            "RecoveryDialog", "Die beschädigte Datei wurde aufbewahrt als: {path}"
        ).format(path=done.set_aside)
    inform(
        parent, QCoreApplication.translate("RecoveryDialog", "Datenbank wiederhergestellt"), text
    )
    return True

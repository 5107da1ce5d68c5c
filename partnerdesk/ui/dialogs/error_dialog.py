"""Storage faults shown to the user: what happened, what to do, and that nothing was lost.

The words come from ``partnerdesk.store.errors`` (German and English, Qt-free); this module
only puts them in a plain-text ``QMessageBox``. ``guarded_save`` is the helper forms use
around a repository call: on a storage fault it shows the message and returns ``None``, and
the form keeps its text because nothing in it was touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.store.errors import describe, is_storage_error
from partnerdesk.ui.i18n import current_language

T = TypeVar("T")
log = logging.getLogger("partnerdesk.storage")


def storage_error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The message box for *exc*, built but not shown (tests and screenshots look at it)."""
    from partnerdesk.logging_setup import log_file

    problem = describe(exc)
    damaged = problem.kind == "damaged"
    box = QMessageBox(parent)
    box.setObjectName(f"storageError_{problem.kind}")
    box.setIcon(QMessageBox.Icon.Critical if damaged else QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("StorageError", "Datenbank beschädigt")
        if damaged
        else QCoreApplication.translate("StorageError", "Speichern fehlgeschlagen")
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(problem.text.get(current_language()))
    box.setDetailedText(
        QCoreApplication.translate(
            "StorageError", "Technische Angabe: {detail}\nProtokolldatei: {log}"
        ).format(detail=problem.detail, log=log_file())
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName(
        QCoreApplication.translate("StorageError", "Meldung schließen")
    )
    return box


def show_storage_error(parent: QWidget | None, exc: BaseException) -> None:
    problem = describe(exc)
    log.warning("storage fault %s: %s", problem.kind, problem.detail)
    storage_error_box(parent, exc).exec()


def guarded_save(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a save; on a storage fault show the message and return ``None``.

    Other exceptions (bugs, validation errors) propagate: they need their own handling.
    """
    try:
        return action()
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        show_storage_error(parent, exc)
        return None


def network_warning_box(parent: QWidget | None, db_path: Path) -> QMessageBox | None:
    """A warning box if the database is on a network drive, else ``None``."""
    from partnerdesk.store.location import is_network_path, network_warning

    if not is_network_path(db_path):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StorageError", "Datenbank auf einem Netzlaufwerk"),
        "",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("networkWarning")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(network_warning(db_path, current_language()))
    return box


def warn_if_network_path(parent: QWidget | None, db_path: Path) -> bool:
    """Show the network-drive warning if it applies; return whether it was shown."""
    box = network_warning_box(parent, db_path)
    if box is None:
        return False
    log.warning("database on a network drive")
    box.exec()
    return True

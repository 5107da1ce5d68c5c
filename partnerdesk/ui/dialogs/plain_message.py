"""Message boxes whose text is always plain: names, paths and notes never turn into markup.

``QMessageBox.warning(...)`` and friends guess rich text with ``Qt.mightBeRichText``; a path or
an apprentice named ``<b>x</b>`` would render bold. These helpers build the box, fix the text
format to plain text and return the button that was pressed (tests patch ``QMessageBox.exec``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    informative: str = "",
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    box.setDefaultButton(default)
    return Button(box.exec())


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    ask(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok, informative)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    ask(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok)


def confirm(parent: QWidget | None, title: str, text: str, informative: str = "") -> bool:
    """Yes/No with "No" as default: destructive actions need a deliberate yes."""
    return (
        ask(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            Button.Yes | Button.No,
            Button.No,
            informative,
        )
        == Button.Yes
    )


def ask_unsaved(parent: QWidget | None, what: str) -> Button:
    """Save / Discard / Cancel before leaving unsaved work; Cancel is the safe default."""
    return ask(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PlainMessage", "Ungespeicherte Änderungen"),
        QCoreApplication.translate("PlainMessage", "{0} hat ungespeicherte Änderungen.").format(
            what
        ),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Cancel,
        QCoreApplication.translate(
            "PlainMessage", "Jetzt speichern, verwerfen oder zurück zur Bearbeitung?"
        ),
    )


def storage_error(parent: QWidget | None, exc: BaseException) -> None:
    """A database fault: the colleague's dialog when it exists, else a plain warning."""
    try:
        from partnerdesk.ui.dialogs.error_dialog import show_storage_error
    except ImportError:
        warn(
            parent,
            QCoreApplication.translate("PlainMessage", "Speichern fehlgeschlagen"),
            QCoreApplication.translate(
                "PlainMessage", "Die Daten konnten nicht gespeichert werden."
            ),
            str(exc),
        )
        return
    show_storage_error(parent, exc)

"""After a record was saved: say where, and offer "PDF öffnen", "Ordner öffnen", "Drucken …".

The path and any warning (characters printed as a marker) are plain text. Opening goes
through ``QDesktopServices`` (the PC's PDF viewer / file manager); ``opener`` is replaceable
so tests see what would be opened without starting a viewer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def open_with_desktop(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class RecordSavedDialog(QMessageBox):
    def __init__(
        self,
        path: Path,
        warnings: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], bool] = open_with_desktop,
        on_print: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._opener = opener
        self._on_print = on_print
        self.setIcon(QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Protokoll gespeichert"))
        self.setText(self.tr("Das Protokoll wurde gespeichert:\n{0}").format(path))
        if warnings:
            self.setInformativeText("\n".join(warnings))
        self.open_pdf_button = QPushButton(self.tr("PDF öffnen"), self)
        self.open_folder_button = QPushButton(self.tr("Ordner öffnen"), self)
        self.print_button = QPushButton(self.tr("Drucken …"), self)
        for button in (self.open_pdf_button, self.open_folder_button, self.print_button):
            self.addButton(button, QMessageBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.print_button.setVisible(on_print is not None)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)
        # ActionRole buttons close a QMessageBox too; keep it open until "Schließen".
        self.open_pdf_button.clicked.disconnect()
        self.open_folder_button.clicked.disconnect()
        self.print_button.clicked.disconnect()
        self.open_pdf_button.clicked.connect(self.on_open_pdf)
        self.open_folder_button.clicked.connect(self.on_open_folder)
        self.print_button.clicked.connect(self.on_print)

    @Slot()
    def on_open_pdf(self) -> None:
        self._opener(QUrl.fromLocalFile(str(self.path)))

    @Slot()
    def on_open_folder(self) -> None:
        self._opener(QUrl.fromLocalFile(str(self.path.parent)))

    @Slot()
    def on_print(self) -> None:
        if self._on_print is not None:
            self._on_print()

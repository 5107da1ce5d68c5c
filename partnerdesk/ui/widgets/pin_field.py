"""A PIN field whose digits never reach the accessibility bus.

A ``QLineEdit`` in password mode masks what it paints and what its text interface returns,
but Qt still sends every typed character in clear in its text-inserted events (and the
whole text in the text-removed event when it is cleared): any program on the AT-SPI bus
(or a UI Automation client on Windows) could read the advisor PIN. Here the line edit only
ever holds mask characters; the digits live in Python and are returned by ``text()``. Its
role stays "password text" (the echo mode), so screen readers say "PIN, password".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

MASK = "•"


class PinField(QLineEdit):
    """*digits_only*: a PIN; otherwise any printable text (a password), kept the same way."""

    def __init__(
        self, max_length: int, parent: QWidget | None = None, *, digits_only: bool = True
    ) -> None:
        super().__init__(parent)
        self._digits = ""
        self._digits_only = digits_only
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(max_length)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def text(self) -> str:  # type: ignore[override]
        return self._digits

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._digits = text[: self.maxLength()]
        super().setText(MASK * len(self._digits))

    def insert(self, text: str) -> None:  # type: ignore[override]
        digits = "".join(ch for ch in text if self._accepts(ch))
        start, length = self._selection()
        room = self.maxLength() - (len(self._digits) - length)
        digits = digits[: max(0, room)]
        if not digits:
            return
        self._digits = self._digits[:start] + digits + self._digits[start + length :]
        super().insert(MASK * len(digits))

    def _accepts(self, ch: str) -> bool:
        return "0" <= ch <= "9" if self._digits_only else ch.isprintable()

    def _selection(self) -> tuple[int, int]:
        if self.hasSelectedText():
            return self.selectionStart(), len(self.selectedText())
        return self.cursorPosition(), 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.insert(QGuiApplication.clipboard().text())
            return
        if (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.matches(QKeySequence.StandardKey.Cut)
        ):
            return  # the digits are not on Qt's undo stack; nothing to restore or cut
        key = event.key()
        start, length = self._selection()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if length:
                self._digits = self._digits[:start] + self._digits[start + length :]
            elif key == Qt.Key.Key_Backspace and start > 0:
                self._digits = self._digits[: start - 1] + self._digits[start:]
            elif key == Qt.Key.Key_Delete:
                self._digits = self._digits[:start] + self._digits[start + 1 :]
            super().keyPressEvent(event)
            return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            self.insert(text)  # digits only; anything else is dropped like a validator would
            return
        before = super().text()
        super().keyPressEvent(event)
        if len(super().text()) != len(before):  # an editing key not handled above
            self.setText("")

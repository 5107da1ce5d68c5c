"""Set (or change) the advisor PIN that guards leaving kiosk mode.

Kiosk mode cannot start without a PIN: ``ensure_pin(parent)`` returns at once when one is
stored and otherwise asks for it. Only the scrypt hash is stored (``kiosk/pin_hash``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.pin import (
    MAX_DIGITS,
    MIN_DIGITS,
    PinError,
    check_pin_rules,
    hash_pin,
    is_guessable,
)
from partnerdesk.ui.a11y import announce, name_from_label
from partnerdesk.ui.kiosk.settings import load_pin_hash, save_pin_hash
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.pin_field import PinField


class PinSetupDialog(Retranslatable, QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, save: Callable[[str], None] = save_pin_hash
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.pin = self._field()
        self.repeat = self._field()
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A8001A;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.pin_label = QLabel()
        self.repeat_label = QLabel()
        for label in (self.pin_label, self.repeat_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.pin_label, self.pin)
        self.form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _field(self) -> QLineEdit:
        # Digits only; they never reach the accessibility bus (see PinField).
        return PinField(MAX_DIGITS + 4)  # a little room so "too long" can be said

    @Slot()
    def on_accept(self) -> None:
        pin, repeat = self.pin.text(), self.repeat.text()
        try:
            check_pin_rules(pin)
        except PinError as exc:
            self._show_error(self._rule_text(pin, exc))
            return
        if pin != repeat:
            self._show_error(self.tr("Die beiden Eingaben stimmen nicht überein."))
            return
        self._save(hash_pin(pin))
        for field in (self.pin, self.repeat):
            field.setText("")  # not clear(): that keeps the PIN on the undo stack
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        announce(self.error, text, assertive=True)

    def _rule_text(self, pin: str, exc: PinError) -> str:
        if not pin:
            return self.tr("Bitte eine PIN eingeben.")
        if len(pin) < MIN_DIGITS:
            return self.tr("Die PIN ist zu kurz: mindestens {n} Ziffern.").format(n=MIN_DIGITS)
        if len(pin) > MAX_DIGITS:
            return self.tr("Die PIN ist zu lang: höchstens {n} Ziffern.").format(n=MAX_DIGITS)
        if pin.isascii() and pin.isdigit() and is_guessable(pin):
            return self.tr(
                "Diese PIN ist leicht zu erraten. Bitte keine gleichen Ziffern "
                "(000000), keine Reihen (123456, 987654) und keine Wiederholungen "
                "(121212)."
            )
        return self.tr("Die PIN darf nur Ziffern (0-9) enthalten.")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PIN für den Kiosk festlegen"))
        self.intro.setText(
            self.tr(
                "Der Selbstcheck-Kiosk lässt sich nur mit dieser PIN beenden. Wählen Sie {a} "
                "bis {b} Ziffern, die Auszubildende nicht erraten können: kein Geburtsdatum, "
                "keine gleichen Ziffern, keine Reihen wie 123456."
            ).format(a=MIN_DIGITS, b=MAX_DIGITS)
        )
        self.pin_label.setText(self.tr("Neue PIN:"))
        self.repeat_label.setText(self.tr("PIN wiederholen:"))
        name_from_label(self.pin, self.pin_label)
        name_from_label(self.repeat, self.repeat_label)


def ensure_pin(parent: QWidget | None = None) -> bool:
    """True if a PIN is stored (asking for one first if there is none)."""
    if load_pin_hash():
        return True
    dialog = PinSetupDialog(parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and bool(load_pin_hash())

"""The advisor's PIN prompt for leaving kiosk mode, with the growing lockout delay.

The lockout policy belongs to the kiosk window, not to the dialog or the session: closing
the dialog or pressing "Neu beginnen" must not reset the count of failures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.pin import MAX_DIGITS, LockoutPolicy
from partnerdesk.ui.a11y import announce
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.pin_field import PinField


class UnlockDialog(Retranslatable, QDialog):
    unlocked = Signal()

    def __init__(
        self, policy: LockoutPolicy, stored_hash: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setModal(True)
        self._policy = policy
        self._stored = stored_hash
        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.pin = PinField(MAX_DIGITS)  # digits only, never on the accessibility bus
        # Enter reaches the dialog's default button (OK), never Cancel: QLineEdit passes
        # Return on, and a returnPressed connection as well would submit twice.
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setObjectName("obstacle")
        self.ok = QPushButton()
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.on_submit)
        self.cancel = QPushButton()
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self.on_tick)
        self.retranslate()
        self.on_tick()

    @Slot()
    def on_submit(self) -> None:
        pin = self.pin.text()
        # setText("") rather than clear(): clear() keeps the typed PIN on the undo stack.
        self.pin.setText("")
        if not pin:
            self.message.setText(self.tr("Bitte die PIN eingeben."))
            return
        if not self._stored:
            self.message.setText(
                self.tr("Es ist keine PIN festgelegt. Bitte im Beratungsmodus eine PIN festlegen.")
            )
            announce(self.message, self.message.text(), assertive=True)
            return
        if not self._policy.allowed():
            self.on_tick()
            return
        if self._policy.attempt(pin, self._stored):
            self.unlocked.emit()
            self.accept()
            return
        self.message.setText(self.tr("Die PIN stimmt nicht. Bitte noch einmal eingeben."))
        self.on_tick()
        self.pin.setFocus()
        announce(self.message, self.message.text(), assertive=True)

    @Slot()
    def on_tick(self) -> None:
        remaining = self._policy.remaining()
        locked = remaining > 0
        self.pin.setEnabled(not locked)
        self.ok.setEnabled(not locked)
        if locked:
            self.message.setText(
                self.tr(
                    "Zu viele falsche Versuche. Nächster Versuch in {seconds} Sekunden."
                ).format(seconds=int(remaining + 0.999))
            )
            self._tick.start()
        else:
            if self._tick.isActive():
                self._tick.stop()
                self.message.setText("")
                self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiosk beenden"))
        self.prompt.setText(self.tr("Nur für die Beratung: PIN eingeben, um den Kiosk zu beenden."))
        self.pin.setAccessibleName(self.tr("PIN der Beratung"))
        self.ok.setText(self.tr("Beenden"))
        self.ok.setAccessibleName(self.ok.text())
        self.cancel.setText(self.tr("Abbrechen"))
        self.cancel.setAccessibleName(self.cancel.text())

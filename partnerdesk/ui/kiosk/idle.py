"""IdleGuard: notices when nobody has used the terminal for a while.

After ``timeout_ms`` without keyboard, mouse or touch input it emits ``warningStarted``; if
nothing happens for ``warning_ms`` more it emits ``expired``. Any input during the warning
emits ``resumed`` and starts over. Input is watched with an event filter on the application,
so every window and popup of the kiosk counts. Timers, not sleeps, so tests use short ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal, Slot

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleGuard(QObject):
    warningStarted = Signal(int)  # seconds left
    resumed = Signal()
    expired = Signal()

    def __init__(self, timeout_ms: int, warning_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_ms = warning_ms
        self._warning = False
        self._since_warning = QElapsedTimer()
        self._idle = QTimer(self, singleShot=True, interval=timeout_ms)
        self._idle.timeout.connect(self.on_idle)
        self._final = QTimer(self, singleShot=True, interval=warning_ms)
        self._final.timeout.connect(self.on_final)
        self._watching = False

    @property
    def warning(self) -> bool:
        return self._warning

    def seconds_left(self) -> int:
        if not self._warning:
            return 0
        left = self._warning_ms - self._since_warning.elapsed()
        return max(0, (left + 999) // 1000)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self.poke()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        self._idle.stop()
        self._final.stop()
        self._warning = False

    def poke(self) -> None:
        """Count as input now: restart the idle period (and end a warning)."""
        self._final.stop()
        was_warning = self._warning
        self._warning = False
        self._idle.start()
        if was_warning:
            self.resumed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            # MouseMove without a button comes from a cable jiggle as well as from a person;
            # it still counts, as on most kiosks, but only outside the warning: continuing
            # after the warning needs a key, a click or a touch.
            if self._warning and event.type() == QEvent.Type.MouseMove:
                return False
            swallow = self._warning and event.type() in (
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
            )
            self.poke()
            # The key that ends the warning only ends it: it must not also tick a box.
            return swallow
        return False

    @Slot()
    def on_idle(self) -> None:
        self._warning = True
        self._since_warning.start()
        self._final.start()
        self.warningStarted.emit(self.seconds_left())

    @Slot()
    def on_final(self) -> None:
        self._warning = False
        self.expired.emit()
        self._idle.start()

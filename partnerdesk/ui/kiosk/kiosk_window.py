"""KioskWindow: the full-screen shell of the shared terminal.

It owns what outlives a session - the city data, the matcher, the kiosk's store, the idle
guard, the PIN lockout - and one ``KioskWizard`` at a time. A reset ("Neu beginnen", Esc,
Alt+F4, the idle timeout) destroys the wizard with every widget in it and builds a fresh
one: new widgets have no undo history and no leftover state, which ``clear()`` on old
widgets could not promise. The clipboard is emptied too, and the language goes back to the
kiosk's own default (German unless the kiosk was started with ``--lang``; never the
advisor's setting). "Neu beginnen" and Esc ask first ("Wirklich alles löschen?",
``WipeConfirm``) once something was entered; the idle timeout and Alt+F4 do not ask.

There is no menu and no file dialog. The window can only be closed after the advisor PIN
was entered (``UnlockDialog``); any other close request is refused and resets instead.
``app.py`` shows it with ``showFullScreen()``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from partnerdesk.core.domain import City
from partnerdesk.core.matching import Matcher
from partnerdesk.store.handovers import KioskStore
from partnerdesk.ui.a11y import set_role
from partnerdesk.ui.i18n import current_language, set_language
from partnerdesk.ui.kiosk.confirm import WipeConfirm
from partnerdesk.ui.kiosk.idle import IdleGuard
from partnerdesk.ui.kiosk.pages_input import label
from partnerdesk.ui.kiosk.settings import KioskSettings, load_pin_hash, persistent_lockout
from partnerdesk.ui.kiosk.style import kiosk_stylesheet
from partnerdesk.ui.kiosk.unlock_dialog import UnlockDialog
from partnerdesk.ui.kiosk.wizard import KioskWizard
from partnerdesk.ui.retranslate import Retranslatable


class KioskWindow(Retranslatable, QWidget):
    sessionReset = Signal(str)  # why: "button", "escape", "close", "idle"
    exitUnlocked = Signal()

    def __init__(
        self,
        cities: list[City],
        kiosk_store: KioskStore,
        settings: KioskSettings,
        parent: QWidget | None = None,
        *,
        pin_hash: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        default_lang: str = "de",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        # A top-level plain QWidget is a "filler" on AT-SPI; screen readers look for a frame.
        set_role(self, QAccessible.Role.Window)
        self._cities = list(cities)
        self._matcher = Matcher(self._cities)
        self._store = kiosk_store
        self._settings = settings
        self._pin_hash = load_pin_hash() if pin_hash is None else pin_hash
        # Kept in the settings file: restarting the kiosk must not reset the failures.
        self._policy = persistent_lockout(clock)
        self._default_lang = default_lang
        if current_language() != default_lang:
            set_language(default_lang)
        self._unlocked = False
        self._unlock: UnlockDialog | None = None
        self._confirm: WipeConfirm | None = None
        self.wizard: KioskWizard | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build_warning()
        self._idle = IdleGuard(settings.idle_timeout_ms, settings.warning_ms, self)
        self._idle.warningStarted.connect(self.on_idle_warning)
        self._idle.resumed.connect(self.on_idle_resumed)
        self._idle.expired.connect(self.on_idle_expired)
        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self.on_countdown)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self).activated.connect(self.on_exit_requested)
        self._new_session()
        self._idle.start()
        self.retranslate()

    # --- sessions ---------------------------------------------------------------------------

    def _new_session(self) -> None:
        wizard = KioskWizard(
            self._cities,
            self._matcher,
            self._store.create_handover,
            self._settings,
            experiences=self._store.experiences,
        )
        wizard.restartRequested.connect(self.on_restart)
        wizard.exitRequested.connect(self.on_exit_requested)
        wizard.printRequested.connect(self.on_print)
        self._layout.addWidget(wizard)
        self.wizard = wizard
        self.warning.raise_()
        wizard.start_page.german.setFocus()

    def reset(self, reason: str = "button") -> None:
        """Wipe the session: destroy its widgets, empty the clipboard, back to the start."""
        self._close_confirm()
        self._close_unlock()
        self._hide_warning()
        old = self.wizard
        self.wizard = None
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.setParent(None)  # type: ignore[call-overload]
            old.deleteLater()
            del old
        clear_clipboard()
        if current_language() != self._default_lang:
            set_language(self._default_lang)
        self._new_session()
        gc.collect()  # Python wrappers of the old session go now, not at some later time
        self._idle.poke()
        self.sessionReset.emit(reason)

    def _close_unlock(self) -> None:
        if self._unlock is not None:
            dialog, self._unlock = self._unlock, None
            dialog.unlocked.disconnect(self.on_unlocked)
            dialog.close()
            dialog.setParent(None)  # type: ignore[call-overload]
            dialog.deleteLater()

    # --- asking before a wipe -------------------------------------------------------------

    def ask_reset(self, reason: str) -> None:
        """Wipe after "Ja, alles löschen"; at once when nothing was entered yet."""
        if self.wizard is None or self.wizard.is_pristine():
            self.reset(reason)
            return
        if self._confirm is not None:
            return
        dialog = WipeConfirm(self)
        dialog.setStyleSheet(kiosk_stylesheet(self.wizard.large))
        dialog.fit(max(320, min(self.width() - 80, 820 if self.wizard.large else 640)))
        dialog.accepted.connect(lambda: self.reset(reason))
        dialog.finished.connect(self.on_confirm_finished)
        self._confirm = dialog
        dialog.open()

    @property
    def confirm_dialog(self) -> WipeConfirm | None:
        return self._confirm

    @Slot()
    def on_confirm_finished(self) -> None:
        QTimer.singleShot(0, self._close_confirm)

    def _close_confirm(self) -> None:
        if self._confirm is not None:
            dialog, self._confirm = self._confirm, None
            dialog.finished.disconnect(self.on_confirm_finished)
            dialog.close()
            dialog.setParent(None)  # type: ignore[call-overload]
            dialog.deleteLater()

    # --- idle ------------------------------------------------------------------------------

    def _build_warning(self) -> None:
        self.warning = QFrame(self)
        self.warning.setObjectName("warningBox")
        self.warning.setStyleSheet(kiosk_stylesheet(True))
        box = QVBoxLayout(self.warning)
        box.setContentsMargins(32, 24, 32, 24)
        self.warning_text = label("warningText")
        self.warning_hint = label()
        self.warning_button = QPushButton()
        self.warning_button.setObjectName("primary")
        self.warning_button.clicked.connect(self.on_continue)
        box.addWidget(self.warning_text)
        box.addWidget(self.warning_hint)
        box.addWidget(self.warning_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.warning.hide()

    def _place_warning(self) -> None:
        width = min(self.width() - 40, max(420, self.width() * 2 // 3))
        self.warning.setFixedWidth(max(200, width))
        self.warning.adjustSize()
        self.warning.move(
            (self.width() - self.warning.width()) // 2, (self.height() - self.warning.height()) // 2
        )

    def _hide_warning(self) -> None:
        self._countdown.stop()
        self.warning.hide()

    @Slot(int)
    def on_idle_warning(self, seconds: int) -> None:
        if self.wizard is not None and self.wizard.is_pristine() and self._unlock is None:
            self._idle.poke()  # nothing to protect: no warning, no reset
            return
        self.on_countdown()
        self.warning.show()
        self.warning.raise_()
        self._place_warning()
        self._countdown.start()

    @Slot()
    def on_countdown(self) -> None:
        self.warning_text.setText(self.tr("Bist du noch da?"))
        self.warning_hint.setText(
            self.tr(
                "In {seconds} Sekunden wird alles gelöscht und der Kiosk beginnt von vorn. "
                "Drück eine beliebige Taste oder tippe auf den Bildschirm, um weiterzumachen."
            ).format(seconds=self._idle.seconds_left())
        )
        self.warning_button.setText(self.tr("Weitermachen"))
        self.warning_button.setAccessibleName(self.warning_button.text())

    @Slot()
    def on_continue(self) -> None:
        self._idle.poke()

    @Slot()
    def on_idle_resumed(self) -> None:
        self._hide_warning()

    @Slot()
    def on_idle_expired(self) -> None:
        self.reset("idle")

    # --- leaving ---------------------------------------------------------------------------

    @Slot()
    def on_restart(self) -> None:
        self.ask_reset("button")

    @Slot()
    def on_exit_requested(self) -> None:
        if self._unlock is not None:
            return
        self._unlock = UnlockDialog(self._policy, self._pin_hash, self)
        self._unlock.setStyleSheet(kiosk_stylesheet(False))
        self._unlock.unlocked.connect(self.on_unlocked)
        self._unlock.rejected.connect(self.on_unlock_closed)
        self._unlock.open()

    @Slot()
    def on_unlock_closed(self) -> None:
        QTimer.singleShot(0, self._close_unlock)

    @Slot()
    def on_unlocked(self) -> None:
        self._unlocked = True
        self._idle.stop()
        self.exitUnlocked.emit()
        self.close()

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    @Slot(str)
    def on_print(self, markup: str) -> None:
        from partnerdesk.ui.kiosk.printing import print_html

        print_html(markup, self._settings.printer_name)

    # --- events ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.ask_reset("escape")
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            self._idle.stop()
            event.accept()
            return
        # Alt+F4 or a window manager close: back to the start screen, not out.
        event.ignore()
        self.reset("close")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.warning.isVisible():
            self._place_warning()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartnerDesk – Selbstcheck"))
        if self.warning.isVisible():
            self.on_countdown()  # the idle warning's texts are set by the countdown


def clear_clipboard() -> None:
    """Empty the clipboard and the X11 selection: the kiosk owns this terminal's clipboard."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if mode == QClipboard.Mode.Clipboard or clipboard.supportsSelection():
            clipboard.clear(mode)

"""Unexpected exceptions: log them and say so in a dialog instead of vanishing.

``install_excepthook(app)`` replaces ``sys.excepthook`` (exceptions escaping Qt slots end up
there in PySide6) and ``threading.excepthook`` (worker threads). The traceback goes to the
log file; the dialog names the kind of error and where the log is, in plain text. Data that
was saved stays saved; the user decides whether to keep working or quit.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot

if TYPE_CHECKING:
    # The widgets are imported when a box is shown: the hook is installed before the first
    # paint, and creating QMessageBox's Python types and enums cost ~10 ms there.
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("partnerdesk.crash")


def crash_box(exc: BaseException, log_path: str, parent: QWidget | None = None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unerwarteter Fehler"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "In PartnerDesk ist ein unerwarteter Fehler aufgetreten ({kind}). Bereits "
            "Gespeichertes ist sicher. Speichern Sie offene Eingaben, wenn möglich, und starten "
            "Sie PartnerDesk neu, falls es sich ungewöhnlich verhält.",
        ).format(kind=type(exc).__name__)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "Einzelheiten stehen in der Protokolldatei:\n{log}\nBitte geben Sie diese Datei an "
            "die IT weiter, wenn Sie den Fehler melden.",
        ).format(log=log_path)
    )
    from partnerdesk.store.errors import redact  # no record content in the dialog either

    box.setDetailedText(redact("".join(traceback.format_exception_only(type(exc), exc)).strip()))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("CrashDialog", "Weiterarbeiten")
    )
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("CrashDialog", "PartnerDesk beenden")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


class CrashReporter(QObject):
    """Owns the hooks; shows at most one dialog at a time, always on the GUI thread."""

    def __init__(self, app: QApplication, log_path: str) -> None:
        super().__init__(app)
        self.app = app
        self.log_path = log_path
        self.showing = False
        self.pending: BaseException | None = None
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_hook(kind, exc, tb)
            return
        log.critical("unexpected exception", exc_info=(kind, exc, tb))
        self.pending = exc
        # From a worker thread the dialog must be created on the GUI thread.
        QMetaObject.invokeMethod(self, "on_show_pending", Qt.ConnectionType.QueuedConnection)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot()
    def on_show_pending(self) -> None:
        if self.showing or self.pending is None:
            return  # one dialog at a time; the log has every exception
        exc, self.pending = self.pending, None
        self.showing = True
        try:
            box = crash_box(exc, self.log_path, self.app.activeWindow())
            if box.exec() == box.StandardButton.Close:
                self.app.exit(1)
        finally:
            self.showing = False

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook


def install_excepthook(app: QApplication, log_path: str | None = None) -> CrashReporter:
    """Route unhandled exceptions to the log and a dialog; returns the reporter."""
    if log_path is None:
        from partnerdesk.logging_setup import log_file

        log_path = str(log_file())
    reporter = CrashReporter(app, log_path)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter

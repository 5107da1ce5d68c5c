"""Start the shared-terminal mode from the advisor's window ("Selbstcheck-Terminal
starten …"), so nobody has to type ``partnerdesk --kiosk``.

The kiosk runs as its own process (full screen, its own restricted store); the advisor's
window closes after unsaved work is dealt with, so the terminal shows no personal data behind
the kiosk. Leaving the kiosk needs the advisor PIN, which is set up here first if missing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess


def kiosk_command() -> tuple[str, list[str]]:
    """The program and arguments that start the kiosk of *this* installation."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--kiosk"]
    return sys.executable, ["-m", "partnerdesk", "--kiosk"]


def start_kiosk_process(start: Callable[[str, list[str]], bool] | None = None) -> bool:
    """Start the kiosk detached; True if the process could be started."""
    program, arguments = kiosk_command()
    if start is None:
        return bool(QProcess.startDetached(program, arguments))
    return start(program, arguments)

"""Slow work off the GUI thread while the caller waits for its result, with a busy indicator.

``run_busy(parent, text, work)`` hands *work* to the background runner and spins a local
event loop until it reports back: the window keeps painting and a window-modal progress
dialog (shown after ``SHOW_AFTER_MS``) says what is happening, while the caller keeps a plain
synchronous flow. The dialog has no cancel button: the work (parsing a data pack, replacing
the city tables in one transaction) cannot be stopped half-way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnerdesk.qt.background import Runner, default_runner

T = TypeVar("T")
SHOW_AFTER_MS = 200


def run_busy(parent: QWidget, text: str, work: Callable[[], T], runner: Runner | None = None) -> T:
    """The result of *work*, computed on a pool thread; its exception is raised here."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def done(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAccessibleName(text)
    (runner or default_runner()).run(work, done, failed)
    if not outcome:
        loop.exec()
    progress.reset()
    progress.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["result"]  # type: ignore[return-value]

"""The one way to run slow work off the GUI thread, like Anki's ``QueryOp``.

``runner.run(work, on_done, on_failed)`` runs ``work()`` on the runner's ``QThreadPool``;
its result (or exception) comes back through a queued signal, so ``on_done(result)`` and
``on_failed(exc)`` always run on the GUI thread and may touch widgets. Without
``on_failed`` an exception goes to ``sys.excepthook`` (the crash dialog), never lost.

Work must not touch widgets; Qt objects without a GUI (``QTextDocument``, ``QPdfWriter``)
are fine on a pool thread, which has an event dispatcher (a plain Python thread has none
and makes Qt warn). ``wait()`` blocks until all submitted work has finished: the app calls
it before the database closes; afterwards every callback has run.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


@dataclass(slots=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[BaseException], None] | None


class _Job(QRunnable):
    def __init__(self, runner: Runner, number: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._runner = runner
        self._number = number
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self._runner.jobFailed.emit(self._number, exc)
        else:
            self._runner.jobDone.emit(self._number, result)


class Runner(QObject):
    """Runs callables on a thread pool and reports back on the thread that owns it."""

    # Emitted from pool threads; the connections below are queued to the runner's thread.
    jobDone = Signal(int, object)
    jobFailed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self.jobDone.connect(self.on_job_done)
        self.jobFailed.connect(self.on_job_failed)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        number = next(self._numbers)
        self._pending[number] = _Callbacks(on_done, on_failed)
        self._pool.start(_Job(self, number, work))

    def busy(self) -> bool:
        """Whether submitted work has not reported back yet."""
        return bool(self._pending)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every job has run and reported back; False on timeout.

        Call it on the runner's thread: the queued reports are delivered here, so every
        ``on_done``/``on_failed`` has run when it returns True.
        """
        if not self._pool.waitForDone(timeout_ms):
            return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return True

    @Slot(int, object)
    def on_job_done(self, number: int, result: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)

    @Slot(int, object)
    def on_job_failed(self, number: int, exc: BaseException) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None and callbacks.on_failed is not None:
            callbacks.on_failed(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


_default: Runner | None = None


def default_runner() -> Runner:
    """The application's runner (created on first use, on the GUI thread)."""
    global _default
    if _default is None:
        _default = Runner()
    return _default

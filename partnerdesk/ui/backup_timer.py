"""The automatic backup: a timer asks ``BackupPolicy`` every few minutes, off the GUI thread.

The policy backs up at most every 30 minutes and only when the database files changed
(every commit writes the ``-wal`` file), so an idle app makes no backups. The copy runs on
the background runner (``partnerdesk.qt.background``): with a large database it takes
longer than a frame.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from partnerdesk.qt.background import Runner, default_runner
from partnerdesk.store.backup import BackupError
from partnerdesk.store.rotation import BackupPolicy

CHECK_INTERVAL_MS = 5 * 60 * 1000
log = logging.getLogger("partnerdesk.backup")


class BackupTimer(QObject):
    """``backupMade(path)`` after each automatic backup, ``backupFailed(message)`` on error."""

    backupMade = Signal(str)
    backupFailed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner if runner is not None else default_runner()
        self.policy = BackupPolicy(db_path, backup_dir)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_timeout)
        self._running = False

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def on_timeout(self) -> None:
        if self._running:
            return
        changed = self.policy.files_changed()
        self._running = True
        self._runner.run(lambda: self._backup(changed), self.on_backup_done, self.on_backup_failed)

    def _backup(self, changed: bool) -> Path | None:
        """Runs on a pool thread."""
        return self.policy.maybe_backup(datetime.now(UTC), data_changed=changed)

    def on_backup_done(self, path: Path | None) -> None:
        self._running = False
        if path is not None:
            log.info("automatic backup %s", path.name)
            self.backupMade.emit(str(path))

    def on_backup_failed(self, exc: BaseException) -> None:
        self._running = False
        if not isinstance(exc, BackupError | OSError):
            raise exc  # a bug, not a full disk: the crash dialog shows it
        log.warning("automatic backup failed: %s", exc)
        self.backupFailed.emit(str(exc))

    def stop(self) -> None:
        """Stop the timer and wait for a running backup (call before closing the store)."""
        self.timer.stop()
        self._runner.wait()

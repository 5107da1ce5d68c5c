"""The automatic backup: a timer asks ``BackupPolicy`` every few minutes, off the GUI thread.

The policy backs up at most every 30 minutes and only when the database files changed
(every commit writes the ``-wal`` file), so an idle app makes no backups. The copy runs on
a worker thread: with a large database it takes longer than a frame.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from partnerdesk.store.backup import BackupError, BackupPolicy

CHECK_INTERVAL_MS = 5 * 60 * 1000
log = logging.getLogger("partnerdesk.backup")


class BackupTimer(QObject):
    """``backupMade(path)`` after each automatic backup, ``backupFailed(message)`` on error."""

    backupMade = Signal(str)
    backupFailed = Signal(str)

    def __init__(self, db_path: Path, backup_dir: Path, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.policy = BackupPolicy(db_path, backup_dir)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_timeout)
        self._worker: threading.Thread | None = None

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def on_timeout(self) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        changed = self.policy.files_changed()
        self._worker = threading.Thread(target=self._run, args=(changed,),
                                        name="auto-backup", daemon=False)
        self._worker.start()

    def _run(self, changed: bool) -> None:
        try:
            path = self.policy.maybe_backup(datetime.now(UTC), data_changed=changed)
        except (BackupError, OSError) as exc:
            log.warning("automatic backup failed: %s", exc)
            self.backupFailed.emit(str(exc))
            return
        if path is not None:
            log.info("automatic backup %s", path.name)
            self.backupMade.emit(str(path))

    def stop(self) -> None:
        """Stop the timer and wait for a running backup (call before closing the store)."""
        self.timer.stop()
        if self._worker is not None:
            self._worker.join()

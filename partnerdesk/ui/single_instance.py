"""One running PartnerDesk per data folder.

A ``QLockFile`` in the data folder says who has the database open: the process id, program
and computer name. A second start on the same folder either asks the first (over a
``QLocalServer`` named after the folder) to bring its window to the front and then quits,
or — if the lock belongs to another computer (a shared network folder) or to a process that
does not answer — says plainly where the database is open. A lock left by a crashed
process on this computer is recognised (the pid is gone) and taken over.

Qt's own stale-lock handling is switched off (``setStaleLockTime(0)``): by default Qt
declares any lock older than 30 seconds stale, and the app holds its lock for hours.
"""

from __future__ import annotations

import enum
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from partnerdesk.store.location import lock_path, pid_alive

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1500


class InstanceState(enum.Enum):
    PRIMARY = "primary"  # we hold the lock: go on starting
    ACTIVATED_OTHER = "activated"  # the running copy was asked to come to the front: exit 0
    HELD_ELSEWHERE = "held"  # open on another computer or by a process that does not answer
    NO_ACCESS = "no_access"  # the lock file cannot be written (read-only folder)


@dataclass(frozen=True, slots=True)
class InstanceStatus:
    state: InstanceState
    message: str = ""
    pid: int = 0
    hostname: str = ""

    @property
    def exit_code(self) -> int:
        return 0 if self.state is InstanceState.ACTIVATED_OTHER else 1


def server_name(data_dir: Path) -> str:
    """A local-socket name unique per data folder and user (short: Unix sockets are)."""
    key = f"{Path(data_dir).expanduser().resolve()}|{os.environ.get('USER', '')}"
    return "partnerdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """Hold the data folder's lock; ``activationRequested`` when a second start asks."""

    activationRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock = QLockFile(str(lock_path(self.data_dir)))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> InstanceStatus:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._try_lock():
            self._listen()
            return InstanceStatus(InstanceState.PRIMARY)
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return InstanceStatus(InstanceState.NO_ACCESS, self._no_access_text())
        pid, hostname, _app = self._lock.getLockInfo()
        if hostname and hostname != QSysInfo.machineHostName():
            return InstanceStatus(
                InstanceState.HELD_ELSEWHERE, self._elsewhere_text(hostname), pid, hostname
            )
        if self._ask_running_copy():
            return InstanceStatus(
                InstanceState.ACTIVATED_OTHER,
                QCoreApplication.translate(
                    "SingleInstance",
                    "PartnerDesk läuft bereits; das vorhandene Fenster wurde nach vorne geholt.",
                ),
                pid,
                hostname,
            )
        return InstanceStatus(InstanceState.HELD_ELSEWHERE, self._busy_text(pid), pid, hostname)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # --- internals ----------------------------------------------------------------------

    def _try_lock(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return False
        pid, hostname, _app = self._lock.getLockInfo()
        # Stale: written on this computer by a process that no longer exists (a crash,
        # a power cut). A lock from another computer is never taken over automatically.
        same_host = not hostname or hostname == QSysInfo.machineHostName()
        if same_host and not pid_alive(pid) and self._lock.removeStaleLockFile():
            return self._lock.tryLock(0)
        return False

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed copy; we hold the lock, so it is ours to remove.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        server.newConnection.connect(self.on_new_connection)
        self._server = server

    def _ask_running_copy(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    @Slot()
    def on_new_connection(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._on_ready_read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._on_ready_read(connection)

    def _on_ready_read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            self.activationRequested.emit()

    def _elsewhere_text(self, hostname: str) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "Die Datenbank ist bereits auf dem Computer „{host}“ geöffnet. Schließen Sie "
            "PartnerDesk dort und starten Sie es hier erneut. (Datenordner: {folder})",
        ).format(host=hostname, folder=self.data_dir)

    def _busy_text(self, pid: int) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "Die Datenbank ist bereits von einem anderen PartnerDesk geöffnet (Prozess {pid}), "
            "das nicht antwortet. Schließen Sie es (notfalls im Task-Manager) und starten Sie "
            "erneut. (Datenordner: {folder})",
        ).format(pid=pid, folder=self.data_dir)

    def _no_access_text(self) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "PartnerDesk kann im Datenordner nicht schreiben: {folder}. Bitten Sie die IT um "
            "Schreibrechte für diesen Ordner.",
        ).format(folder=self.data_dir)


def bring_to_front(window: QWidget) -> None:
    """Show *window* un-minimised and on top (the slot for ``activationRequested``)."""
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()

"""Where the database lives, and whether that place is safe for SQLite in WAL mode.

WAL keeps its index in shared memory (the ``-shm`` file), which network file systems do not
share between computers: two PCs opening the same database on a network drive can each think
they own it and corrupt it. We cannot forbid a network drive (some offices only have those),
but the app warns clearly. This module also reads the single-instance lock file written by
the GUI (a ``QLockFile``) so Qt-free callers such as ``partnerdesk db restore`` can refuse
to replace a database that a running app still has open.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.core.catalogue import text

LOCK_FILENAME = "partnerdesk.lock"

# File system types (as in /proc/self/mountinfo or statfs) that live on another computer.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "afpfs",
        "webdav",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.rclone",
    }
)


def _existing(path: Path) -> Path:
    """The path itself or its nearest existing parent (the database may not exist yet)."""
    path = path.expanduser().absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _unescape_mountinfo(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal (\040 ...).
    return (
        field.encode("latin-1")
        .decode("unicode_escape")
        .encode("latin-1")
        .decode("utf-8", "replace")
    )


def linux_fs_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The file system type of the mount holding *path*, from ``/proc/self/mountinfo``."""
    if mountinfo is None:
        target = str(_existing(path).resolve())
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    else:
        target = str(path)  # a test's made-up mount table: take the path as given
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5 or not right.split():
            continue
        mount_point = _unescape_mountinfo(fields[4])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), right.split()[0])
    return best[1] if best else None


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # UNC path: \\server\share
    import ctypes

    drive = os.path.splitdrive(str(_existing(path)))[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _macos_fs_type(path: Path) -> str | None:
    # os.statvfs has no f_fstypename; statfs(2) via ctypes does. Offsets of struct statfs
    # (64-bit inode version): f_fstypename is 16 bytes at offset 72.
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    buffer = ctypes.create_string_buffer(2168)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    if statfs(str(_existing(path)).encode(), buffer) != 0:
        return None
    return buffer.raw[72:88].split(b"\0", 1)[0].decode("ascii", "replace") or None


def is_network_path(path: Path | str) -> bool:
    """Whether *path* (or, if it does not exist yet, its nearest parent) is on a network."""
    path = Path(path)
    try:
        if sys.platform == "win32":
            return _windows_is_remote(path)
        if sys.platform == "darwin":
            fs = _macos_fs_type(path)
            return fs is not None and fs.lower() in {"smbfs", "nfs", "afpfs", "webdav"}
        fs = linux_fs_type(path)
    except (OSError, ValueError, AttributeError):
        return False  # unknown: no warning rather than a false alarm
    return fs is not None and fs.lower() in NETWORK_FS_TYPES


def network_warning(path: Path | str, lang: str) -> str:
    return text("storage.network_drive", path=path).get(lang)


# --- the GUI's single-instance lock, read without Qt ---------------------------------------


@dataclass(frozen=True, slots=True)
class LockOwner:
    pid: int
    hostname: str
    app: str
    boot_id: str = ""

    @property
    def local(self) -> bool:
        return not self.hostname or self.hostname == socket.gethostname()

    def alive(self) -> bool:
        """Whether the owner still runs (always assumed for another computer's lock).

        The same test ``QLockFile`` makes before the GUI takes a lock over, so the CLI and
        the GUI never disagree: a lock from before the last reboot is stale, and so is a pid
        that now belongs to another program (pids are reused).
        """
        if not self.local:
            return True
        if self.boot_id and _boot_id() not in ("", self.boot_id):
            return False
        if not pid_alive(self.pid):
            return False
        running = process_name(self.pid)
        return running is None or not self.app or running == Path(self.app).name


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def process_name(pid: int) -> str | None:
    """The file name of the program running as *pid* (Linux; ``None`` where unknown).

    Qt's ``QLockFile`` compares the same thing: the name of ``/proc/PID/exe``.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None
    return Path(target.removesuffix(" (deleted)")).name


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    return True


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


def lock_owner(data_dir: Path) -> LockOwner | None:
    """Who holds the GUI's lock on *data_dir*, or ``None`` if nobody (or a stale lock).

    ``QLockFile`` writes the pid, the application name and the host name, one per line.
    """
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0].strip())
    except (IndexError, ValueError):
        return None
    # Qt 6 adds the machine id and the boot id as lines 4 and 5.
    owner = LockOwner(
        pid=pid,
        app=lines[1].strip() if len(lines) > 1 else "",
        hostname=lines[2].strip() if len(lines) > 2 else "",
        boot_id=lines[4].strip() if len(lines) > 4 else "",
    )
    return owner if owner.alive() else None

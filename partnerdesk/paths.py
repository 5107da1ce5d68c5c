"""Where PartnerDesk keeps its files: the one place that knows, and who may read them.

Data lives in the platformdirs user data dir. ``PARTNERDESK_HOME`` overrides it for tests and
portable use; everything (database, backups, logs, settings) then lives below that folder.

On POSIX systems everything PartnerDesk writes is private to the user: folders 0700, files
0600 (the settings file holds the PIN hash, which a 4-digit PIN would not protect offline).
``private_umask()`` makes that the default for the whole process; ``secure_data_dir()``
tightens what an older version left readable. Windows keeps its ACLs (the user profile).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

ENV_HOME = "PARTNERDESK_HOME"
DB_FILENAME = "partnerdesk.sqlite3"


def home_override() -> Path | None:
    value = os.environ.get(ENV_HOME, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    override = home_override()
    if override is not None:
        return override
    import platformdirs

    return Path(platformdirs.user_data_dir("PartnerDesk", "StadtDortmund"))


def log_dir() -> Path:
    override = home_override()
    if override is not None:
        return override / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir("PartnerDesk", "StadtDortmund"))


def documents_dir() -> Path:
    """Default folder for exported records (the user's documents folder)."""
    override = home_override()
    if override is not None:
        return override / "documents"
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def database_path() -> Path:
    return data_dir() / DB_FILENAME


#: The folder name for backups, always beside the database file it backs up.
BACKUP_DIRNAME = "backups"


def backups_beside(db_path: Path) -> Path:
    """The backup folder of the database file *db_path*."""
    return Path(db_path).parent / BACKUP_DIRNAME


def backup_dir() -> Path:
    return backups_beside(database_path())


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def erasure_log_path() -> Path:
    return data_dir() / "erasures.jsonl"


def ensure_dirs() -> None:
    for path in (data_dir(), log_dir(), backup_dir()):
        make_private_dir(path)


# --- permissions ---------------------------------------------------------------------------

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PRIVATE_UMASK = 0o077
POSIX = os.name == "posix"


def private_umask() -> None:
    """New files 0600 and folders 0700 for the rest of this process (POSIX only)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Remove group and other access from an existing file or folder we own (no error)."""
    if not POSIX:
        return
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        mode = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        pass  # not ours to change: the check in docs/operations.md says what to do


def make_private_dir(path: Path) -> Path:
    """``mkdir -p`` with mode 0700 for the folders it creates, and 0700 for *path* itself."""
    missing = []
    current = Path(path)
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
    make_private(Path(path))
    return Path(path)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists (then only tighten it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        make_private(path)
        return
    os.close(fd)


def secure_data_dir(folder: Path | None = None) -> None:
    """Tighten the data folder and everything PartnerDesk keeps in it (not followed links)."""
    if not POSIX:
        return
    root = folder if folder is not None else data_dir()
    if not root.is_dir():
        return
    make_private(root)
    for current, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            make_private(Path(current) / name)
    if folder is None and home_override() is None:
        logs = log_dir()
        if logs.is_dir():
            make_private(logs)
            for entry in logs.iterdir():
                make_private(entry)

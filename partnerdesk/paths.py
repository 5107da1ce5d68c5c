"""Where PartnerDesk keeps its files: the one place that knows.

Data lives in the platformdirs user data dir. ``PARTNERDESK_HOME`` overrides it for tests and
portable use; everything (database, backups, logs, settings) then lives below that folder.
"""

from __future__ import annotations

import os
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


def ensure_dirs() -> None:
    for path in (data_dir(), log_dir(), backup_dir()):
        path.mkdir(parents=True, exist_ok=True)

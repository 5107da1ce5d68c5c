"""Which backups to keep: daily, weekly, monthly copies, and never one past the maximum age.

No backup is older than the maximum age (``max_age_days`` in ``[backups]`` of
``settings.ini``, default ``DEFAULT_MAX_AGE_DAYS``), whatever its reason; the same holds for
``.damaged-*`` files set aside by a recovery. Erased people can therefore live on in a backup
at most that long, and ``erasure.replay`` removes them again from anything restored
(docs/privacy.md). Plain Python like ``backup``: the store does not use Qt, so the setting is
read with ``configparser``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from partnerdesk.store.backup import (
    _TIME_FORMAT,
    BACKUP_INTERVAL,
    REASON_AUTO,
    _utc,
    backup_database,
    list_backups,
    parse_name,
)

DEFAULT_MAX_AGE_DAYS = 90
MIN_MAX_AGE_DAYS, MAX_MAX_AGE_DAYS = 7, 365


def configured_max_age(settings_file: Path | None = None) -> timedelta:
    """The maximum age of any backup, from ``settings.ini`` (``[backups] max_age_days``).

    Read with ``configparser`` (the store does not use Qt); values outside 7-365 days are
    clamped, unreadable ones give the default.
    """
    import configparser

    from partnerdesk import paths

    parser = configparser.ConfigParser(interpolation=None)
    days = DEFAULT_MAX_AGE_DAYS
    try:
        parser.read(settings_file or paths.settings_path(), encoding="utf-8")
        days = int(parser.get("backups", "max_age_days", fallback=str(days)))
    except (configparser.Error, ValueError, OSError, UnicodeDecodeError):
        days = DEFAULT_MAX_AGE_DAYS
    return timedelta(days=min(MAX_MAX_AGE_DAYS, max(MIN_MAX_AGE_DAYS, days)))


def rotate(
    dest_dir: Path,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_monthly: int = 6,
    now: datetime | None = None,
    max_age: timedelta | None = None,
) -> list[Path]:
    """Delete old backups; return what was deleted.

    Kept: everything from the last 24 hours; the newest backup of each of the last
    *keep_daily* days, *keep_weekly* ISO weeks and *keep_monthly* months that have a backup;
    and the newest backup of every reason. Never kept, whatever the rules above say: a backup
    older than *max_age* (default: ``configured_max_age()``), and a suspect (future-dated)
    one once a believable backup exists. ``.damaged-*`` files beside the database older than
    *max_age* go too. Files whose name is not a backup name are never touched.
    """
    now = _utc(now)
    max_age = max_age if max_age is not None else configured_max_age()
    everything = list_backups(dest_dir, now)  # believable newest first, then suspect
    believable = [b for b in everything if not b.suspect(now)]
    backups = believable if believable else everything
    keep: set[Path] = {b.path for b in backups if now - b.created < timedelta(days=1)}
    periods = (
        (keep_daily, lambda d: d.date()),
        (keep_weekly, lambda d: d.isocalendar()[:2]),
        (keep_monthly, lambda d: (d.year, d.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for backup in backups:
            key = period(backup.created)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(backup.path)
    newest_by_reason: dict[str, Path] = {}
    for backup in backups:
        newest_by_reason.setdefault(backup.reason, backup.path)
    keep.update(newest_by_reason.values())
    keep = {
        p
        for p in keep
        if (info := parse_name(p)) is not None
        and (info.suspect(now) or now - info.created <= max_age)
    }
    removed = []
    for backup in everything:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            # A raw copy of a damaged database may carry its -wal file along.
            backup.path.with_name(backup.path.name + "-wal").unlink(missing_ok=True)
            removed.append(backup.path)
    removed += remove_old_damaged(dest_dir.parent, now, max_age)
    return removed


_DAMAGED = re.compile(r"\.damaged-(\d{8}T\d{6}Z)(?:-\d+)?(?:-wal|-shm|-journal)?$")


def remove_old_damaged(folder: Path, now: datetime, max_age: timedelta) -> list[Path]:
    """Delete ``*.damaged-<time>`` files (set aside by a recovery) older than *max_age*."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _DAMAGED.search(entry.name)
        if found is None or not entry.is_file():
            continue
        created = datetime.strptime(found.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
        if now - created > max_age:
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


class BackupPolicy:
    """When to back up automatically: at most every 30 minutes, and only after changes.

    The app calls ``maybe_backup`` from a timer (and at exit); the policy itself has no
    timer so it can be tested with made-up times.
    """

    def __init__(
        self, db_path: Path, dest_dir: Path, *, interval: timedelta = BACKUP_INTERVAL
    ) -> None:
        self.db_path = Path(db_path)
        self.dest_dir = Path(dest_dir)
        self.interval = interval
        self.last_backup: datetime | None = None
        self._pending = False
        self._signature = self._file_signature()

    def _file_signature(self) -> tuple[tuple[int, int], ...]:
        result = []
        for path in (self.db_path, self.db_path.with_name(self.db_path.name + "-wal")):
            try:
                stat = path.stat()
            except OSError:
                result.append((0, 0))
            else:
                result.append((stat.st_mtime_ns, stat.st_size))
        return tuple(result)

    def files_changed(self) -> bool:
        """Whether the database or its WAL was written since the last call.

        Every commit in WAL mode appends to the ``-wal`` file and checkpoints rewrite the
        main file, so this sees every saved change without hooks in the repositories.
        """
        signature = self._file_signature()
        changed = signature != self._signature
        self._signature = signature
        return changed

    def maybe_backup(self, now: datetime | None = None, data_changed: bool = False) -> Path | None:
        """Back up if data changed since the last backup and the interval has passed."""
        now = _utc(now)
        self._pending = self._pending or data_changed
        if not self._pending:
            return None
        if self.last_backup is not None and now - self.last_backup < self.interval:
            return None
        path = backup_database(self.db_path, self.dest_dir, reason=REASON_AUTO, now=now)
        self.last_backup = now
        self._pending = False
        rotate(self.dest_dir, now=now)
        return path

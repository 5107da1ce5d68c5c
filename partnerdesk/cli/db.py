"""``partnerdesk db check|backup|restore FILE|recover newest|empty``: the database, scripted.

Team-mode actions (upgrade, grants, copy-to) live in ``cli/team_db.py``.

For administrators and scripts (docs/operations.md). ``check`` only reads; ``backup``
copies with SQLite's backup API; ``restore`` validates the file first, keeps the current
database as a pre-restore backup and refuses while the desktop app has the data folder open.
Exit codes: 0 done / check ok, 1 problem found or storage fault, 2 bad or missing FILE.
A damaged database or a storage fault in any command gives one line, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk import paths

EXIT_PROBLEM = 1


class DbArgumentError(argparse.ArgumentTypeError):
    """A FILE the user must fix (missing, unreadable, not a valid backup): exit code 2."""


def add_db_parser(commands: argparse._SubParsersAction[Any]) -> None:
    db = commands.add_parser("db", help="check, back up or restore the database")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=type(db))
    actions.required = True
    check = actions.add_parser("check", help="integrity, references and schema (read-only)")
    check.add_argument(
        "--quick", action="store_true", help="quick_check instead of the full integrity_check"
    )
    actions.add_parser("backup", help="back up the database now; prints the new file")
    restore = actions.add_parser("restore", help="replace the database with a backup file")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    recover = actions.add_parser(
        "recover",
        help="after damage: restore the newest valid "
        "backup, or move the damaged file aside and start empty",
    )
    recover.add_argument("choice", choices=("newest", "empty"))
    recover.add_argument(
        "--force", action="store_true", help="also replace a database that is not damaged"
    )

    from partnerdesk.cli.team_db import add_team_actions

    add_team_actions(actions)  # upgrade, grant-advisor, grant-kiosk, copy-to


def cmd_db(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.cli.team_db import run_team_action

    team_result = run_team_action(args)  # new actions, and every action in team mode
    if team_result is not None:
        return team_result
    db_path = paths.database_path()
    if args.db_command == "check":
        return _check(db_path, args.quick, lang)
    if args.db_command == "backup":
        return _backup(db_path)
    if args.db_command == "recover":
        return _recover(db_path, args.choice, args.force)
    return _restore(args.file, db_path)


def _check(db_path: Path, quick: bool, lang: str) -> int:
    from partnerdesk.store.health import check_database

    report = check_database(db_path, full=not quick, backup_dir=paths.backup_dir())
    for line in report.lines(lang):
        print(line)
    return 0 if report.ok else EXIT_PROBLEM


def _backup(db_path: Path) -> int:
    from partnerdesk.store.backup import REASON_MANUAL, BackupError, backup_database
    from partnerdesk.store.health import ensure_healthy
    from partnerdesk.store.rotation import rotate

    ensure_healthy(db_path)  # a deleted or damaged database is no backup
    try:
        target = backup_database(db_path, paths.backup_dir(), reason=REASON_MANUAL)
    except BackupError as exc:
        print(f"partnerdesk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    rotate(paths.backup_dir())
    print(target)
    return 0


def _restore(file: Path, db_path: Path) -> int:
    from partnerdesk.cli.text import shorten
    from partnerdesk.store.backup import BackupError
    from partnerdesk.store.restore import restore_backup, validate_backup

    shown = shorten(str(file))
    try:
        found = file.is_file()
    except OSError as exc:  # a name too long for the file system, and the like
        raise DbArgumentError(f"FILE {shown!r}: {exc.strerror or exc}") from None
    if not found:
        raise DbArgumentError(f"FILE {shown!r}: no such file")
    try:
        valid = validate_backup(file)
    except BackupError as exc:
        raise DbArgumentError(f"FILE {shown!r}: {shorten(str(exc), 300)}") from exc
    if _running_elsewhere():
        return EXIT_PROBLEM
    try:
        aside = restore_backup(file, db_path, dest_dir=paths.backup_dir())
    except (BackupError, OSError) as exc:
        print(f"partnerdesk: error: restore failed, database unchanged: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    counts = ", ".join(f"{t} {n}" for t, n in valid.counts.items())
    print(f"restored {file} (schema {valid.revision}; {counts}) to {db_path}")
    if aside is not None:
        print(f"previous database kept as {aside}")
    return 0


def _running_elsewhere() -> bool:
    from partnerdesk.store.location import lock_owner

    owner = lock_owner(paths.data_dir())
    if owner is None:
        return False
    where = "this computer" if owner.local else f"computer {owner.hostname!r}"
    print(
        f"partnerdesk: error: PartnerDesk is running on {where} (process {owner.pid}) "
        "with this data folder; close it first",
        file=sys.stderr,
    )
    return True


def _recover(db_path: Path, choice: str, force: bool) -> int:
    from partnerdesk.store.backup import BackupError
    from partnerdesk.store.health import HealthyDatabase, recover

    if _running_elsewhere():
        return EXIT_PROBLEM
    try:
        done = recover(
            db_path,
            "restore" if choice == "newest" else "start_empty",
            backup_dir=paths.backup_dir(),
            force=force,
        )
    except HealthyDatabase as exc:
        print(f"partnerdesk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except (BackupError, OSError) as exc:
        print(f"partnerdesk: error: {exc}; database unchanged", file=sys.stderr)
        return EXIT_PROBLEM
    if done.restored_from is not None:
        print(f"restored {done.restored_from} to {db_path}")
    else:
        print(f"the next start begins with an empty database at {db_path}")
    if done.set_aside is not None:
        print(f"previous database kept as {done.set_aside}")
    return 0


def storage_failure(exc: BaseException, lang: str) -> int | None:
    """One line and exit code 1 for a damaged database or a storage fault; else ``None``."""
    from partnerdesk.cli.team_db import team_failure
    from partnerdesk.store.errors import describe, is_storage_error
    from partnerdesk.store.health import DatabaseDamaged, DatabaseUnavailable

    team = team_failure(exc)  # an unreachable or outdated team database
    if team is not None:
        return team

    if isinstance(exc, (DatabaseDamaged, DatabaseUnavailable)):
        print(f"partnerdesk: error: {exc.one_line()}", file=sys.stderr)
        return EXIT_PROBLEM
    if is_storage_error(exc):
        problem = describe(exc)
        text = problem.text.get(lang).split("\n\n")[0]
        print(f"partnerdesk: error: {text} ({problem.detail})", file=sys.stderr)
        return EXIT_PROBLEM
    return None

"""``partnerdesk db upgrade | grant-advisor ROLE | grant-kiosk ROLE | copy-to URL`` and what
the other ``db`` actions do in team mode (docs/team-mode.md).

In team mode (``PARTNERDESK_DATABASE_URL`` or the settings page names a PostgreSQL server)
``db check`` reports the connection, schema version, foreign keys and row counts; ``db
backup``, ``restore`` and ``recover`` do nothing and say that backups are the server's
(``pg_dump``). An unreachable server gives one line and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from partnerdesk import paths

EXIT_PROBLEM = 1
TEAM_ACTIONS = ("upgrade", "grant-advisor", "grant-kiosk", "copy-to")
SERVER_BACKUPS = (
    "backups of a team database are made on the server: the administrator "
    "runs pg_dump (see docs/team-mode.md); nothing was done locally"
)


def add_team_actions(actions: argparse._SubParsersAction[Any]) -> None:
    actions.add_parser("upgrade", help="migrate the database to this program's schema")
    for name, what in (
        ("grant-advisor", "read and write data, no schema changes"),
        ("grant-kiosk", "read city data and insert handovers only"),
    ):
        grant = actions.add_parser(name, help=f"team mode: grant ROLE {what}")
        grant.add_argument("role", metavar="ROLE", help="an existing PostgreSQL role")
    copy = actions.add_parser(
        "copy-to", help="copy the local database into an empty team database and verify it"
    )
    copy.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/database")


def _fail(text: str) -> int:
    print(f"partnerdesk: error: {text}", file=sys.stderr)
    return EXIT_PROBLEM


def run_team_action(args: argparse.Namespace) -> int | None:
    """Run a team action, or a ``db`` action in team mode; ``None``: not ours (SQLite)."""
    from partnerdesk.store import team

    url = team.database_url()
    command = args.db_command
    if command == "copy-to":
        return _copy_to(args.url)
    if command == "upgrade":
        return _upgrade(url)
    if not team.is_team(url):
        if command in ("grant-advisor", "grant-kiosk"):
            return _fail(
                f"{command} needs a team database: set {team.ENV_URL} or the "
                f'settings page "Team-Datenbank"'
            )
        return None
    assert url is not None
    if command in ("backup", "restore", "recover"):
        return _fail(SERVER_BACKUPS)
    if command == "check":
        return _check(url)
    return _grant(url, args.role, kiosk=command == "grant-kiosk")


def _upgrade(url: Any) -> int:
    from partnerdesk.store import team
    from partnerdesk.store.database import HEAD_REVISION, current_revision, make_engine, upgrade

    if team.is_team(url):
        engine = team.make_team_engine(url)
        where = team.describe_url(url)
    else:
        path = paths.database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path)
        where = str(path)
    try:
        before = current_revision(engine)
        if before != HEAD_REVISION:
            upgrade(engine)
    finally:
        engine.dispose()
    if before == HEAD_REVISION:
        print(f"{where}: schema already at version {HEAD_REVISION}")
    else:
        print(f"{where}: schema upgraded from {before or 'empty'} to {HEAD_REVISION}")
    return 0


def _grant(url: Any, role: str, *, kiosk: bool) -> int:
    from partnerdesk.store import pg_roles, team

    engine = team.make_team_engine(url)
    try:
        lines = (pg_roles.grant_kiosk if kiosk else pg_roles.grant_advisor)(engine, role)
    except pg_roles.RoleError as exc:
        return _fail(str(exc))
    finally:
        engine.dispose()
    for line in lines:
        print(line)
    return 0


def _copy_to(raw_url: str) -> int:
    from sqlalchemy.engine import make_url

    from partnerdesk.store import team
    from partnerdesk.store.copy import CopyError, copy_database
    from partnerdesk.store.database import open_database

    try:
        target_url = make_url(raw_url)
    except Exception:
        raise argparse.ArgumentTypeError(f"URL {raw_url[:80]!r}: not a database URL") from None
    if target_url.get_backend_name() != "postgresql":
        raise argparse.ArgumentTypeError(
            f"URL {team.describe_url(target_url)!r}: expected postgresql+psycopg://..."
        )
    source_path = paths.database_path()
    if not source_path.is_file():
        return _fail(f"no local database at {source_path} to copy")
    source, _sessions = open_database(source_path)
    target = team.make_team_engine(target_url.set(drivername=team.DRIVER))
    try:
        copied = copy_database(source, target)
    except CopyError as exc:
        return _fail(str(exc))
    finally:
        source.dispose()
        target.dispose()
    for item in copied:
        print(f"{item.table:<22} {item.rows:>7} rows  sha256 {item.checksum[:16]}  ok")
    print(f"copied {source_path} to {team.describe_url(target_url)}; every table verified")
    return 0


def _check(url: Any) -> int:
    from sqlalchemy import func, select, text

    from partnerdesk.store import team
    from partnerdesk.store.database import HEAD_REVISION, current_revision
    from partnerdesk.store.models import Base

    engine = team.make_team_engine(url)
    ok = True
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar_one()
            print(f"OK     Connection: {team.describe_url(url)} (PostgreSQL {version})")
        revision = current_revision(engine)
        state = "current" if revision == HEAD_REVISION else f"expected {HEAD_REVISION}"
        ok &= revision == HEAD_REVISION
        print(
            f"{'OK' if revision == HEAD_REVISION else 'ERROR':<6} Schema: "
            f"{revision or 'none'} ({state})"
        )
        with engine.connect() as connection:
            unchecked = connection.execute(
                text(
                    "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                    "WHERE contype = 'f' AND NOT convalidated "
                    "AND connamespace = current_schema()::regnamespace"
                )
            ).all()
            total = connection.execute(
                text(
                    "SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                    "AND connamespace = current_schema()::regnamespace"
                )
            ).scalar_one()
            ok &= not unchecked
            print(
                f"{'OK' if not unchecked else 'ERROR':<6} Foreign keys: {total} enforced by "
                f"the server" + (f"; not validated: {unchecked}" if unchecked else "")
            )
            if revision is not None:
                count = select(func.count())
                counts = [
                    f"{t.name} {connection.execute(count.select_from(t)).scalar_one()}"
                    for t in Base.metadata.sorted_tables
                ]
                print(f"       Counts: {', '.join(counts)}")
        print(f"       Backups: {SERVER_BACKUPS.split(':')[0]} (pg_dump)")
    finally:
        engine.dispose()
    return 0 if ok else EXIT_PROBLEM


def team_failure(exc: BaseException) -> int | None:
    """One line and exit 1 for an unreachable server or an unusable team database."""
    from partnerdesk.store import team

    if isinstance(exc, team.TeamDbError):
        return _fail(str(exc))
    if team.is_unreachable(exc) and _is_pg(exc):
        return _fail(f"team database unreachable: {team.unreachable_text(exc)}")
    return None


def _is_pg(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    return type(orig).__module__.startswith("psycopg")

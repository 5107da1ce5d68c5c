"""Crash test: kill a saving process at random moments; nothing it reported saved may be lost.

Not part of the default suite (``tests/crash`` is in pytest's ``norecursedirs``). Run:

    .venv/bin/python tests/crash/crash_test.py --kills 1000   # full form (about 10 minutes)
    .venv/bin/python tests/crash/crash_test.py --kills 30     # short form, for CI

A child process opens the database the way the app does (``open_database``) and saves in a
loop through ``ApprenticeRepository``: new apprentices, new talks with several next steps,
edits that replace a talk's steps, deletions, and now and then a backup. After each save
returns it prints one line naming what was committed, flushed. The parent kills it with
SIGKILL at a random moment (sometimes during start-up and migration), then reopens the
database and checks:

* ``PRAGMA integrity_check`` is ok and ``PRAGMA foreign_key_check`` is empty;
* every save the child reported is there (a talk at least at the reported version, with
  every one of its steps), every reported deletion is gone;
* nothing is half-written: every talk in the file has exactly the steps its notes announce;
* every file in ``backups/`` with a final name is a valid backup.

Exit code 0 if nothing was lost, 1 otherwise; the figures are printed at the end.

To see that the checks bite, ``PARTNERDESK_CRASH_SPLIT=1`` makes the child save each talk
in two transactions (talk, then its steps), the mistake this test exists to catch: the
short form then reports half-written talks and exits 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

SCHEMA_TABLES = frozenset({"apprentice", "counselling_session", "next_step"})
NOTES = re.compile(r"^token=(?P<token>[\w-]+);steps=(?P<steps>\d+);v=(?P<v>\d+)$")


# --- the child: save, report, repeat --------------------------------------------------------


def child(db_path: Path, seed: int) -> None:
    from partnerdesk.core.counselling import Apprentice, NextStep, Talk
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.backup import backup_database
    from partnerdesk.store.database import open_database

    rng = random.Random(seed)
    split_saves = os.environ.get("PARTNERDESK_CRASH_SPLIT") == "1"
    _, sessions = open_database(db_path)
    repo = ApprenticeRepository(sessions)
    # Talks left by earlier children can be edited and deleted too.
    talks: dict[int, tuple[int, str, int]] = {}  # id -> (apprentice, token, version)
    connection = sqlite3.connect(db_path)
    for tid, aid, notes in connection.execute(
        "SELECT id, apprentice_id, notes FROM counselling_session"
    ):
        found = NOTES.match(notes)
        if found:
            talks[tid] = (aid, found["token"], int(found["v"]))
    connection.close()
    print("READY", flush=True)

    def write_talk(aid: int, token: str, version: int, tid: int | None) -> int:
        steps = rng.randint(1, 6)
        talk = Talk(
            apprentice_id=aid,
            held_on=date(2026, 1, 1 + rng.randrange(28)),
            advisor=rng.choice(["", "Team INA", "C. Lawrence"]),
            notes=f"token={token};steps={steps};v={version}",
            next_steps=tuple(
                NextStep(f"{token}/{version}/{i}", owner="Azubi") for i in range(steps)
            ),
            ranking_snapshot={"pad": "x" * rng.randrange(5000)},
            id=tid,
        )
        if split_saves:  # the deliberately broken way: talk and steps in two transactions
            tid = repo.save_talk(dataclasses.replace(talk, next_steps=()))
            talk = dataclasses.replace(talk, id=tid)
        new_id = repo.save_talk(talk)
        print(f"T {new_id} {aid} {token} {steps} {version}", flush=True)
        return new_id

    n = 0
    while True:
        n += 1
        token = f"{seed}-{n}"
        roll = rng.random()
        if roll < 0.45 or not talks:
            aid = repo.save(Apprentice(display_name=f"Azubi {token}", occupation="Koch"))
            print(f"A {aid} {token}", flush=True)
            tid = write_talk(aid, token, 0, None)
            talks[tid] = (aid, token, 0)
        elif roll < 0.85:
            tid = rng.choice(list(talks))
            aid, old_token, version = talks[tid]
            write_talk(aid, old_token, version + 1, tid)
            talks[tid] = (aid, old_token, version + 1)
        elif roll < 0.98:
            tid = rng.choice(list(talks))
            # Announced first: if the kill lands after the commit but before "D", the parent
            # knows that this talk may rightly be gone.
            print(f"d {tid}", flush=True)
            repo.delete_talk(tid)
            del talks[tid]
            print(f"D {tid}", flush=True)
        else:
            path = backup_database(db_path, db_path.parent / "backups", reason="auto")
            print(f"B {path.name}", flush=True)


# --- the parent: kill, reopen, verify -------------------------------------------------------


@dataclass
class Expectations:
    talks: dict[int, tuple[int, str, int, int]] = field(default_factory=dict)  # id->aid,tok,k,v
    deleted: dict[int, str] = field(default_factory=dict)  # id -> token it had
    deleting: set[int] = field(default_factory=set)  # announced, not (yet) reported done
    apprentices: dict[int, str] = field(default_factory=dict)
    commits: int = 0
    checked_backups: set[str] = field(default_factory=set)

    def record(self, line: str) -> None:
        parts = line.split()
        if parts and parts[0] == "d":
            self.deleting.add(int(parts[1]))
            return
        if not parts or parts[0] not in {"A", "T", "D", "B"}:
            return
        self.commits += 1
        if parts[0] == "A":
            self.apprentices[int(parts[1])] = parts[2]
        elif parts[0] == "T":
            tid, aid, token, steps, version = parts[1:]
            self.talks[int(tid)] = (int(aid), token, int(steps), int(version))
            self.deleted.pop(int(tid), None)
        elif parts[0] == "D":
            gone = self.talks.pop(int(parts[1]), None)
            self.deleted[int(parts[1])] = gone[1] if gone else ""
            self.deleting.discard(int(parts[1]))


def verify(db_path: Path, expected: Expectations) -> list[str]:
    """Problems found (empty when nothing was lost or half-written)."""
    from partnerdesk.store.backup import BackupError
    from partnerdesk.store.restore import validate_backup

    problems: list[str] = []
    connection = sqlite3.connect(db_path)  # recovers the WAL as the next app start would
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables >= SCHEMA_TABLES:
            # The kill landed after the file was created but before the migration committed
            # (SQLite DDL is transactional, so it is all or nothing). The next start migrates
            # such a file normally; it is a loss only if the child had reported saves.
            if expected.commits:
                problems.append(
                    f"schema missing ({sorted(SCHEMA_TABLES - tables)}) after "
                    f"{expected.commits} reported saves"
                )
            return problems
        integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:3]}")
        steps: dict[int, list[tuple[int, str]]] = {}
        for sid, position, text in connection.execute(
            "SELECT session_id, position, text FROM next_step"
        ):
            steps.setdefault(sid, []).append((position, text))
        talks = {
            tid: (aid, notes)
            for tid, aid, notes in connection.execute(
                "SELECT id, apprentice_id, notes FROM counselling_session"
            )
        }
        people = {
            aid: name for aid, name in connection.execute("SELECT id, display_name FROM apprentice")
        }
    finally:
        connection.close()
    for tid, (_, notes) in talks.items():  # nothing half-written, reported or not
        found = NOTES.match(notes)
        if found is None:
            problems.append(f"talk {tid}: unexpected notes {notes!r}")
            continue
        want = [(i, f"{found['token']}/{found['v']}/{i}") for i in range(int(found["steps"]))]
        if sorted(steps.get(tid, [])) != want:
            problems.append(f"talk {tid}: steps {sorted(steps.get(tid, []))} != {want}")
    for tid in list(expected.deleting):  # the kill hit an announced deletion: either way
        if tid not in talks:
            gone = expected.talks.pop(tid, None)
            expected.deleted[tid] = gone[1] if gone else ""
        expected.deleting.discard(tid)
    for tid, (aid, token, _, version) in expected.talks.items():  # nothing lost
        if tid not in talks:
            problems.append(f"talk {tid} (reported committed, v{version}) is missing")
            continue
        found = NOTES.match(talks[tid][1])
        if (
            found is None
            or found["token"] != token
            or int(found["v"]) < version
            or talks[tid][0] != aid
        ):
            problems.append(f"talk {tid}: {talks[tid]} older than reported v{version}")
    for tid, token in expected.deleted.items():
        # SQLite reuses the highest rowid: a new, not yet reported talk may have this id.
        found = NOTES.match(talks[tid][1]) if tid in talks else None
        if found is not None and found["token"] == token:
            problems.append(f"talk {tid} was reported deleted but is present")
    for aid, token in expected.apprentices.items():
        if people.get(aid) != f"Azubi {token}":
            problems.append(f"apprentice {aid} ({token}) missing or changed")
    for backup in sorted((db_path.parent / "backups").glob("partnerdesk-*.sqlite3")):
        if backup.name in expected.checked_backups:
            continue
        try:
            validate_backup(backup)
        except BackupError as exc:
            problems.append(f"backup {backup.name}: {exc}")
        expected.checked_backups.add(backup.name)
    return problems


def run_once(db_path: Path, seed: int, rng: random.Random, expected: Expectations) -> None:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(db_path), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never fully reported
                lines.append(line.strip())
                if line.startswith("READY"):
                    ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0, 0.6))  # during start-up: imports, connect, migration
    else:
        ready.wait(timeout=30)
        time.sleep(rng.uniform(0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    for line in lines:
        expected.record(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None, help="keep the database here")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child, args.seed or 0)
        return 0
    if sys.platform == "win32":
        print("crash test: needs SIGKILL (Linux/macOS)", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    rng = random.Random(seed)
    # Printed first, so that a run that dies or fails in CI can be replayed with --seed.
    print(f"crash test: seed {seed}, kills {args.kills}", flush=True)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="partnerdesk-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "partnerdesk.sqlite3"
    expected = Expectations()
    started = time.monotonic()
    failures = 0
    for kill in range(1, args.kills + 1):
        run_once(db_path, seed * 100_000 + kill, rng, expected)
        problems = verify(db_path, expected) if db_path.exists() else []
        if problems:
            failures += 1
            print(f"kill {kill}: " + " | ".join(problems[:5]), file=sys.stderr)
        if kill % 50 == 0:
            print(f"... {kill} kills, {expected.commits} commits reported", flush=True)
    elapsed = time.monotonic() - started
    lost = failures  # kills after which a reported save was missing or anything was broken
    print(
        f"crash test: seed {seed}, kills {args.kills}, commits reported and checked "
        f"{expected.commits}, talks expected {len(expected.talks)}, deletions "
        f"{len(expected.deleted)}, backups validated {len(expected.checked_backups)}, "
        f"lost: {lost}, time {elapsed:.0f} s, database {db_path}"
    )
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

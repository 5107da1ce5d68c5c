"""``partnerdesk report``: the counselling record (PDF) for a profile or for a stored talk.

    partnerdesk report <profile options> --name NAME [--advisor NAME] [--occupation TEXT]
        [--year N] [--city ID ...] [--step "TEXT;WHO;YYYY-MM-DD" ...] [--consent]
        [--notes-file FILE] [--lang de|en] [--force] --out FILE.pdf
    partnerdesk report --talk ID [--force] --out FILE.pdf

Every argument is checked before anything is rendered or numbered, so a bad one gives one
line naming the value, exit code 2 and no file. No Qt is imported (Typst needs none): the
command runs on a server without Qt libraries. The record gets the next number of its year
from the database and mode 0600; an existing ``--out`` is refused unless ``--force``.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk import __version__
from partnerdesk.cli.profile_args import profile_from_args
from partnerdesk.core.counselling import DEFAULT_RETENTION_DAYS

if TYPE_CHECKING:
    from partnerdesk.core.domain import City
    from partnerdesk.core.record import NextStep, RecordData
    from partnerdesk.store.bootstrap import AppStore

# The record and the quick path are imported when a record is made: the GUI builds this
# parser at every start and must not pay for them.
FromCities = Callable[[list["City"], str], "RecordData"]  # (cities, pack version) -> record
FromStore = Callable[["AppStore"], "RecordData"]

MAX_NOTES_BYTES = 1024 * 1024
MAX_SHOWN = 60  # a bad value is shortened to this many characters in the error line


class ReportArgumentError(argparse.ArgumentTypeError):
    """A report argument the user can fix; the message names the bad value (exit code 2)."""


def _shown(text: str) -> str:
    value = text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
    return repr(value)


def year_arg(text: str) -> int:
    if text.strip() not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError(f"--year {_shown(text)}: expected 1-4")
    return int(text)


def step_arg(text: str) -> NextStep:
    from partnerdesk.core.record import NextStep

    """``TEXT;WHO;YYYY-MM-DD`` - WHO and the date are optional."""
    parts = text.split(";")
    if len(parts) > 3:
        raise argparse.ArgumentTypeError(
            f"--step {_shown(text)}: expected TEXT;WHO;YYYY-MM-DD (at most two ';')"
        )
    what = parts[0].strip()
    if not what:
        raise argparse.ArgumentTypeError(f"--step {_shown(text)}: the step needs a text")
    who = parts[1].strip() if len(parts) > 1 else ""
    due = None
    if len(parts) > 2 and parts[2].strip():
        try:
            due = date.fromisoformat(parts[2].strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"--step {_shown(text)}: date {_shown(parts[2].strip())} is not YYYY-MM-DD"
            ) from None
    return NextStep(what, who, due)


def talk_arg(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"--talk {_shown(text)}: expected a talk number")
    return int(text)


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("record")
    group.add_argument(
        "--talk",
        type=talk_arg,
        default=None,
        metavar="ID",
        help="the record of a stored talk (instead of profile and name)",
    )
    group.add_argument("--name", default=None, help="name of the apprentice")
    group.add_argument("--advisor", default="", help="name of the advisor")
    group.add_argument("--occupation", default="", metavar="TEXT", help="training occupation")
    group.add_argument(
        "--year", type=year_arg, default=None, metavar="N", help="training year, 1-4"
    )
    group.add_argument(
        "--city",
        action="append",
        default=[],
        metavar="ID",
        help="a chosen city to follow up (repeatable), e.g. amiens",
    )
    group.add_argument(
        "--step",
        action="append",
        type=step_arg,
        default=[],
        metavar="TEXT;WHO;YYYY-MM-DD",
        help="an agreed next step (repeatable); WHO and date are optional",
    )
    group.add_argument(
        "--consent",
        action="store_true",
        help="the apprentice consented today (sets consent and deletion date)",
    )
    group.add_argument(
        "--notes-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="plain-text notes (UTF-8, at most 1 MB)",
    )
    group.add_argument("--force", action="store_true", help="replace an existing --out file")
    group.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF record"
    )


def _check_out(out: Path, force: bool) -> Path:
    if out.suffix.lower() != ".pdf":
        raise ReportArgumentError(f"--out {_shown(str(out))}: the file name must end in .pdf")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportArgumentError(
            f"--out {_shown(str(out))}: folder {_shown(str(folder))} does not exist"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportArgumentError(
            f"--out {_shown(str(out))}: folder {_shown(str(folder))} is not writable"
        )
    if out.is_dir():
        raise ReportArgumentError(f"--out {_shown(str(out))}: is a folder")
    if out.exists() and not force:
        raise ReportArgumentError(f"--out {_shown(str(out))}: exists (use --force to replace)")
    return out


def read_notes(path: Path | None) -> str:
    """A regular UTF-8 file of at most 1 MB; anything else is refused with one line."""
    if path is None:
        return ""
    shown = _shown(str(path))
    try:
        info = path.stat()
    except OSError as exc:
        raise ReportArgumentError(
            f"--notes-file {shown}: cannot read ({exc.strerror or exc})"
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReportArgumentError(f"--notes-file {shown}: is a folder")
    if not stat.S_ISREG(info.st_mode):
        # /dev/zero would never end, a FIFO would block until someone writes to it.
        raise ReportArgumentError(f"--notes-file {shown}: not a regular file")
    if info.st_size > MAX_NOTES_BYTES:
        raise ReportArgumentError(
            f"--notes-file {shown}: {info.st_size} bytes, at most {MAX_NOTES_BYTES}"
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_NOTES_BYTES + 1)
    except OSError as exc:
        raise ReportArgumentError(
            f"--notes-file {shown}: cannot read ({exc.strerror or exc})"
        ) from None
    if len(raw) > MAX_NOTES_BYTES:  # grew since stat
        raise ReportArgumentError(f"--notes-file {shown}: more than {MAX_NOTES_BYTES} bytes")
    try:
        # As read_text would: universal newlines.
        return raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise ReportArgumentError(f"--notes-file {shown}: not UTF-8 text") from None


def _check_name(name: str) -> str:
    from partnerdesk.report.sanitize import clean_line

    if not clean_line(name):
        raise ReportArgumentError(f"--name {_shown(name)}: the apprentice's name must not be empty")
    return name.strip()


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    out = _check_out(args.out, args.force)
    if args.talk is not None:
        given = [
            flag
            for flag, value in (
                ("--name", args.name),
                ("--city", args.city),
                ("--step", args.step),
                ("--notes-file", args.notes_file),
            )
            if value
        ]
        if given:
            raise ReportArgumentError(
                f"--talk {args.talk}: {', '.join(given)} cannot be combined with a stored talk"
            )
        return _write(
            out, force=args.force, from_store=lambda store: _talk_record(store, args.talk, lang)
        )
    if args.name is None:
        raise ReportArgumentError("--name is required (or --talk ID)")
    name = _check_name(args.name)
    notes = read_notes(args.notes_file)
    profile = profile_from_args(args)

    def build(cities: list[City], pack_version: str) -> RecordData:
        from partnerdesk.core.matching import rank
        from partnerdesk.core.record import RecordData, record_choices, record_ranking

        known = {c.id for c in cities}
        for cid in args.city:
            if cid not in known:
                raise ReportArgumentError(
                    f"--city {_shown(cid)}: unknown city (known: {', '.join(sorted(known))})"
                )
        ranking = rank(cities, profile)
        today = date.today()
        return RecordData(
            record_id="",
            created=today,
            advisor=args.advisor.strip(),
            apprentice=name,
            profile=profile,
            ranking=record_ranking(ranking, lang),
            occupation=args.occupation.strip(),
            training_year=args.year,
            notes=notes,
            next_steps=tuple(args.step),
            chosen_cities=record_choices(ranking, list(dict.fromkeys(args.city)), lang),
            consent_date=today if args.consent else None,
            deletion_date=today + timedelta(days=DEFAULT_RETENTION_DAYS) if args.consent else None,
            language=lang,
            pack_version=pack_version,
            app_version=__version__,
        )

    return _write(out, force=args.force, from_cities=build)


def _full_path(
    from_cities: FromCities | None, from_store: FromStore | None
) -> tuple[RecordData, str]:
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.record_numbers import RecordNumbers

    store = open_app_store()
    try:
        if from_cities is not None:
            cities = store.cities.cities()
            info = store.cities.pack_info()
            draft = from_cities(cities, info.pack_version if info is not None else "")
        else:
            assert from_store is not None
            draft = from_store(store)
        number = RecordNumbers(store.sessions).issue(draft.created.year)
        from partnerdesk.cli.report_cache import save_cache

        save_cache(store.cities.to_pack())
    finally:
        store.close()
    return draft, number


def _talk_record(store: AppStore, talk_id: int, lang: str) -> RecordData:
    from partnerdesk.core.record_talk import record_from_talk
    from partnerdesk.store.apprentices import ApprenticeRepository, NotFound

    repo = ApprenticeRepository(store.sessions)
    try:
        talk = repo.talk(talk_id)
        apprentice = repo.get(talk.apprentice_id)
    except NotFound:
        raise ReportArgumentError(f"--talk {talk_id}: no such talk") from None
    info = store.cities.pack_info()
    names = {c.id: c.name(lang) for c in store.cities.cities()}
    return record_from_talk(
        apprentice,
        talk,
        lang=lang,
        record_id="",
        city_names=names,
        pack_version=info.pack_version if info is not None else "",
    )


def _write(
    out: Path,
    *,
    force: bool,
    from_cities: FromCities | None = None,
    from_store: FromStore | None = None,
) -> int:
    """Build the record (checks that need data run first), issue its number, write it.

    A record from a profile takes the quick path when the verified cache allows it
    (``report_cache``); a stored talk, or no usable cache, opens the full store.
    """
    from partnerdesk.cli.report_cache import open_quick
    from partnerdesk.report.record_doc import write_record_pdf
    from partnerdesk.report.typeset import ExportError

    quick = open_quick() if from_cities is not None else None
    if quick is not None:
        try:
            assert from_cities is not None
            draft = from_cities(list(quick.pack.cities), quick.pack.pack_version)
            number = quick.issue(draft.created.year)
        finally:
            quick.close()
    else:
        draft, number = _full_path(from_cities, from_store)
    data = replace(draft, record_id=number)
    try:
        rendered = write_record_pdf(data, out, replace=force)
    except ExportError as exc:
        raise ReportArgumentError(f"--out {_shown(str(out))}: {exc}") from None
    for warning in rendered.warnings:
        print(f"partnerdesk: warning: {warning}", file=sys.stderr)
    print(out)
    return 0

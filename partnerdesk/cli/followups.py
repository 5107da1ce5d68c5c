"""``partnerdesk followups``: the open next steps of all talks (Wiedervorlage).

``--advisor NAME`` keeps the talks of one advisor, ``--due-before YYYY-MM-DD`` the steps due
before that day; ``--json`` prints machine-readable output, ``--ics FILE`` writes the due dates
as a calendar file (stable UIDs: a second import updates instead of duplicating).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.core.catalogue import text
from partnerdesk.core.formatting import format_date

if TYPE_CHECKING:
    from partnerdesk.core import followups as f


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--due-before {text[:40]!r}: expected a date as YYYY-MM-DD"
        ) from None


def add_followups_parser(commands: argparse._SubParsersAction[Any]) -> None:
    parser = commands.add_parser(
        "followups", help="open next steps of all talks (Wiedervorlage), optionally as ICS"
    )
    parser.add_argument(
        "--advisor",
        default=None,
        metavar="NAME",
        help="only talks held by this advisor (case-insensitive)",
    )
    parser.add_argument(
        "--due-before",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only steps due before this day",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--ics",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the due dates as an iCalendar file",
    )
    # SUPPRESS: without the option here, the value given before the command stays.
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default=argparse.SUPPRESS,
        help="language of the output (as before the command)",
    )


def _check_ics(path: Path) -> Path:
    if path.suffix.lower() != ".ics":
        raise argparse.ArgumentTypeError(f"--ics {str(path)!r}: the file name must end in .ics")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(
            f"--ics {str(path)!r}: folder {str(folder)!r} does not exist"
        )
    if path.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"--ics {str(path)!r}: cannot write there")
    return path


def table(items: list[f.FollowUp], lang: str, today: date) -> str:
    from partnerdesk.core import followups as f

    head = tuple(
        text(key).get(lang)
        for key in ("cli.due", "cli.step", "cli.apprentice", "cli.owner", "cli.advisor")
    )
    overdue = text("cli.overdue").get(lang)
    if not items:
        return text("cli.no_steps").get(lang) + "\n"
    rows = [
        (
            format_date(i.due_date, lang)
            + (f" ({overdue})" if i.urgency(today) is f.Urgency.OVERDUE else ""),
            i.text.replace("\n", " ")[:60],
            i.apprentice_name,
            i.owner or "—",
            i.advisor or "—",
        )
        for i in items
    ]
    widths = [max(len(r[c]) for r in [head, *rows]) for c in range(5)]
    return "".join(
        "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n"
        for r in [head, *rows]
    )


def cmd_followups(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.core import followups as f
    from partnerdesk.core.ics import calendar
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.bootstrap import open_app_store

    ics = _check_ics(args.ics) if args.ics is not None else None
    store = open_app_store()
    try:
        found = ApprenticeRepository(store.sessions).open_steps()
    finally:
        store.close()
    today = date.today()
    items = f.select(found, advisor=args.advisor, due_before=args.due_before)
    if ics is not None:
        ics.write_bytes(calendar(items, lang).encode("utf-8"))
    if args.json:
        json.dump(f.to_json(items, today), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(table(items, lang, today))
        if ics is not None:
            dated = sum(1 for i in items if i.due_date is not None)
            key = "cli.event_written" if dated == 1 else "cli.events_written"
            sys.stdout.write(text(key, n=dated, path=ics).get(lang) + "\n")
    return 0

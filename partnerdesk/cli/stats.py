"""``partnerdesk stats [--year N] [--json|--csv]``: the team's numbers, counts only.

Groups of one or two are printed as "< 3" in every format (``partnerdesk.core.stats``).
"""

from __future__ import annotations

import argparse
import json
import sys


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--year {text!r}: expected a year such as 2026") from None
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"--year {text!r}: expected a year from 2000 to 2100")
    return value


def add_stats_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("stats", help="counts for the annual report (groups < 3 masked)")
    parser.add_argument(
        "--year",
        type=_year,
        default=None,
        metavar="N",
        help="one calendar year (default: all years)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable output")
    output.add_argument("--csv", action="store_true", help="CSV: section, group, count")


def cmd_stats(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.core import stats as st
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.statistics import stats_rows

    store = open_app_store()
    try:
        talks, stays = stats_rows(store.sessions)
        names = {c.id: c.name(lang) for c in store.cities.cities()}
    finally:
        store.close()
    result = st.compute(talks, stays, args.year)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.csv:
        sys.stdout.write(st.to_csv(result, lang, names))
    else:
        rows = st.table(result, lang, names)
        width = max(len(group) for _, group, _ in rows)
        section = None
        for name, group, count in rows:
            if name != section:
                sys.stdout.write(f"{name}\n")
                section = name
            sys.stdout.write(f"  {group:<{width}}  {count:>5}\n")
    return 0

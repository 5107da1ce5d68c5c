"""The ``partnerdesk`` command: the GUI with no arguments, subcommands for scripting.

The contract is in DESIGN.md ("Command line") and must stay stable: tests and scripts rely on
it. Bad arguments give one line naming the bad value and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from partnerdesk import EXIT_USAGE, __version__

if TYPE_CHECKING:
    from partnerdesk.core.domain import City


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage block) so scripts can read them."""

    def error(self, message: str) -> NoReturn:
        from partnerdesk.cli.text import shorten_message

        self.exit(EXIT_USAGE, f"{self.prog}: error: {shorten_message(message)}\n")


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after the subcommand too. Without it argparse would read ``--lang`` as an
    abbreviation of ``--language``; SUPPRESS keeps a ``--lang`` given before the command."""
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default=argparse.SUPPRESS,
        help="language of the output (also accepted before the command)",
    )


def build_parser(commands: bool = True) -> Parser:
    """The whole command line; with ``commands=False`` only the options of the GUI start
    (and no ``--help``, which must list the commands)."""
    parser = Parser(
        add_help=commands,
        prog="partnerdesk",
        description="PartnerDesk – Dortmunds Partnerstädte für Azubis. "
        "Without a command the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerDesk {__version__}")
    parser.add_argument(
        "--kiosk", action="store_true", help="start the shared-terminal self-assessment mode"
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="start, paint the main window with its data, quit (benchmarks)",
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default=None,
        help="language of the interface and of command output (default de)",
    )
    if commands:
        add_commands(parser)
    return parser


def add_commands(parser: Parser) -> None:
    from partnerdesk.cli.db import add_db_parser
    from partnerdesk.cli.followups import add_followups_parser
    from partnerdesk.cli.profile_args import add_profile_arguments
    from partnerdesk.cli.report import add_report_arguments
    from partnerdesk.cli.stats import add_stats_parser

    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    cities = commands.add_parser("cities", help="all partner cities with their status")
    add_lang_argument(cities)
    cities.add_argument("--json", action="store_true", help="machine-readable output")

    match = commands.add_parser("match", help="rank the partner cities for a profile")
    add_profile_arguments(match)
    add_lang_argument(match)
    match.add_argument("--json", action="store_true", help="machine-readable output")

    report = commands.add_parser("report", help="write the counselling record (PDF) for a profile")
    add_profile_arguments(report)
    add_report_arguments(report)
    add_lang_argument(report)
    add_db_parser(commands)
    add_stats_parser(commands)
    add_followups_parser(commands)

    selftest = commands.add_parser(
        "selftest", help="check this installation offscreen with a temporary data folder"
    )
    selftest.add_argument("--verbose", action="store_true", help="show tracebacks of failures")


def parse_arguments(argv: list[str]) -> tuple[Parser, argparse.Namespace]:
    """The parser and what it read from *argv*.

    Starting the GUI needs only the global options: every subcommand's parser (and the
    modules that describe their arguments) is built only when an argument is not one of
    them (``--help`` is one). That keeps ~2 ms of argparse off the way to the first paint;
    messages are the same, since both parsers share the global options.
    """
    gui = build_parser(commands=False)
    args, rest = gui.parse_known_args(argv)
    if not rest:
        args.command = None
        return gui, args
    parser = build_parser()
    return parser, parser.parse_args(argv)


def run(argv: Sequence[str]) -> int:
    from partnerdesk import paths
    from partnerdesk.cli.text import prepare_streams

    prepare_streams()
    paths.private_umask()  # every file PartnerDesk creates from here on is 0600, folders 0700
    parser, args = parse_arguments(list(argv))
    if args.command is not None:
        gc.enable()  # off while starting (partnerdesk.__main__); the GUI enables it later
    lang = args.lang or "de"
    if not (args.command is None and args.quit_after_show):
        paths.secure_data_dir()  # files an older version left readable to others
    try:
        if args.command is None:
            from partnerdesk.app import run_gui

            return run_gui(kiosk=args.kiosk, quit_after_show=args.quit_after_show, lang=args.lang)
        if args.command == "cities":
            return cmd_cities(args, lang)
        if args.command == "match":
            return cmd_match(args, lang)
        if args.command == "db":
            from partnerdesk.cli.db import cmd_db

            return cmd_db(args, lang)
        if args.command == "report":
            return cmd_report(args, lang)
        if args.command == "stats":
            from partnerdesk.cli.stats import cmd_stats

            return cmd_stats(args, lang)
        if args.command == "followups":
            from partnerdesk.cli.followups import cmd_followups

            return cmd_followups(args, lang)
        if args.command == "selftest":
            from partnerdesk.selftest import run_selftest

            return run_selftest(verbose=args.verbose)
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    except CliError as exc:
        parser.error(str(exc))
    except Exception as exc:
        # A damaged database or a storage fault: one line and exit 1, not a traceback.
        from partnerdesk.cli.db import storage_failure

        code = storage_failure(exc, lang)
        if code is None:
            raise
        return code
    parser.error(f"unknown command {args.command!r}")


def _cities() -> list[City]:
    from partnerdesk.store.bootstrap import load_cities

    return load_cities()


def _print_json(data: object) -> None:
    from partnerdesk.cli.text import json_ensure_ascii

    json.dump(data, sys.stdout, ensure_ascii=json_ensure_ascii(), indent=2)
    sys.stdout.write("\n")


def cmd_cities(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.cli.output import cities_json, cities_table

    cities = _cities()
    if args.json:
        _print_json(cities_json(cities, lang))
    else:
        sys.stdout.write(cities_table(cities, lang))
    return 0


def cmd_match(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.cli.output import ranking_table
    from partnerdesk.cli.profile_args import profile_from_args
    from partnerdesk.core.matching import rank, ranking_to_json

    profile = profile_from_args(args)
    ranking = rank(_cities(), profile)
    if args.json:
        _print_json(ranking_to_json(ranking, lang))
    else:
        sys.stdout.write(ranking_table(ranking, lang))
    return 0


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from partnerdesk.cli.report import cmd_report as write_report

    return write_report(args, lang)

"""Profile arguments shared by ``match`` and ``report``: parsing with precise errors."""

from __future__ import annotations

import argparse
import re

from partnerdesk.core.domain import CRITERIA, DEFAULT_WEIGHTS, Profile, ProfileError, default_start
from partnerdesk.core.vocab import LANGUAGES, MAX_INTEREST, THEME_KEYS, normalize_level


def _split(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise argparse.ArgumentTypeError(f"{option} {text!r}: expected KEY=VALUE")
    return key.strip().lower(), value.strip()


def interest_arg(text: str) -> tuple[str, int]:
    theme, value = _split(text, "--interest")
    if theme not in THEME_KEYS:
        raise argparse.ArgumentTypeError(
            f"unknown theme {theme!r} (known: {', '.join(THEME_KEYS)})"
        )
    if value not in {str(i) for i in range(MAX_INTEREST + 1)}:
        raise argparse.ArgumentTypeError(f"interest {theme}={value!r}: expected 0-{MAX_INTEREST}")
    return theme, int(value)


def language_arg(text: str) -> tuple[str, str]:
    code, value = _split(text, "--language")
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language code {code!r} (ISO 639-1, e.g. fr)")
    try:
        level = normalize_level(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"language level {value!r} for {code}: expected A1, A2, B1, B2, C1, C2 or native"
        ) from None
    return code, level


def weight_arg(text: str) -> tuple[str, float]:
    criterion, value = _split(text, "--weight")
    if criterion not in CRITERIA:
        raise argparse.ArgumentTypeError(
            f"unknown criterion {criterion!r} (known: {', '.join(CRITERIA)})"
        )
    weight = float(value) if _ASCII_FLOAT.fullmatch(value) else -1.0
    if not 0.0 <= weight <= 1.0:
        raise argparse.ArgumentTypeError(f"weight {criterion}={value!r}: expected 0-1")
    return criterion, weight


def start_arg(text: str) -> tuple[int, int]:
    """``2027-04`` -> (2027, 4): the planned start of the stay (month and year)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise argparse.ArgumentTypeError(f"start {text!r}: expected YYYY-MM, e.g. 2027-04")
    return int(match.group(1)), int(match.group(2))


# int() and float() also accept Arabic-Indic (٤) and full-width (４) digits; a number on the
# command line is ASCII, anything else is a typo or an attack on a log.
_ASCII_INT = re.compile(r"[+-]?[0-9]+")
_ASCII_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def _ranged_int(low: int, high: int, name: str) -> argparse._ActionType:
    def parse(text: str) -> int:
        stripped = text.strip()
        value = int(stripped) if _ASCII_INT.fullmatch(stripped) else low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} {text!r}: expected {low}-{high}")
        return value

    return parse


def add_profile_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("profile")
    group.add_argument(
        "--interest",
        action="append",
        type=interest_arg,
        default=[],
        metavar="THEME=0-3",
        help="interest in a theme (repeatable)",
    )
    group.add_argument(
        "--language",
        action="append",
        type=language_arg,
        default=[],
        metavar="CODE=LEVEL",
        help="language with CEFR level A1-C2 or native (repeatable; German native unless given)",
    )
    group.add_argument(
        "--weeks",
        type=_ranged_int(0, 52, "weeks"),
        default=4,
        help="weeks available for the stay (0-52, default 4)",
    )
    group.add_argument(
        "--abroad-only", action="store_true", help="exclude the domestic partner city"
    )
    group.add_argument(
        "--independence",
        type=_ranged_int(1, 5, "independence"),
        default=3,
        help="1 = needs much support ... 5 = fully independent (default 3)",
    )
    group.add_argument(
        "--structure",
        type=_ranged_int(0, 3, "structure"),
        default=1,
        help="how much a similar administration matters, 0-3 (default 1)",
    )
    group.add_argument(
        "--start",
        type=start_arg,
        default=None,
        metavar="YYYY-MM",
        help="planned start of the stay (default: the first month at least "
        "4 months ahead, the usual application lead time)",
    )
    group.add_argument(
        "--weight",
        action="append",
        type=weight_arg,
        default=[],
        metavar="CRITERION=0-1",
        help=f"criterion weight (defaults: "
        f"{', '.join(f'{k}={v}' for k, v in DEFAULT_WEIGHTS.items())})",
    )


def profile_from_args(args: argparse.Namespace) -> Profile:
    languages = {"de": "native"}
    languages.update(dict(args.language))
    weights = dict(DEFAULT_WEIGHTS)
    weights.update(dict(args.weight))
    try:
        return Profile(
            interests=dict(args.interest),
            languages=languages,
            weeks=args.weeks,
            abroad_only=args.abroad_only,
            independence=args.independence,
            structure_importance=args.structure,
            weights=weights,
            start=args.start or default_start(),
        )
    except ProfileError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None

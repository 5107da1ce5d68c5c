"""Limits a data-pack file must keep before it is parsed: size, nesting, numbers, keys, cities.

A pack comes from outside (another municipality, an e-mail attachment). Python's ``json``
module accepts what the pack format never needs and what hurts the app: nesting 100,000 deep
(``RecursionError``, which reached the crash dialog), integers of 5,000 digits
(``ValueError``), the same key twice (the last one silently won), ``NaN``, and files of any
size (6,000 cities took 41 s and 488 MB). ``read_pack_json`` refuses all of them with a
``PackError`` naming the place, as every other pack defect is refused.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from partnerdesk.core.pack_fields import PackError

MAX_FILE_BYTES = 2 * 1024 * 1024  # the shipped pack of 11 cities has about 60 KB
MAX_DEPTH = 16  # the pack format nests 5 deep
MAX_INT_DIGITS = 12
MAX_CITIES = 200  # Dortmund has 11 partner cities; no German city has more than ~50


def _error(message: str) -> Exception:
    return PackError(message)


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings (no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _error(
                f"key {json.dumps(key, ensure_ascii=False)[:60]} appears twice in one object"
            )
        result[key] = value
    return result


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _error(f"number with {len(text.lstrip('-')):,} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _parse_constant(name: str) -> float:
    raise _error(f"{name} is not a number the pack allows")


def read_pack_json(path: Path) -> object:
    """The parsed JSON of the pack file at *path*, within the limits above."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _error(f"{name}: cannot read ({exc.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise _error(f"{name}: file too large ({size:,} bytes; at most {MAX_FILE_BYTES:,})")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _error(f"{name}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise _error(f"{name}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _error(f"{name}: file too large (at most {MAX_FILE_BYTES:,} bytes)")
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise _error(f"{name}: nested {depth} levels deep (at most {MAX_DEPTH})")
    try:
        data = json.loads(
            text, object_pairs_hook=_pairs, parse_int=_parse_int, parse_constant=_parse_constant
        )
    except json.JSONDecodeError as exc:
        raise _error(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (RecursionError, ValueError) as exc:
        if isinstance(exc, PackError):
            raise _error(f"{name}: {exc}") from None
        raise _error(f"{name}: not usable JSON ({type(exc).__name__})") from None
    cities = data.get("cities") if isinstance(data, dict) else None
    if isinstance(cities, list) and len(cities) > MAX_CITIES:
        raise _error(f"{name}: cities: {len(cities):,} cities (at most {MAX_CITIES})")
    return data

"""Readers for the fields of a city data pack: each checks one value and names its path.

``datapack`` (cities) and ``advice_pack`` (dated rules) both read with these, so neither
has to import the other. A refusal is one ``PackError`` line: path, then the problem.
"""

from __future__ import annotations

import json
from typing import Any

from partnerdesk.core.city_rules import SLUG, Problem
from partnerdesk.core.domain import Text


class PackError(ValueError):
    """The pack is unusable; the message names the first bad entry and field.

    A broken city rule carries its ``Problem`` (field path from the pack's top); a pack
    that is not even shaped right (a string where an object belongs) carries none.
    """

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


# --- reading helpers ----------------------------------------------------------------------


def _show(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _at(where: str, *keys: str | int) -> str:
    for key in keys:
        where = f"{where}[{key}]" if isinstance(key, int) else f"{where}.{key}" if where else key
    return where


def _fail(where: str, problem: str) -> PackError:
    return PackError(f"{where or 'pack'}: {problem}")


def _object(
    value: object, where: str, fields: tuple[str, ...], optional: dict[str, Any] | None = None
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected an object, got {_show(value)}")
    for key in value:
        if key not in fields:
            raise _fail(_at(where, str(key)), "unknown field")
    result: dict[str, Any] = {}
    for key in fields:
        if key in value:
            result[key] = value[key]
        elif optional is not None and key in optional:
            result[key] = optional[key]
        else:
            raise _fail(_at(where, key), "missing")
    return result


def _list(value: object, where: str, needs: str = "") -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, f"expected a list, got {_show(value)}")
    if needs and not value:
        raise _fail(where, f"at least one {needs}")
    return value


def _str(value: object, where: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"expected a string, got {_show(value)}")
    if required and not value.strip():
        raise _fail(where, "must not be empty")
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, f"expected true or false, got {_show(value)}")
    return value


def _int(value: object, where: str, low: int, high: int, what: str = "a whole number") -> int:
    # bool is an int subclass in Python; true/false must not pass as 1/0.
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(where, f"expected {what}, got {_show(value)}")
    if not low <= value <= high:
        raise _fail(where, f"{value} is outside {low}..{high}")
    return value


def _number(value: object, where: str, what: str = "a number") -> float:
    """A JSON number (not true/false); its range is a rule of the record (``city_rules``)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _fail(where, f"expected {what}, got {_show(value)}")
    return value


def _whole(value: object, where: str, what: str = "a whole number") -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(where, f"expected {what}, got {_show(value)}")
    return value


def _strings(value: object, where: str) -> tuple[str, ...]:
    items = _list(value, where)
    return tuple(_str(item, _at(where, i)) for i, item in enumerate(items))


def _choice(value: object, where: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _fail(where, f"expected one of {', '.join(choices)}, got {_show(value)}")
    return value


def _text(value: object, where: str, *, required: bool = False) -> Text:
    raw = _object(value, where, ("de", "en"))
    return Text(
        _str(raw["de"], _at(where, "de"), required=required), _str(raw["en"], _at(where, "en"))
    )


def _slug(value: object, where: str) -> str:
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise _fail(where, f"expected a slug (a-z, 0-9, -), got {_show(value)}")
    return value

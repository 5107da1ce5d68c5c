"""The kiosk take-away: the answers only, as one short line of text for a QR code.

The apprentice takes the QR code home (photo or printout); in the counselling talk the
advisor scans it (a scanner types the text into the handover field) and the answers become
the apprentice's self-assessment. The text holds the answers and nothing else - no name, no
ranking, no date:

    PD1|i:kultur=3,jugend=2|l:en=B2,fr=A2|w:6|a:1|u:3|s:1

``i`` interests (0 omitted), ``l`` languages (German native omitted), ``w`` weeks, ``a``
abroad only, ``u`` independence, ``s`` structure importance. Weights are not part of the
kiosk and stay at their defaults. ``decode`` rejects anything else with a one-line reason
naming the bad part.
"""

from __future__ import annotations

from partnerdesk.core.domain import Profile
from partnerdesk.core.vocab import CEFR_LEVELS, LANGUAGES, THEMES

PREFIX = "PD1"


class TakeawayError(ValueError):
    """Not a take-away text; the message names the bad part."""


def looks_like_takeaway(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX + "|")


def encode(profile: Profile) -> str:
    interests = ",".join(f"{k}={v}" for k, v in sorted(profile.interests.items()) if v > 0)
    languages = ",".join(
        f"{k}={v}" for k, v in sorted(profile.languages.items()) if (k, v) != ("de", "native")
    )
    return "|".join(
        (
            PREFIX,
            f"i:{interests}",
            f"l:{languages}",
            f"w:{profile.weeks}",
            f"a:{int(profile.abroad_only)}",
            f"u:{profile.independence}",
            f"s:{profile.structure_importance}",
        )
    )


def _pairs(part: str, what: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in filter(None, part.split(",")):
        key, sep, value = item.partition("=")
        if not sep or not key or not value:
            raise TakeawayError(f"{what}: {item[:30]!r} is not KEY=VALUE")
        found[key.strip().lower()] = value.strip()
    return found


def _number(fields: dict[str, str], key: str, low: int, high: int, default: int) -> int:
    text = fields.get(key, str(default))
    if not text.isdigit() or not low <= int(text) <= high:
        raise TakeawayError(f"{key}:{text[:10]!r}: expected {low}-{high}")
    return int(text)


def decode(text: str) -> Profile:
    parts = text.strip().split("|")
    if not parts or parts[0].upper() != PREFIX:
        raise TakeawayError(f"{text[:20]!r}: not a PartnerDesk take-away (starts with {PREFIX}|)")
    fields: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition(":")
        if not sep or key not in ("i", "l", "w", "a", "u", "s"):
            raise TakeawayError(f"{part[:30]!r}: unknown part")
        fields[key] = value
    interests: dict[str, int] = {}
    for key, value in _pairs(fields.get("i", ""), "interests").items():
        if key not in THEMES or value not in ("0", "1", "2", "3"):
            raise TakeawayError(f"interest {key}={value[:10]!r}: unknown theme or not 0-3")
        interests[key] = int(value)
    languages: dict[str, str] = {"de": "native"}
    for key, value in _pairs(fields.get("l", ""), "languages").items():
        level = "native" if value.lower() == "native" else value.upper()
        if key not in LANGUAGES or (level != "native" and level not in CEFR_LEVELS):
            raise TakeawayError(f"language {key}={value[:10]!r}: unknown code or level")
        languages[key] = level
    return Profile(
        interests=interests,
        languages=languages,
        weeks=_number(fields, "w", 0, 52, 4),
        abroad_only=bool(_number(fields, "a", 0, 1, 0)),
        independence=_number(fields, "u", 1, 5, 3),
        structure_importance=_number(fields, "s", 0, 3, 1),
    )

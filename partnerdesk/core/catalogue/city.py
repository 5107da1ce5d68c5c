"""The catalogue's ``city`` group: one message per rule of a partner city record
(``core/city_rules.py`` reports ``Problem(field, code, params)``; ``city.<code>`` is its
message). ``{value}`` and friends are filled in by ``city_rules.describe``, which quotes the
bad value the way each language does.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label

L = Label

ENTRIES: dict[str, Label] = {
    "city.required": L("Das Feld ist leer; bitte ausfüllen.", "must not be empty"),
    "city.reason_required": L(
        "Bei Status „{status}“ bitte einen Grund angeben.", "required when status is {status}"
    ),
    "city.too_long": L(
        "{value} hat {length} Zeichen; höchstens {max} sind möglich.",
        "{value} has {length} characters, at most {max} allowed",
    ),
    "city.nul": L(
        "{value} enthält ein NUL-Zeichen (U+0000); bitte entfernen.",
        "{value} contains a NUL character (U+0000)",
    ),
    "city.not_slug": L(
        "{value} ist keine gültige Kennung (nur a–z, 0–9 und Bindestrich).",
        "expected a slug (a-z, 0-9, -), got {value}",
    ),
    "city.country_code": L(
        "{value} ist kein Ländercode nach ISO 3166 wie DE.",
        "expected an ISO 3166 code like DE, got {value}",
    ),
    "city.out_of_range": L(
        "{value} liegt außerhalb von {low} bis {high}.", "{value} is outside {low}..{high}"
    ),
    "city.not_one_of": L(
        "{value} ist nicht vorgesehen; möglich sind: {choices}.",
        "expected one of {choices}, got {value}",
    ),
    "city.themes_missing": L("Bitte mindestens ein Thema ankreuzen.", "needs at least one theme"),
    "city.unknown_theme": L("Unbekanntes Thema {value}.", "unknown theme {value}"),
    "city.duplicate_theme": L(
        "Das Thema {value} steht zweimal in der Liste.", "theme {value} listed twice"
    ),
    "city.focus_missing": L(
        "Mindestens ein Schwerpunkt ist nötig.", "needs at least one focus area"
    ),
    "city.languages_missing": L(
        "Mindestens eine Sprache ist nötig.", "needs at least one language"
    ),
    "city.unknown_language": L("Unbekannter Sprachcode {value}.", "unknown language code {value}"),
    "city.duplicate_language": L(
        "Die Sprache {value} steht zweimal in der Liste.", "duplicate language {value}"
    ),
    "city.unknown_source": L("Unbekannte Quelle {value}.", "unknown source key {value}"),
    "city.not_a_city_field": L(
        "{value} ist kein Feld einer Stadt.", "{value} is not a field of a city"
    ),
    "city.bad_url": L(
        "{value} ist keine Webadresse (http:// oder https://).",
        "expected a web address (http:// or https://), got {value}",
    ),
    "city.duplicate_id": L("Die Kennung {value} kommt zweimal vor.", "duplicate id {value}"),
    "city.duplicate_key": L("Der Schlüssel {value} kommt zweimal vor.", "duplicate key {value}"),
    "city.cities_missing": L("Das Datenpaket enthält keine Stadt.", "needs at least one city"),
}

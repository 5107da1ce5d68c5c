"""Stable vocabularies: themes, CEFR levels, languages, statuses, funding routes, offers.

Keys are stable (CLI, data pack, database). Labels are German with an English twin; the UI
passes them through its own translation layer, the core stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Label:
    de: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


@dataclass(frozen=True, slots=True)
class Text:
    """A text of the data (pack, database): German original, optional English twin."""

    de: str
    en: str = ""

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.de


# --- Themes -------------------------------------------------------------------------------

THEMES: dict[str, Label] = {
    "kultur": Label("Kultur & Musik", "Culture & music"),
    "jugend": Label("Jugend & Jugendaustausch", "Youth & youth exchange"),
    "bildung": Label("Bildung, Schule & Hochschule", "Education, schools & universities"),
    "sport": Label("Sport", "Sport"),
    "wirtschaft": Label("Wirtschaft & Stadtwerke", "Economy & municipal utilities"),
    "verwaltung": Label("Verwaltung & Fachkräfteaustausch", "Administration & staff exchange"),
    "erinnerung": Label("Erinnerungskultur & Geschichte", "Remembrance & history"),
    "demokratie": Label(
        "Demokratie, Desinformation & Extremismusprävention",
        "Democracy, disinformation & preventing extremism",
    ),
    "gleichstellung": Label("Gleichstellung & Teilhabe", "Equality & participation"),
    "nachhaltigkeit": Label(
        "Nachhaltigkeit, Klima & fairer Handel", "Sustainability, climate & fair trade"
    ),
    "hilfe": Label("Katastrophenhilfe & Bevölkerungsschutz", "Disaster relief & civil protection"),
    "energie": Label("Energie & Wasserstoff", "Energy & hydrogen"),
}
THEME_KEYS: tuple[str, ...] = tuple(THEMES)

INTEREST_LABELS: tuple[Label, ...] = (
    Label("egal", "doesn't matter"),
    Label("etwas wichtig", "somewhat important"),
    Label("wichtig", "important"),
    Label("sehr wichtig", "very important"),
)
MAX_INTEREST = 3

# --- CEFR levels --------------------------------------------------------------------------

CEFR_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
# One-line self-assessment descriptions (after the CEFR global scale).
CEFR_DESCRIPTIONS: dict[str, Label] = {
    "A1": Label(
        "Ich verstehe und nutze einfache Alltagsausdrücke.",
        "I understand and use simple everyday expressions.",
    ),
    "A2": Label(
        "Ich verständige mich in einfachen, vertrauten Situationen.",
        "I can communicate in simple, familiar situations.",
    ),
    "B1": Label(
        "Ich komme im Alltag und bei vertrauten Arbeitsthemen zurecht.",
        "I can handle everyday life and familiar work topics.",
    ),
    "B2": Label(
        "Ich unterhalte mich spontan und fließend auch über Fachthemen.",
        "I talk spontaneously and fluently, also about work topics.",
    ),
    "C1": Label(
        "Ich nutze die Sprache wirksam und flexibel im Beruf.",
        "I use the language effectively and flexibly at work.",
    ),
    "C2": Label(
        "Ich verstehe praktisch alles mühelos.", "I understand virtually everything with ease."
    ),
    "native": Label("Muttersprache", "Native language"),
}


def level_rank(level: str) -> int:
    """A1 -> 1 ... C2 -> 6, native -> 7. Raises ValueError for anything else."""
    try:
        return CEFR_LEVELS.index(level) + 1
    except ValueError:
        raise ValueError(level) from None


def normalize_level(text: str) -> str:
    """Accept 'b1', 'B1', 'Native', 'muttersprache'; return the canonical key."""
    value = text.strip()
    if value.upper() in CEFR_LEVELS:
        return value.upper()
    if value.lower() in ("native", "muttersprache", "nat"):
        return "native"
    raise ValueError(text)


# --- Languages (ISO 639-1) ----------------------------------------------------------------

LANGUAGES: dict[str, Label] = {
    "de": Label("Deutsch", "German"),
    "en": Label("Englisch", "English"),
    "fr": Label("Französisch", "French"),
    "ru": Label("Russisch", "Russian"),
    "uk": Label("Ukrainisch", "Ukrainian"),
    "he": Label("Hebräisch", "Hebrew"),
    "sr": Label("Serbisch", "Serbian"),
    "hu": Label("Ungarisch", "Hungarian"),
    "sk": Label("Slowakisch", "Slovak"),
    "zh": Label("Chinesisch", "Chinese"),
    "tr": Label("Türkisch", "Turkish"),
    "tw": Label("Twi", "Twi"),
    "es": Label("Spanisch", "Spanish"),
    "it": Label("Italienisch", "Italian"),
    "pt": Label("Portugiesisch", "Portuguese"),
    "nl": Label("Niederländisch", "Dutch"),
    "pl": Label("Polnisch", "Polish"),
    "cs": Label("Tschechisch", "Czech"),
    "hr": Label("Kroatisch", "Croatian"),
    "bs": Label("Bosnisch", "Bosnian"),
    "ro": Label("Rumänisch", "Romanian"),
    "bg": Label("Bulgarisch", "Bulgarian"),
    "el": Label("Griechisch", "Greek"),
    "sq": Label("Albanisch", "Albanian"),
    "ar": Label("Arabisch", "Arabic"),
    "fa": Label("Persisch", "Persian"),
    "ku": Label("Kurdisch", "Kurdish"),
    "ja": Label("Japanisch", "Japanese"),
    "ko": Label("Koreanisch", "Korean"),
    "vi": Label("Vietnamesisch", "Vietnamese"),
    "da": Label("Dänisch", "Danish"),
    "sv": Label("Schwedisch", "Swedish"),
    "no": Label("Norwegisch", "Norwegian"),
    "fi": Label("Finnisch", "Finnish"),
}


def language_name(code: str) -> Label:
    """The name of a language; an unknown code (another pack's) shows itself."""
    return LANGUAGES.get(code, Label(code, code))


# --- Matching criteria and feasibility ------------------------------------------------------

CRITERION_LABELS: dict[str, Label] = {
    "themes": Label("Themen", "Themes"),
    "language": Label("Sprache", "Language"),
    "structure": Label("Verwaltungsstruktur", "Administrative structure"),
    "time": Label("Zeit", "Time"),
    "support": Label("Unterstützung", "Support"),
}
FEASIBILITY_LABELS: dict[str, Label] = {
    "ok": Label("machbar", "feasible"),
    "limited": Label("nur eingeschränkt möglich", "possible only with limits"),
}

# --- City attributes ----------------------------------------------------------------------


class Status(StrEnum):
    ACTIVE = "active"
    RESTRICTED = "restricted"
    PAUSED = "paused"


STATUS_LABELS: dict[str, Label] = {
    "active": Label("aktiv", "active"),
    "restricted": Label("eingeschränkt", "restricted"),
    "paused": Label("ruhend", "paused"),
}


class Comparability(StrEnum):
    SIMILAR = "similar"
    PARTLY = "partly"
    DIFFERENT = "different"


COMPARABILITY_LABELS: dict[str, Label] = {
    "similar": Label("ähnlich", "similar"),
    "partly": Label("teilweise ähnlich", "partly similar"),
    "different": Label("deutlich anders", "clearly different"),
}
COMPARABILITY_VALUE: dict[str, float] = {"similar": 1.0, "partly": 0.5, "different": 0.0}


class Funding(StrEnum):
    ERASMUS = "erasmus_plus"
    AUSBILDUNG_WELTWEIT = "ausbildung_weltweit"
    DOMESTIC = "domestic"


FUNDING_LABELS: dict[str, Label] = {
    "erasmus_plus": Label("Erasmus+ (Berufsbildung)", "Erasmus+ (vocational education)"),
    "ausbildung_weltweit": Label("AusbildungWeltweit", "AusbildungWeltweit"),
    "domestic": Label("Inland – kein Austauschprogramm nötig", "Domestic – no exchange programme"),
}
# Funding routes of the data pack's rules: the city routes plus Team INA's own funding.
ROUTE_LABELS: dict[str, Label] = {
    **FUNDING_LABELS,
    "team_ina": Label("Förderung durch Team INA", "Funding by Team INA"),
}
# How a stay was paid for (core/stays.py). The three programme routes of the city data, plus
# Team INA's own financial support (presentation: "Finanzielle Förderung") and "self-funded /
# other".
STAY_FUNDING_LABELS: dict[str, Label] = {
    **FUNDING_LABELS,
    "team_ina": Label("Förderung durch das Team INA", "Funding by Team INA"),
    "other": Label("Selbst finanziert oder anders", "Self-funded or other"),
}


def route_label(route: str) -> Label:
    """The words for a funding route; an unknown route (another pack's) shows its key."""
    return ROUTE_LABELS.get(route, Label(route, route))


class SupportLevel(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SUPPORT_VALUE: dict[str, float] = {"high": 1.0, "medium": 0.6, "low": 0.25}
SUPPORT_LABELS: dict[str, Label] = {
    "high": Label(
        "bestehende Praktikums- oder Fachkräftekanäle",
        "existing internship or staff-exchange channels",
    ),
    "medium": Label(
        "Kontakte über Schulen, Vereine oder Projekte",
        "contacts through schools, clubs or projects",
    ),
    "low": Label(
        "kaum bestehende Kanäle für einen Aufenthalt", "hardly any existing channels for a stay"
    ),
}

# --- Team INA offers (presentation, "Unterstützung durch das Team INA") --------------------

OFFERS: dict[str, Label] = {
    "fit_fuer_europa": Label(
        "Europaseminar „Fit für Europa“ für Azubis",
        'European seminar "Fit für Europa" for apprentices',
    ),
    "vermittlung": Label(
        "Praktikums- und/oder Kontaktvermittlung", "Brokering of internships and/or contacts"
    ),
    "unterkunft": Label(
        "Unterstützung bei der Suche nach Unterkünften", "Help finding accommodation"
    ),
    "foerderung": Label("Finanzielle Förderung", "Financial support"),
}
OFFER_KEYS: tuple[str, ...] = tuple(OFFERS)

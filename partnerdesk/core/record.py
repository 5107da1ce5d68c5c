"""The counselling record ("Beratungsprotokoll"): its content and its HTML, without Qt.

``RecordData`` holds everything a record shows; ``build_record_html`` turns it into the HTML
subset that ``QTextDocument`` understands, and ``partnerdesk.qt.pdf`` prints that to PDF.

Every piece of user or data text goes through ``_text`` (``html.escape`` plus bidi isolation),
never into the markup as is: a note reading ``<a href="x">y</a>`` shows those characters, and
the only markup in the record is the markup written in this module — no links, no images.
The record is printed in one language (``data.language``); its labels are German/English
``Label`` pairs here because the core has no Qt translator.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS, DEFAULT_WEIGHTS, Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    INTEREST_LABELS,
    LANGUAGES,
    OFFERS,
    THEMES,
    Label,
)

TOP_MATCHES = 5
SOURCE_TITLE = Label(
    "Präsentation „Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?“ "
    "(Stadt Dortmund – Internationale Beziehungen)",
    "Presentation \"Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?\" "
    "(City of Dortmund – International Relations)",
)


# --- content ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordObstacle:
    text: str
    offers: tuple[str, ...] = ()  # keys of vocab.OFFERS


@dataclass(frozen=True, slots=True)
class RecordMatch:
    """One ranked city as it was at the talk (a snapshot: later data changes don't touch it)."""

    city_id: str
    name: str
    score: float  # 0..100
    contributions: Mapping[str, float]  # criterion -> points, adding up to score
    reasons: tuple[str, ...] = ()
    obstacles: tuple[RecordObstacle, ...] = ()
    funding: str = ""
    warning: str | None = None
    local_name: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class RecordExcluded:
    city_id: str
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class RecordRanking:
    matches: tuple[RecordMatch, ...] = ()
    excluded: tuple[RecordExcluded, ...] = ()
    close_call: bool = False


@dataclass(frozen=True, slots=True)
class NextStep:
    text: str
    owner: str = ""
    due: date | None = None
    done: bool = False
    offer: str | None = None  # a key of vocab.OFFERS when the step is a Team INA offer


@dataclass(frozen=True, slots=True)
class RecordData:
    record_id: str
    created: date
    advisor: str
    apprentice: str
    profile: Profile
    ranking: RecordRanking = field(default_factory=RecordRanking)
    occupation: str = ""
    training_year: int | None = None
    notes: str = ""
    next_steps: tuple[NextStep, ...] = ()
    chosen_cities: tuple[str, ...] = ()  # display names
    consent_date: date | None = None
    deletion_date: date | None = None
    language: str = "de"  # "de" | "en"
    pack_version: str = ""
    app_version: str = ""


def record_ranking(ranking: Ranking, lang: str, top: int = TOP_MATCHES) -> RecordRanking:
    """Snapshot the first *top* results of a live ranking in one language."""
    matches = []
    for result in ranking.results[:top]:
        e = result.explanation
        city = result.city
        matches.append(RecordMatch(
            city_id=city.id,
            name=city.name(lang),
            score=result.score,
            contributions=dict(result.contributions),
            reasons=tuple(r.get(lang) for r in e.reasons),
            obstacles=tuple(RecordObstacle(o.text.get(lang), o.offers) for o in e.obstacles),
            funding=e.funding.get(lang),
            warning=e.warning.get(lang) if e.warning else None,
            local_name=city.name_local,
            country=city.country(lang),
        ))
    excluded = tuple(RecordExcluded(x.city.id, x.city.name(lang), x.reason.get(lang))
                     for x in ranking.excluded)
    return RecordRanking(tuple(matches), excluded, ranking.close_call)


def record_ranking_from_json(data: Mapping[str, object], top: int = TOP_MATCHES) -> RecordRanking:
    """Read a stored ``ranking_to_json`` snapshot (the shape of ``match --json``)."""

    def items(value: object) -> list[Mapping[str, object]]:
        return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    def number(value: object) -> float:
        return float(value) if isinstance(value, int | float) else 0.0

    matches = []
    for raw in items(data.get("ranking"))[:top]:
        contributions = raw.get("contributions")
        obstacles = []
        for o in items(raw.get("obstacles")):
            offers = o.get("offers")
            keys = (tuple(k for k in offers if isinstance(k, str))
                    if isinstance(offers, list) else ())
            obstacles.append(RecordObstacle(text(o.get("text")), keys))
        reasons = raw.get("reasons")
        matches.append(RecordMatch(
            city_id=text(raw.get("city")),
            name=text(raw.get("name")),
            score=number(raw.get("score")),
            contributions=({str(k): number(v) for k, v in contributions.items()}
                           if isinstance(contributions, Mapping) else {}),
            reasons=tuple(r for r in reasons if isinstance(r, str))
            if isinstance(reasons, list) else (),
            obstacles=tuple(obstacles),
            funding=text(raw.get("funding_text")),
            warning=text(raw.get("warning")) or None,
            local_name=text(raw.get("name_local")),
            country=text(raw.get("country")),
        ))
    excluded = tuple(RecordExcluded(text(x.get("city")), text(x.get("name")),
                                    text(x.get("reason")))
                     for x in items(data.get("excluded")))
    return RecordRanking(tuple(matches), excluded, bool(data.get("close_call")))


_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def default_record_filename(day: date, record_id: str) -> str:
    """``Beratungsprotokoll_<YYYY-MM-DD>_<id>.pdf``; the id is reduced to file-name-safe ASCII."""
    safe = _UNSAFE_ID.sub("-", record_id).strip("-") or "0"
    return f"Beratungsprotokoll_{day.isoformat()}_{safe}.pdf"


# --- labels ------------------------------------------------------------------------------

L = Label
T: dict[str, Label] = {
    "org": L("Stadt Dortmund", "City of Dortmund"),
    "unit": L("Internationale Beziehungen – Team INA",
              "International Relations – Team INA"),
    "title": L("Beratungsprotokoll", "Counselling record"),
    "subtitle": L("Auslandsaufenthalt in einer Partnerstadt – Beratung für Auszubildende",
                  "Stay in a partner city – counselling for apprentices"),
    "record_no": L("Protokoll-Nr.", "Record no."),
    "date": L("Datum", "Date"),
    "advisor": L("Beratung durch", "Advisor"),
    "apprentice": L("Auszubildende/r", "Apprentice"),
    "occupation": L("Ausbildungsberuf", "Training occupation"),
    "year": L("Ausbildungsjahr", "Training year"),
    "year_value": L("{n}. Ausbildungsjahr", "year {n}"),
    "profile": L("Selbsteinschätzung", "Self-assessment"),
    "interests": L("Interessen", "Interests"),
    "no_interests": L("keine Themen gewählt", "no themes chosen"),
    "languages": L("Sprachen", "Languages"),
    "native": L("Muttersprache", "native"),
    "weeks": L("Verfügbare Zeit", "Time available"),
    "weeks_value": L("{n} Wochen", "{n} weeks"),
    "week_value": L("{n} Woche", "{n} week"),
    "abroad": L("Nur Ausland", "Abroad only"),
    "yes": L("ja", "yes"),
    "no": L("nein", "no"),
    "independence": L("Selbstständigkeit", "Independence"),
    "independence_value": L("{n} von 5 (1 = braucht viel Unterstützung, 5 = ganz selbstständig)",
                            "{n} of 5 (1 = needs much support, 5 = fully independent)"),
    "structure": L("Ähnliche Verwaltung", "Similar administration"),
    "weights": L("Gewichtung (angepasst)", "Weights (adjusted)"),
    "matches": L("Passende Partnerstädte", "Matching partner cities"),
    "matches_intro": L("Die {n} am besten passenden Städte zum Zeitpunkt des Gesprächs. "
                       "Punkte von 0 bis 100; die Anteile der Kriterien ergeben zusammen "
                       "die Punktzahl.",
                       "The {n} best-matching cities at the time of the talk. Scores from 0 "
                       "to 100; the criterion shares add up to the score."),
    "no_matches": L("Keine Stadt bewertet.", "No city ranked."),
    "points": L("{s} von 100 Punkten", "{s} of 100 points"),
    "total": L("Gesamt", "Total"),
    "close_call": L("Knappe Entscheidung: Platz 1 und 2 liegen weniger als 10 % auseinander.",
                    "Close call: places 1 and 2 are less than 10 % apart."),
    "reasons": L("Was passt", "What fits"),
    "obstacles": L("Was im Weg steht", "What stands in the way"),
    "offers": L("Hilfe durch Team INA", "Help from Team INA"),
    "funding": L("Förderung", "Funding"),
    "excluded": L("Nicht bewertet", "Not ranked"),
    "notes": L("Gesprächsnotizen", "Notes"),
    "no_notes": L("Keine Notizen.", "No notes."),
    "steps": L("Vereinbarte nächste Schritte", "Agreed next steps"),
    "no_steps": L("Keine Schritte vereinbart.", "No steps agreed."),
    "step": L("Schritt", "Step"),
    "owner": L("Zuständig", "Owner"),
    "due": L("Bis", "Due"),
    "state": L("Stand", "Status"),
    "done": L("erledigt", "done"),
    "open": L("offen", "open"),
    "chosen": L("Städte zur Weiterverfolgung", "Cities to follow up"),
    "privacy": L("Datenschutz", "Data protection"),
    "consent": L("Datenschutzhinweis erteilt / Einwilligung am",
                 "Privacy notice given / consent on"),
    "deletion": L("Löschung der personenbezogenen Daten vorgesehen am",
                  "Personal data scheduled for deletion on"),
    "not_recorded": L("nicht erfasst", "not recorded"),
    "signatures": L("Unterschriften", "Signatures"),
    "sign_advisor": L("Beratung", "Advisor"),
    "sign_apprentice": L("Auszubildende/r", "Apprentice"),
    "sources": L("Quellen", "Sources"),
    "pack": L("Städtedaten: Datenpaket {v}", "City data: data pack {v}"),
    "made_with": L("Erstellt mit PartnerDesk {v}", "Made with PartnerDesk {v}"),
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

# --- safe text ----------------------------------------------------------------------------

_RTL_CLASSES = {"R", "AL"}
_BIDI_CONTROLS = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
FSI, PDI = "\u2068", "\u2069"


def _clean(text: str) -> str:
    """Drop C0/C1 control characters (except newline and tab) that no record should print."""
    return "".join(ch for ch in text
                   if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _needs_isolation(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES | _BIDI_CONTROLS for ch in text)


def _text(value: object) -> str:
    """User or data text as safe HTML: escaped, and bidi-isolated when it has RTL content.

    The isolate (FSI…PDI, Unicode bidi algorithm) keeps a Hebrew name in its own order and
    stops a stray U+202E inside user text from reversing the labels around it.
    """
    text = _clean(str(value))
    escaped = html.escape(text, quote=True)
    return f"{FSI}{escaped}{PDI}" if _needs_isolation(text) else escaped


def _paragraph_dir(text: str) -> str:
    """'rtl' when the first strong character is right-to-left (HTML's dir="auto" rule).

    QTextDocument's HTML subset knows dir="ltr"/"rtl" but not "auto", so we decide here.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


# --- HTML ---------------------------------------------------------------------------------

ACCENT = "#A6192E"  # Dortmund red, dark enough for text on white (contrast 7.6:1)
MUTED = "#4D4D4D"
RULE = "#BFBFBF"
SHADE = "#F2F2F2"

_CSS = f"""
body {{ color: #1A1A1A; }}
h1 {{ font-size: 18pt; font-weight: bold; color: {ACCENT}; margin-top: 0; margin-bottom: 2pt; }}
h2 {{ font-size: 12.5pt; font-weight: bold; color: {ACCENT}; margin-top: 16pt;
      margin-bottom: 4pt; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 2pt; }}
h4 {{ font-size: 9.5pt; font-weight: bold; margin-top: 4pt; margin-bottom: 1pt; }}
p {{ margin-top: 0; margin-bottom: 3pt; }}
td {{ vertical-align: top; }}
th {{ text-align: left; font-weight: bold; background-color: {SHADE}; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; color: {MUTED}; }}
.warn {{ color: {ACCENT}; font-weight: bold; }}
"""


class _Html:
    """A tiny writer; labels are ours and trusted, data always passes through ``_text``."""

    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang == "en" else "de"
        self.parts: list[str] = []

    def t(self, key: str, **values: object) -> str:
        """Our own label, escaped too (labels contain „ “ and & — keep the HTML valid)."""
        template = T[key].get(self.lang)
        return html.escape(template.format(**values) if values else template, quote=False)

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def date(self, day: date | None, short: bool = False) -> str:
        if day is None:
            return f'<span class="muted">{self.t("not_recorded")}</span>'
        if self.lang == "en":
            month = _MONTHS_EN[day.month - 1]
            return f"{day.day} {month[:3] if short else month} {day.year}"
        return f"{day.day:02d}.{day.month:02d}.{day.year}"

    def number(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "de" else text


def _kv_table(rows: Sequence[tuple[str, str]], key_width: int = 28) -> str:
    body = "".join(f'<tr><td width="{key_width}%" class="muted">{k}</td><td>{v}</td></tr>'
                   for k, v in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="3">{body}</table>'


def _header(h: _Html, data: RecordData) -> None:
    h.add(f'<h1>{h.t("title")}</h1><p class="muted">{h.t("subtitle")}</p>')
    rows = [
        (h.t("date"), h.date(data.created)),
        (h.t("advisor"), _text(data.advisor)),
        (h.t("apprentice"), f"<b>{_text(data.apprentice)}</b>"),
    ]
    if data.occupation:
        rows.append((h.t("occupation"), _text(data.occupation)))
    if data.training_year is not None:
        rows.append((h.t("year"), h.t("year_value", n=data.training_year)))
    rows.append((h.t("record_no"), _text(data.record_id)))
    h.add(f'<hr style="color: {RULE}"/>')
    h.add(_kv_table(rows))


def _profile(h: _Html, profile: Profile) -> None:
    lang = h.lang
    interests = sorted(((k, v) for k, v in profile.interests.items() if v > 0),
                       key=lambda kv: (-kv[1], list(THEMES).index(kv[0])))
    interest_text = "<br/>".join(
        f"{_text(THEMES[k].get(lang))} – {_text(INTEREST_LABELS[v].get(lang))}"
        for k, v in interests) or f'<span class="muted">{h.t("no_interests")}</span>'
    languages = sorted(profile.languages.items(),
                       key=lambda kv: (-CEFR_LEVELS.index(kv[1]), kv[0]))
    language_text = ", ".join(
        f"{_text(LANGUAGES.get(code, Label(code, code)).get(lang))} "
        f"({h.t('native') if level == 'native' else _text(level)})"
        for code, level in languages)
    weeks = h.t("week_value" if profile.weeks == 1 else "weeks_value", n=profile.weeks)
    rows = [
        (h.t("interests"), interest_text),
        (h.t("languages"), language_text),
        (h.t("weeks"), weeks),
        (h.t("abroad"), h.t("yes") if profile.abroad_only else h.t("no")),
        (h.t("independence"), h.t("independence_value", n=profile.independence)),
        (h.t("structure"), _text(INTEREST_LABELS[profile.structure_importance].get(lang))),
    ]
    weights = {c: float(profile.weights.get(c, 0.0)) for c in CRITERIA}
    if any(abs(weights[c] - DEFAULT_WEIGHTS[c]) > 1e-9 for c in CRITERIA):
        total = sum(weights.values()) or 1.0
        rows.append((h.t("weights"), ", ".join(
            f"{_text(CRITERION_LABELS[c].get(lang))} {h.number(100 * weights[c] / total, 0)} %"
            for c in CRITERIA)))
    h.add(f'<h2>{h.t("profile")}</h2>')
    h.add(_kv_table(rows))


def _offer_names(h: _Html, keys: Sequence[str]) -> str:
    return "; ".join(_text(OFFERS[k].get(h.lang)) for k in keys if k in OFFERS)


def _match(h: _Html, place: int, m: RecordMatch) -> None:
    name = _text(m.name)
    if m.local_name and m.local_name != m.name:
        name += f" ({_text(m.local_name)})"
    if m.country:
        name += f' <span class="muted">· {_text(m.country)}</span>'
    total = (f'<td width="22%"><span class="small">{h.t("total")}</span><br/>'
             f'<b>{h.t("points", s=h.number(m.score))}</b></td>')
    cells = "".join(
        f'<td align="center"><span class="small">{_text(CRITERION_LABELS[c].get(h.lang))}'
        f"</span><br/>{h.number(float(m.contributions.get(c, 0.0)))}</td>"
        for c in CRITERIA)
    # The title is a heading (not a table cell) so the PDF can keep it with what follows.
    h.add(f'<h3 style="background-color: {SHADE}">{place}. {name}</h3>')
    h.add(f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{total}{cells}</tr></table>')
    if m.warning:
        h.add(f'<p class="warn">{_text(m.warning)}</p>')
    if m.reasons:
        items = "".join(f"<li>{_text(r)}</li>" for r in m.reasons)
        h.add(f'<h4>{h.t("reasons")}</h4><ul style="margin-top: 0">{items}</ul>')
    if m.obstacles:
        items = ""
        for o in m.obstacles:
            offers = _offer_names(h, o.offers)
            # No arrow glyph: the shipped fonts lack U+2192 and it would pull in a system font.
            help_text = (f'<br/><span class="muted"><i>{h.t("offers")}:</i> {offers}</span>'
                         if offers else "")
            items += f"<li>{_text(o.text)}{help_text}</li>"
        h.add(f'<h4>{h.t("obstacles")}</h4><ul style="margin-top: 0">{items}</ul>')
    if m.funding:
        h.add(f'<p><b>{h.t("funding")}:</b> {_text(m.funding)}</p>')


def _matches(h: _Html, ranking: RecordRanking) -> None:
    h.add(f'<h2>{h.t("matches")}</h2>')
    if not ranking.matches:
        h.add(f'<p class="muted">{h.t("no_matches")}</p>')
    else:
        h.add(f'<p class="muted">{h.t("matches_intro", n=len(ranking.matches))}</p>')
    if ranking.close_call:
        h.add(f'<p class="warn">{h.t("close_call")}</p>')
    for place, m in enumerate(ranking.matches, 1):
        _match(h, place, m)
    if ranking.excluded:
        h.add(f'<h3>{h.t("excluded")}</h3>')
        items = "".join(f"<li><b>{_text(x.name)}</b>: {_text(x.reason)}</li>"
                        for x in ranking.excluded)
        h.add(f'<ul style="margin-top: 0">{items}</ul>')


def _notes(h: _Html, notes: str) -> None:
    h.add(f'<h2>{h.t("notes")}</h2>')
    text = _clean(notes).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        h.add(f'<p class="muted">{h.t("no_notes")}</p>')
        return
    # One paragraph per line keeps the advisor's line breaks and lets each line take its own
    # direction (a Hebrew line right-aligned, a German one left-aligned). Paragraphs, not
    # table cells, so a long note flows across pages.
    for line in text.split("\n"):
        if not line.strip():
            h.add("<p>&nbsp;</p>")
            continue
        direction = _paragraph_dir(line)
        align = "right" if direction == "rtl" else "left"
        h.add(f'<p dir="{direction}" align="{align}">{_text(line)}</p>')


def _steps(h: _Html, steps: Sequence[NextStep], chosen: Sequence[str]) -> None:
    h.add(f'<h2>{h.t("steps")}</h2>')
    if not steps:
        h.add(f'<p class="muted">{h.t("no_steps")}</p>')
    else:
        rows = "".join(
            "<tr>"
            f"<td>{_text(s.text) if s.text.strip() else _offer_names(h, [s.offer or ''])}</td>"
            f"<td>{_text(s.owner)}</td>"
            f"<td>{h.date(s.due, short=True) if s.due else ''}</td>"
            f"<td>{h.t('done') if s.done else h.t('open')}</td>"
            "</tr>"
            for s in steps)
        h.add(
            f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-color: {RULE}; border-style: solid; border-collapse: collapse">'
            f'<tr><th width="52%">{h.t("step")}</th><th width="20%">{h.t("owner")}</th>'
            f'<th width="16%">{h.t("due")}</th><th width="12%">{h.t("state")}</th></tr>'
            f"{rows}</table>"
        )
    if chosen:
        h.add(f'<h3>{h.t("chosen")}</h3><p>{", ".join(_text(c) for c in chosen)}</p>')


def _closing(h: _Html, data: RecordData) -> None:
    h.add(f'<h2>{h.t("privacy")}</h2>')
    h.add(_kv_table([(h.t("consent"), h.date(data.consent_date)),
                     (h.t("deletion"), h.date(data.deletion_date))], key_width=55))
    h.add(f'<h3>{h.t("signatures")}</h3>')
    line = "_" * 34
    h.add(
        '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 18pt"><tr>'
        f'<td width="50%">{line}<br/><span class="small">{h.t("date")}, '
        f'{h.t("sign_advisor")}</span></td>'
        f'<td width="50%">{line}<br/><span class="small">{h.t("date")}, '
        f'{h.t("sign_apprentice")}</span></td></tr></table>'
    )
    facts = [f"{h.t('sources')}: {_text(SOURCE_TITLE.get(h.lang))}"]
    if data.pack_version:
        facts.append(h.t("pack", v=data.pack_version))
    if data.app_version:
        facts.append(h.t("made_with", v=data.app_version))
    h.add(f'<hr style="color: {RULE}"/><p class="small">{" · ".join(facts)}</p>')


def build_record_html(data: RecordData) -> str:
    """The record as QTextDocument HTML, in ``data.language``."""
    h = _Html(data.language)
    _header(h, data)
    _profile(h, data.profile)
    _matches(h, data.ranking)
    _notes(h, data.notes)
    _steps(h, data.next_steps, data.chosen_cities)
    _closing(h, data)
    lang = h.lang
    return (f'<html lang="{lang}"><head><meta charset="utf-8"/><style>{_CSS}</style></head>'
            f"<body>{''.join(h.parts)}</body></html>")


def record_title(data: RecordData) -> str:
    """Plain-text document title (PDF metadata), e.g. ``Beratungsprotokoll – Name – date``."""
    h = _Html(data.language)
    title = T["title"].get(h.lang)
    return f"{title} – {_clean(data.apprentice)} – {data.created.isoformat()}"

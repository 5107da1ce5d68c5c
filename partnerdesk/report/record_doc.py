"""The counselling record laid out as blocks for ``resources/typst/document.typ``.

Page 1 is the agreement the apprentice signs and takes home: who, when, the chosen cities
with their headline and feasibility, the next steps (what, who, by when), Team INA's
contact, the data-protection block and the signature lines. Then the notes. Then the
appendix "So kam die Empfehlung zustande": the profile, the top matches with "x von y
Punkten" per criterion, obstacles with the offers that help, and each funding route once.

Every user string passes through ``sanitize`` here; fixed wording comes from the core's
catalogue (``core.catalogue``). Dates are in the reader's format (14.07.2025 / 14 July 2025).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from partnerdesk.core.catalogue import text
from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS, Profile
from partnerdesk.core.formatting import format_date, format_date_long
from partnerdesk.core.record import NextStep, RecordData, RecordMatch, RecordRanking
from partnerdesk.core.texts import weeks as weeks_text
from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    FUNDING_LABELS,
    INTEREST_LABELS,
    OFFERS,
    THEMES,
    Label,
    language_name,
)
from partnerdesk.report.sanitize import (
    NAME_LIMIT,
    SHORT_LIMIT,
    breakable,
    clean_block,
    clean_line,
    direction,
)
from partnerdesk.report.typeset import Block, Document, Rendered, render_pdf, write_private

# The data-protection block: (label, text) keys of the catalogue.
_PRIVACY = (
    ("privacy_what", "privacy_what_text"),
    ("privacy_why", "privacy_why_text"),
    ("privacy_until", "privacy_until_text"),
    ("privacy_rights", "privacy_rights_text"),
    ("privacy_controller", "privacy_controller_text"),
)


class _Writer:
    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang == "en" else "de"
        self.blocks: list[Block] = []

    def t(self, key: str, **values: object) -> str:
        return text(key, **values).get(self.lang)

    def label(self, label: Label) -> str:
        return label.get(self.lang)

    def date(self, day: date | None) -> str:
        if day is None:
            return self.t("not_recorded")
        # A filed document spells the English month out: "14 July 2025", never 7/14/25.
        return format_date_long(day, "en") if self.lang == "en" else format_date(day, "de")

    def number(self, value: float) -> str:
        return str(round(value))

    def h(self, level: int, text: str) -> None:
        self.blocks.append({"k": "h", "level": level, "t": text})

    def p(self, text: str, style: str = "") -> None:
        self.blocks.append({"k": "p", "t": text, "style": style, "dir": direction(text)})

    def add(self, block: Block) -> None:
        self.blocks.append(block)


def _user(text: str) -> str:
    """A user's free text for one paragraph or cell: clean, long words breakable."""
    return breakable(clean_line(text))


def _agreement(w: _Writer, data: RecordData) -> None:
    w.h(1, w.t("title"))
    w.p(w.t("subtitle"), "muted")
    name = clean_line(data.apprentice, NAME_LIMIT) or w.t("no_name")
    person = name
    occupation = clean_line(data.occupation, NAME_LIMIT)
    year = w.t("year_value", n=data.training_year) if data.training_year else ""
    rows = [[w.t("apprentice"), person, "strong"]]
    if occupation or year:
        rows.append([w.t("occupation"), ", ".join(x for x in (occupation, year) if x)])
    rows += [
        [w.t("advisor"), clean_line(data.advisor, NAME_LIMIT) or "–"],
        [w.t("date"), w.date(data.created)],
        [w.t("record_no"), clean_line(data.record_id, NAME_LIMIT)],
    ]
    w.add({"k": "kv", "rows": rows, "key_width": 24})

    w.h(2, w.t("chosen"))
    if not data.chosen_cities:
        w.p(w.t("no_chosen"), "muted")
    for choice in data.chosen_cities:
        group: list[Block] = [{"k": "h", "level": 3, "t": clean_line(choice.name)}]
        if choice.headline:
            group.append({"k": "p", "t": _user(choice.headline)})
        if choice.feasibility_level:
            limited = choice.feasibility_level == "limited"
            group.append(
                {
                    "k": "p",
                    "t": w.t("feasible_limited" if limited else "feasible_ok"),
                    "style": "warn" if limited else "strong",
                }
            )
            if choice.feasibility_reasons:
                group.append({"k": "list", "items": [_user(r) for r in choice.feasibility_reasons]})
        w.add({"k": "group", "blocks": group})

    w.h(2, w.t("steps"))
    _steps(w, data.next_steps)

    w.h(2, w.t("contact"))
    for line in ("contact_person", "contact_reach"):
        w.p(w.t(line))

    w.h(2, w.t("privacy"))
    consent, deletion = w.date(data.consent_date), w.date(data.deletion_date)
    w.add(
        {
            "k": "kv",
            "key_width": 24,
            "rows": [[w.t(k), w.t(v, consent=consent, deletion=deletion)] for k, v in _PRIVACY],
        }
    )

    w.add(
        {
            "k": "group",
            "blocks": [
                {"k": "h", "level": 2, "t": w.t("signatures")},
                {"k": "sign", "labels": [w.t("sign_advisor"), w.t("sign_apprentice")]},
            ],
        }
    )


def _steps(w: _Writer, steps: Sequence[NextStep]) -> None:
    if not steps:
        w.p(w.t("no_steps"), "muted")
        return
    rows = []
    for s in steps:
        text = (
            s.text if s.text.strip() else (OFFERS[s.offer].get(w.lang) if s.offer in OFFERS else "")
        )
        rows.append(
            [
                _user(text),
                _user(s.owner),
                w.date(s.due) if s.due else "",
                w.t("done") if s.done else w.t("open"),
            ]
        )
    w.add(
        {
            "k": "table",
            "widths": [4.6, 2.2, 2.0, 1.2],
            "head": [w.t("step"), w.t("owner"), w.t("due"), w.t("state")],
            "rows": rows,
        }
    )


def _notes(w: _Writer, notes: str) -> None:
    w.add({"k": "break"})
    w.h(2, w.t("notes"))
    text = clean_block(notes).strip("\n")
    if not text.strip():
        w.p(w.t("no_notes"), "muted")
        return
    # One paragraph per line keeps the advisor's line breaks; each line takes its own
    # direction. An empty line is a small gap, not an empty paragraph for screen readers.
    for line in text.split("\n"):
        if line.strip():
            w.p(breakable(line.strip()))
        else:
            w.add({"k": "space", "size": 4})


def _profile(w: _Writer, profile: Profile) -> None:
    lang = w.lang
    interests = sorted(
        ((k, v) for k, v in profile.interests.items() if v > 0),
        key=lambda kv: (-kv[1], list(THEMES).index(kv[0])),
    )
    interest_text = "; ".join(
        f"{THEMES[k].get(lang)} – {INTEREST_LABELS[v].get(lang)}" for k, v in interests
    ) or w.t("no_interests")
    languages = sorted(profile.languages.items(), key=lambda kv: (-CEFR_LEVELS.index(kv[1]), kv[0]))
    language_text = ", ".join(
        f"{language_name(code).get(lang)} ({w.t('native') if level == 'native' else level})"
        for code, level in languages
    )
    weeks = weeks_text(profile.weeks).get(lang)
    w.h(3, w.t("profile"))
    w.add(
        {
            "k": "kv",
            "rows": [
                [w.t("interests"), interest_text],
                [w.t("languages"), language_text],
                [w.t("weeks"), weeks],
                [w.t("abroad"), w.t("yes") if profile.abroad_only else w.t("no")],
                [w.t("independence"), w.t("independence_value", n=profile.independence)],
                [w.t("structure"), INTEREST_LABELS[profile.structure_importance].get(lang)],
            ],
        }
    )


def _maxima(profile: Profile) -> dict[str, float]:
    """The most points each criterion can give (its share of 100 by weight)."""
    weights = {c: max(0.0, float(profile.weights.get(c, 0.0))) for c in CRITERIA}
    total = sum(weights.values()) or 1.0
    return {c: 100.0 * weights[c] / total for c in CRITERIA}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"(])")


def _sentences(text: str) -> list[str]:
    return [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]


@dataclass
class _Route:
    key: str
    cities: list[str] = field(default_factory=list)
    common: list[str] = field(default_factory=list)
    own: dict[str, list[str]] = field(default_factory=dict)


def _funding_routes(matches: Sequence[RecordMatch]) -> tuple[list[_Route], list[str]]:
    """Funding grouped by route: what a route's cities share is stated once, what all routes
    share (the BBiG rule) once for all, and only the rest per city."""
    by_key: dict[str, _Route] = {}
    texts: dict[str, list[str]] = {}
    for m in matches:
        if not m.funding:
            continue
        key = m.funding_key or m.funding
        route = by_key.setdefault(key, _Route(key))
        route.cities.append(m.name)
        texts[m.name] = _sentences(m.funding)
    for route in by_key.values():
        first = texts[route.cities[0]]
        route.common = [x for x in first if all(x in texts[c] for c in route.cities)]
    routes = list(by_key.values())
    shared = (
        [x for x in routes[0].common if all(x in r.common for r in routes)]
        if len(routes) > 1
        else []
    )
    for route in routes:
        route.common = [x for x in route.common if x not in shared]
        for city in route.cities:
            rest = [x for x in texts[city] if x not in route.common and x not in shared]
            if rest:
                route.own[city] = rest
    return routes, shared


def _route_name(w: _Writer, route: _Route) -> str:
    label = FUNDING_LABELS.get(route.key)
    return label.get(w.lang) if label else ""


def _match(
    w: _Writer, place: int, m: RecordMatch, maxima: dict[str, float], route: _Route | None
) -> None:
    name = clean_line(m.name)
    if m.local_name and m.local_name != m.name:
        name += f" ({clean_line(m.local_name)})"
    if m.country:
        name += f" · {clean_line(m.country)}"
    head: list[Block] = [
        {"k": "h", "level": 4, "t": f"{place}. {name}"},
        {"k": "p", "t": w.t("total", s=w.number(m.score)), "style": "strong"},
        {
            "k": "kv",
            "key_width": 30,
            "rows": [
                [
                    CRITERION_LABELS[c].get(w.lang),
                    w.t(
                        "part",
                        s=w.number(float(m.contributions.get(c, 0.0))),
                        m=w.number(maxima[c]),
                    ),
                ]
                for c in CRITERIA
            ],
        },
    ]
    w.add({"k": "group", "blocks": head})
    if m.warning:
        w.p(_user(m.warning), "warn")
    if m.reasons:
        w.p(w.t("reasons"), "strong")
        w.add({"k": "list", "items": [_user(r) for r in m.reasons]})
    if m.obstacles:
        w.p(w.t("obstacles"), "strong")
        items: list[object] = []
        for o in m.obstacles:
            offers = "; ".join(OFFERS[k].get(w.lang) for k in o.offers if k in OFFERS)
            items.append(
                {"t": _user(o.text), "sub": w.t("helps", x=offers)} if offers else _user(o.text)
            )
        w.add({"k": "list", "items": items})
    if route is not None:
        w.p(w.t("funding_ref", x=_route_name(w, route) or w.t("funding")), "muted")


def _appendix(w: _Writer, data: RecordData) -> None:
    w.add({"k": "break"})
    w.h(2, w.t("appendix"))
    w.p(w.t("appendix_intro"), "muted")
    _profile(w, data.profile)
    ranking: RecordRanking = data.ranking
    w.h(3, w.t("matches"))
    if not ranking.matches:
        w.p(w.t("no_matches"), "muted")
    if ranking.close_call:
        w.p(w.t("close_call"), "warn")
    maxima = _maxima(data.profile)
    routes, shared = _funding_routes(ranking.matches)
    route_of = {city: route for route in routes for city in route.cities}
    for place, m in enumerate(ranking.matches, 1):
        _match(w, place, m, maxima, route_of.get(m.name))
    if routes:
        w.h(3, w.t("funding"))
        for route in routes:
            cities = ", ".join(clean_line(c) for c in route.cities)
            name = _route_name(w, route)
            w.p(f"{name} – {cities}" if name else cities, "strong")
            if route.common:
                w.p(_user(" ".join(route.common)))
            for city, rest in route.own.items():
                w.p(_user(f"{clean_line(city)}: {' '.join(rest)}"))
        if shared:
            w.p(w.t("funding_all"), "strong")
            w.p(_user(" ".join(shared)))
    if ranking.excluded:
        w.h(3, w.t("excluded"))
        w.add(
            {
                "k": "list",
                "items": [f"{clean_line(x.name)}: {_user(x.reason)}" for x in ranking.excluded],
            }
        )
    facts = [w.t("sources", x=w.t("source_title"))]
    if data.pack_version:
        facts.append(w.t("pack", v=clean_line(data.pack_version)))
    if data.app_version:
        facts.append(w.t("made_with", v=clean_line(data.app_version)))
    w.add({"k": "rule"})
    w.p(" · ".join(facts), "small")


def record_document(data: RecordData) -> Document:
    w = _Writer(data.language)
    _agreement(w, data)
    _notes(w, data.notes)
    _appendix(w, data)
    title = w.t("title")
    name = clean_line(data.apprentice, NAME_LIMIT) or w.t("no_name")
    number = clean_line(data.record_id, NAME_LIMIT)
    return Document(
        lang=w.lang,
        # Number first, name last: no date or number follows a right-to-left name.
        title=f"{title} {number} – {name}",
        author=clean_line(data.advisor, NAME_LIMIT) or w.t("unit"),
        header={
            "org": w.t("org"),
            "unit": w.t("unit"),
            "right": f"{title} · {w.t('record_no')} {number}",
        },
        footer={
            "left": f"{w.date(data.created)} · ",
            "name": clean_line(data.apprentice, SHORT_LIMIT) or w.t("no_name"),
            "right": "",
            "page_of": w.t("page_of"),
        },
        blocks=w.blocks,
    )


def render_record(data: RecordData) -> Rendered:
    return render_pdf(record_document(data))


def write_record_pdf(data: RecordData, path: Path | str, *, replace: bool = True) -> Rendered:
    """Render and write the record (0600, atomic); returns the PDF and its warnings."""
    rendered = render_record(data)
    write_private(path, rendered.pdf, replace=replace)
    return rendered


def record_title(data: RecordData) -> str:
    return record_document(data).title

"""The counselling record's content: escaped user text, every section, both languages."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date

import pytest
from record_samples import HOSTILE_NOTE, sample_record

from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import rank, ranking_to_json
from partnerdesk.core.record import (
    FSI,
    PDI,
    NextStep,
    RecordData,
    build_record_html,
    default_record_filename,
    record_ranking,
    record_ranking_from_json,
    record_title,
)

# The only tags the builder itself writes; anything else would have come from data.
OWN_TAGS = {"html", "head", "meta", "style", "body", "h1", "h2", "h3", "h4", "p", "b", "i",
            "br", "span", "table", "tr", "td", "th", "ul", "li", "hr"}


def tags(markup: str) -> set[str]:
    return {t.lower() for t in re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", markup)}


def minimal(**overrides: object) -> RecordData:
    values: dict[str, object] = dict(record_id="7", created=date(2025, 1, 2), advisor="A",
                                     apprentice="B", profile=Profile())
    values.update(overrides)
    return RecordData(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["notes", "apprentice", "advisor", "occupation", "record_id"])
def test_hostile_text_is_escaped_everywhere(field: str) -> None:
    markup = build_record_html(minimal(**{field: HOSTILE_NOTE}))
    assert tags(markup) <= OWN_TAGS
    assert "&lt;b&gt;nicht fett&lt;/b&gt;" in markup
    assert "&lt;a href=&quot;x&quot;&gt;y&lt;/a&gt;" in markup
    assert "&lt;img src=file:///etc/passwd&gt;" in markup
    assert "&amp;amp;" in markup
    assert "href" not in markup.replace("href=&quot;", "")
    assert "<a" not in markup and "<img" not in markup and "src=" not in markup.replace(
        "src=file:///etc/passwd&gt;", "")


def test_hostile_ranking_and_steps_text_is_escaped() -> None:
    data = sample_record()
    ranking = data.ranking
    bad = HOSTILE_NOTE
    match = ranking.matches[0]
    import dataclasses

    evil_match = dataclasses.replace(match, name=bad, reasons=(bad,), funding=bad, warning=bad)
    data = dataclasses.replace(
        data,
        ranking=dataclasses.replace(ranking, matches=(evil_match,)),
        next_steps=(NextStep(bad, bad, None, False, None),),
        chosen_cities=(bad,),
    )
    markup = build_record_html(data)
    assert tags(markup) <= OWN_TAGS
    assert markup.count("&lt;a href=&quot;x&quot;&gt;") >= 6


def test_right_to_left_override_is_isolated() -> None:
    markup = build_record_html(minimal(apprentice="abc\u202edef", notes="x\u202ey"))
    # The override is closed inside its isolate and cannot reverse our labels.
    assert f"{FSI}abc\u202edef{PDI}" in markup
    assert f"{FSI}x\u202ey{PDI}" in markup


def test_hebrew_lines_take_right_to_left_direction() -> None:
    markup = build_record_html(minimal(notes="נתניה ist schön\nDortmund נתניה"))
    assert '<p dir="rtl" align="right">' + FSI + "נתניה ist schön" in markup
    assert '<p dir="ltr" align="left">' + FSI + "Dortmund נתניה" in markup


def test_control_characters_are_dropped() -> None:
    markup = build_record_html(minimal(notes="a\x00b\x07c\x1bd"))
    assert "abcd" in markup


def test_long_note_keeps_every_line_as_its_own_paragraph() -> None:
    note = "\n".join(f"Zeile {i}" for i in range(500)) + "\n" + "x" * 10_000
    markup = build_record_html(minimal(notes=note))
    assert markup.count('<p dir="ltr"') == 501
    assert "x" * 10_000 in markup
    assert "<table" not in markup.split("Zeile 0")[1].split("Zeile 499")[0]


def test_blank_lines_in_notes_are_kept() -> None:
    markup = build_record_html(minimal(notes="eins\n\n\nzwei"))
    assert markup.count("<p>&nbsp;</p>") == 2


@pytest.mark.parametrize(("lang", "headings"), [
    ("de", ["Beratungsprotokoll", "Selbsteinschätzung", "Passende Partnerstädte",
            "Gesprächsnotizen", "Vereinbarte nächste Schritte", "Datenschutz",
            "Nicht bewertet", "Städte zur Weiterverfolgung"]),
    ("en", ["Counselling record", "Self-assessment", "Matching partner cities", "Notes",
            "Agreed next steps", "Data protection", "Not ranked", "Cities to follow up"]),
])
def test_every_section_is_present(lang: str, headings: list[str]) -> None:
    markup = build_record_html(sample_record(lang))
    for heading in headings:
        assert heading in markup, heading
    assert "Carrie-Ann Lawrence" in markup
    assert markup.count("<h3 style") == 5  # top five matches
    assert "2026.11.1" in markup


def test_german_record_content() -> None:
    markup = build_record_html(sample_record("de"))
    assert "14.07.2025" in markup and "14.07.2027" in markup
    assert "Kultur &amp; Musik – sehr wichtig" in markup
    assert "Französisch (A2)" in markup and "Deutsch (Muttersprache)" in markup
    assert "6 Wochen" in markup
    assert "1. Amiens" in markup and "von 100 Punkten" in markup
    assert "Französisch: B1 empfohlen, angegeben A2" in markup
    assert "Hilfe durch Team INA" in markup
    assert "Rostow am Don" in markup  # paused: listed with its reason, not ranked
    assert "erledigt" in markup and "offen" in markup
    assert "Unterstützung bei der Suche nach Unterkünften" in markup  # offer-only step
    assert "Gewichtung" not in markup  # default weights are not repeated


def test_english_record_content() -> None:
    markup = build_record_html(sample_record("en"))
    assert "14 July 2025" in markup and "15 Sep 2025" in markup
    assert "Culture &amp; music – very important" in markup
    assert "French (A2)" in markup and "German (native)" in markup
    assert "of 100 points" in markup
    assert "Beratungsprotokoll" not in markup


def test_adjusted_weights_are_shown() -> None:
    profile = Profile(weights={"themes": 0.5, "language": 0.5, "structure": 0.0, "time": 0.0,
                               "support": 0.0})
    markup = build_record_html(minimal(profile=profile))
    assert "Gewichtung (angepasst)" in markup and "Themen 50 %" in markup


def test_missing_dates_and_empty_parts_are_named() -> None:
    markup = build_record_html(minimal())
    assert markup.count("nicht erfasst") == 2
    assert "Keine Notizen." in markup and "Keine Schritte vereinbart." in markup
    assert "keine Themen gewählt" in markup


def test_snapshot_from_json_renders_like_the_live_ranking() -> None:
    data = sample_record("de")
    profile = data.profile
    from record_samples import shipped_pack

    ranking = rank(shipped_pack().cities, profile)
    from_json = record_ranking_from_json(ranking_to_json(ranking, "de"))
    live = record_ranking(ranking, "de")
    assert [m.city_id for m in from_json.matches] == [m.city_id for m in live.matches]
    assert [m.reasons for m in from_json.matches] == [m.reasons for m in live.matches]
    assert [x.city_id for x in from_json.excluded] == [x.city_id for x in live.excluded]
    assert from_json.matches[0].score == pytest.approx(live.matches[0].score, abs=0.01)
    assert record_ranking_from_json({"ranking": "junk", "excluded": [1, None]}).matches == ()


def test_default_file_name() -> None:
    assert (default_record_filename(date(2025, 7, 14), "42")
            == "Beratungsprotokoll_2025-07-14_42.pdf")
    assert (default_record_filename(date(2025, 7, 14), "../a b/ü")
            == "Beratungsprotokoll_2025-07-14_a-b.pdf")


def test_title_is_plain_text() -> None:
    assert record_title(minimal(apprentice="Ö<b>")) == "Beratungsprotokoll – Ö<b> – 2025-01-02"


def test_record_module_does_not_import_qt() -> None:
    code = ("import sys, partnerdesk.core.record; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"

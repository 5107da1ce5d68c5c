"""The counselling record's content: snapshots, chosen cities, clean text, the layout blocks."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from record_samples import HOSTILE_NOTE, sample_profile, sample_record, shipped_pack

from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import rank, ranking_to_json
from partnerdesk.core.record import (
    RecordData,
    default_record_filename,
    record_choices,
    record_choices_from_json,
    record_ranking,
    record_ranking_from_json,
)
from partnerdesk.report.record_doc import record_document, record_title
from partnerdesk.report.sanitize import breakable, cap, clean_block, clean_line, direction
from partnerdesk.report.typeset import document_json


def minimal(**overrides: object) -> RecordData:
    values: dict[str, object] = dict(
        record_id="2025-0007",
        created=date(2025, 1, 2),
        advisor="A",
        apprentice="B",
        profile=Profile(),
    )
    values.update(overrides)
    return RecordData(**values)  # type: ignore[arg-type]


def texts(data: RecordData) -> str:
    return json.dumps(record_document(data).blocks, ensure_ascii=False)


def test_control_and_bidi_override_characters_are_dropped() -> None:
    assert clean_line("Ye\u202eal\x00 \x07Co\u200bhen\ufeff\n\tX") == "Yeal Cohen X"
    assert clean_block("a\r\nb\rc\u2028d\x85e") == "a\nb\nc\nd\ne"
    assert clean_line("\u200b\u200b\x01\u202e") == ""
    # ZWJ stays: it holds emoji sequences and some scripts together.
    assert clean_line("👨\u200d👩") == "👨\u200d👩"


def test_names_are_capped_without_splitting_a_letter() -> None:
    assert cap("a" * 100, 10) == "a" * 9 + "…"
    capped = cap("x" * 8 + "e\u0301yz", 10)
    assert capped.endswith("…") and "\u0301" not in capped[-2:]
    assert clean_line("Ü" * 10_000, 80) == "Ü" * 79 + "…"


def test_long_words_get_break_opportunities() -> None:
    word = breakable("x" * 100)
    assert word.replace("\u200b", "") == "x" * 100 and word.count("\u200b") == 2
    assert breakable("kurze Wörter bleiben") == "kurze Wörter bleiben"


def test_paragraph_direction_follows_the_first_strong_character() -> None:
    assert direction("נתניה ist schön") == "rtl"
    assert direction("Dortmund נתניה") == "ltr"
    assert direction("123 …") == "ltr"


@pytest.mark.parametrize("field", ["notes", "apprentice", "advisor", "occupation", "record_id"])
def test_user_text_is_only_ever_data(field: str) -> None:
    doc = record_document(minimal(**{field: '#panic("x") ' + HOSTILE_NOTE}))
    data, warnings = document_json(doc)
    assert warnings == ()
    assert "\u202e" not in data  # dropped, the rest kept as typed
    assert '<a href=\\"x\\">y</a>' in data and '#panic(\\"x\\")' in data


def test_title_is_plain_text_number_first_name_last() -> None:
    assert record_title(minimal(apprentice="Ö<b>\n\u202eX")) == (
        "Beratungsprotokoll 2025-0007 – Ö<b> X"
    )
    assert record_title(minimal(apprentice="\u200b", language="en")) == (
        "Counselling record 2025-0007 – (no name given)"
    )


def test_page_one_blocks_come_before_notes_and_appendix() -> None:
    doc = record_document(sample_record("de"))
    headings = [b["t"] for b in doc.blocks if b["k"] == "h"]
    order = [
        headings.index(h)
        for h in (
            "Beratungsprotokoll",
            "Gewählte Partnerstädte",
            "Vereinbarte nächste Schritte",
            "Kontakt Team INA",
            "Datenschutz",
            "Gesprächsnotizen",
            "So kam die Empfehlung zustande",
        )
    ]
    assert order == sorted(order)
    breaks = [i for i, b in enumerate(doc.blocks) if b["k"] == "break"]
    assert len(breaks) == 2  # notes and appendix each start a page


def test_missing_parts_are_named() -> None:
    blob = texts(minimal())
    for text in (
        "Noch keine Stadt gewählt.",
        "Keine Schritte vereinbart.",
        "Keine Notizen.",
        "keine Themen gewählt",
        "nicht erfasst",
    ):
        assert text in blob, text


def test_points_per_criterion_use_the_weights() -> None:
    profile = Profile(
        interests={"kultur": 3},
        weights={"themes": 0.5, "language": 0.5, "structure": 0.0, "time": 0.0, "support": 0.0},
    )
    ranking = rank(shipped_pack().cities, profile)
    blob = texts(minimal(profile=profile, ranking=record_ranking(ranking, "de")))
    assert "von 50 Punkten" in blob and "von 0 Punkten" in blob and "von 35 Punkten" not in blob


def test_dates_in_the_readers_format() -> None:
    assert "14.07.2025" in texts(sample_record("de"))
    blob = texts(sample_record("en"))
    assert "14 July 2025" in blob and "2025-07-14" not in blob


def test_chosen_cities_carry_headline_and_feasibility() -> None:
    profile = sample_profile()
    ranking = rank(shipped_pack().cities, profile)
    live = record_choices(ranking, ["leeds", "rostov", "nowhere"], "de")
    assert [c.city_id for c in live] == ["leeds", "rostov", "nowhere"]
    assert live[0].headline and live[0].feasibility_level in ("ok", "limited")
    assert live[1].feasibility_level == "limited"
    assert "Ratsbeschluss" in live[1].feasibility_reasons[0]
    assert live[2].name == "nowhere" and live[2].feasibility_level == ""
    stored = record_choices_from_json(ranking_to_json(ranking, "de"), ["leeds", "rostov"])
    assert stored[0].name == "Leeds" and stored[1].feasibility_level == "limited"


def test_snapshot_from_json_renders_like_the_live_ranking() -> None:
    ranking = rank(shipped_pack().cities, sample_profile())
    from_json = record_ranking_from_json(ranking_to_json(ranking, "de"))
    live = record_ranking(ranking, "de")
    assert [m.city_id for m in from_json.matches] == [m.city_id for m in live.matches]
    assert [m.reasons for m in from_json.matches] == [m.reasons for m in live.matches]
    assert [m.funding_key for m in from_json.matches] == [m.funding_key for m in live.matches]
    assert from_json.matches[0].score == pytest.approx(live.matches[0].score, abs=0.01)
    assert record_ranking_from_json({"ranking": "junk", "excluded": [1, None]}).matches == ()


def test_default_file_name() -> None:
    assert (
        default_record_filename(date(2025, 7, 14), "2025-0042")
        == "Beratungsprotokoll_2025-07-14_2025-0042.pdf"
    )
    assert (
        default_record_filename(date(2025, 7, 14), "../a b/ü")
        == "Beratungsprotokoll_2025-07-14_a-b.pdf"
    )


def test_record_and_report_modules_do_not_import_qt() -> None:
    code = (
        "import sys, partnerdesk.core.record, partnerdesk.report.record_doc, "
        "partnerdesk.report.auskunft_doc; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

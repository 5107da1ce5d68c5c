"""The one text layer: every sentence of the core and the store comes from the catalogue.

The entries are complete (German and English, the same placeholders), every entry is used
somewhere in the package, and no ``Label`` pair is built anywhere else than in the catalogue,
the vocabularies (``vocab.py``) and the worded numbers (``texts.py``).
"""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

import pytest

from partnerdesk.core import catalogue
from partnerdesk.core.catalogue import ENTRIES, Number, placeholders, text
from partnerdesk.core.texts import weeks
from partnerdesk.core.vocab import Label, Text

PACKAGE = Path(catalogue.__file__).resolve().parents[2]
CATALOGUE = Path(catalogue.__file__).resolve().parent
# Where a Label may be built: the catalogue, the vocabularies, the worded numbers.
LABEL_HOMES = {CATALOGUE, PACKAGE / "core" / "vocab.py", PACKAGE / "core" / "texts.py"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _home(path: Path) -> bool:
    return any(path == home or home in path.parents for home in LABEL_HOMES)


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_entry_has_german_and_english_with_the_same_placeholders(key: str) -> None:
    entry = ENTRIES[key]
    assert entry.de.strip(), f"{key}: no German"
    assert entry.en.strip(), f"{key}: no English"
    assert placeholders(entry.de) == placeholders(entry.en), key


def test_every_entry_is_used_somewhere_in_the_package() -> None:
    literals: set[str] = set()
    for path in _modules():
        if CATALOGUE in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    # data.text: from_data(); city.<code>: city_rules.describe() for Problem(..., "<code>").
    said = {"data.text"} | {
        key for key in ENTRIES if key.startswith("city.") and key[5:] in literals
    }
    unused = sorted(set(ENTRIES) - literals - said)
    assert unused == []


def test_no_label_is_built_outside_the_catalogue_vocab_and_texts() -> None:
    found = []
    for path in _modules():
        if _home(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # A call Label(...) / vocab.Label(...), or an alias (L = Label) to hide one.
            named = (
                node.func
                if isinstance(node, ast.Call)
                else node.value
                if isinstance(node, ast.Assign)
                else None
            )
            name = (
                named.id
                if isinstance(named, ast.Name)
                else named.attr
                if isinstance(named, ast.Attribute)
                else None
            )
            if name == "Label":
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert found == []


def test_the_scan_would_see_a_label_built_elsewhere() -> None:
    # Guards the guard: the walk above recognises both spellings.
    for source in ('x = Label("a", "b")', 'x = vocab.Label("a", "b")', "L = Label"):
        node = ast.parse(source).body[0]
        assert isinstance(node, ast.Assign)
        target = node.value.func if isinstance(node.value, ast.Call) else node.value
        assert getattr(target, "id", getattr(target, "attr", None)) == "Label"


def test_text_fills_each_language_from_labels_texts_and_plain_values() -> None:
    said = text(
        "feasibility.too_short",
        route=Label("Erasmus+ (Berufsbildung)", "Erasmus+ (vocational education)"),
        low=weeks(3),
        planned=weeks(1),
        city=Text("Schytomyr", ""),  # no English: German stands in
    )
    assert said.de == (
        "Erasmus+ (Berufsbildung) fördert erst ab 3 Wochen, geplant: 1 Woche – mit 3 Wochen "
        "wäre Schytomyr förderbar."
    )
    assert said.en == (
        "Erasmus+ (vocational education) funds stays from 3 weeks, planned: 1 week – with "
        "3 weeks Schytomyr would be fundable."
    )


def test_numbers_dates_lists_and_lower_case_are_written_per_language() -> None:
    assert text("compare.points", points=Number(1234.5, decimals=1), share=Number(40)) == Label(
        "1.234,5 Punkte (40 %)", "1,234.5 points (40 %)"
    )
    assert text("feasibility.as_of", day=datetime.date(2027, 1, 5)) == Label(
        "Stand 05.01.2027", "as of 5 Jan 2027"
    )
    themes = [Label("Sport", "Sport"), Label("Kultur & Musik", "Culture & music")]
    assert "(Sport, Kultur & Musik)" in text("matching.no_theme", themes=themes).de
    assert "(Sport, Culture & music)" in text("matching.no_theme", themes=themes).en
    headline = text("headline.theme_focus", theme=Label("Sport", "Sport"), city="Leeds")
    assert headline.en.startswith("Fits the interest in sport:")
    assert headline.de.startswith("Passt zum Interesse an Sport:")


def test_a_missing_parameter_or_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        text("feasibility.as_of", when="x")
    with pytest.raises(KeyError):
        text("no.such.entry")

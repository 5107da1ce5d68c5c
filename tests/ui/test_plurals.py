"""Plural forms: every ``%n`` text has finished numerus forms in German and English, and the
widgets show "1 Woche" / "2 Wochen", never "1 Wochen" or "1 Azubis"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from partnerdesk.resources import resource_path
from partnerdesk.ui import i18n

BAD_ONE = re.compile(
    r"(?<![\d.,])1 (Wochen|weeks|Azubis|apprentices|offene Schritte|open steps|"
    r"Gespräche|talks|Schritte|steps|Termine|events)\b"
)
BAD_MANY = re.compile(
    r"(?<![\d.,])[02] (Woche|week|Azubi|apprentice|offener Schritt|open step|"
    r"Gespräch|talk|Schritt|step|Termin|event)\b(?!e|s)"
)
PLACEHOLDER = re.compile(r"\((n|e|s|r|en)\)")


def numerus_messages() -> list[tuple[str, str]]:
    root = ET.parse(resource_path("i18n", "partnerdesk_de.ts")).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


@pytest.fixture(autouse=True)
def _back_to_german(qapp):
    yield
    i18n.set_language("de")


def test_there_are_plural_texts():
    sources = {source for _context, source in numerus_messages()}
    assert {"%n Azubi(s)", "%n offene(r) Schritt(e)", " Woche(n)", "%n Woche(n)"} <= sources


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_plural_text_has_its_forms(qapp, lang):
    i18n.set_language(lang)
    for context, source in numerus_messages():
        for n in (0, 1, 2):
            text = QCoreApplication.translate(context, source, "", n)
            where = f"{lang} {context} {source!r} n={n}: {text!r}"
            assert not PLACEHOLDER.search(text), where
            assert not BAD_ONE.search(text), where
            assert not BAD_MANY.search(text), where
            if "%n" in source:
                assert str(n) in text, where


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", ["0 Wochen", "1 Woche", "2 Wochen"]), ("en", ["0 weeks", "1 week", "2 weeks"])],
)
def test_weeks_spin_box_follows_the_number(qtbot, lang, expected):
    from partnerdesk.ui.widgets.profile_editor import ProfileEditor

    i18n.set_language(lang)
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    shown = []
    for n in (0, 1, 2):
        editor.weeks.setValue(n)
        shown.append(editor.weeks.text())
    assert shown == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", ["Noch niemand angelegt.", "1 Azubi", "2 Azubis"]),
        ("en", ["No one added yet.", "1 apprentice", "2 apprentices"]),
    ],
)
def test_counselling_list_counts(qtbot, tmp_path, lang, expected):
    from partnerdesk.core.counselling import Apprentice
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.ui.views.counselling_view import CounsellingView

    i18n.set_language(lang)
    store = open_app_store(tmp_path / "db.sqlite3")
    try:
        repo = ApprenticeRepository(store.sessions)
        view = CounsellingView(repo, store.cities.cities())
        qtbot.addWidget(view)
        hints = [view.list_hint.text()]
        for name in ("Ayşe", "Tom"):
            repo.save(Apprentice(display_name=name))
            view.refresh_list()
            hints.append(view.list_hint.text())
        assert hints == expected
        view.close()
    finally:
        store.close()

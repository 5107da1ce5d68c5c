"""MatchingView: the live ranking follows the profile exactly as the engine ranks."""

from __future__ import annotations

import dataclasses

import pytest
from factories import make_city
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.core.domain import Profile, Project
from partnerdesk.core.matching import Matcher
from partnerdesk.ui.views.matching_view import MatchingView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REALISTIC = Profile(
    interests={"kultur": 3, "jugend": 2},
    languages={"de": "native", "fr": "B1", "en": "B2"},
    weeks=4,
)


@pytest.fixture
def view(qtbot, cities) -> MatchingView:
    widget = MatchingView(cities)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def engine_order(cities, profile: Profile) -> list[str]:
    return [r.city.id for r in Matcher(cities).rank(profile).results]


def test_initial_ranking_is_the_engines(view: MatchingView, cities) -> None:
    assert view.ranking_view.ranked_ids() == engine_order(cities, Profile())


def test_profile_changes_reorder_exactly_as_the_engine(view: MatchingView, cities, qtbot) -> None:
    editor = view.editor
    editor.interest_sliders["energie"].setValue(3)
    assert view.ranking_view.ranked_ids() == engine_order(cities, editor.profile())
    editor.interest_sliders["hilfe"].setFocus()
    qtbot.keyClick(editor.interest_sliders["hilfe"], Qt.Key.Key_End)
    QApplication.processEvents()
    assert editor.profile().interest("hilfe") == 3
    assert view.ranking_view.ranked_ids() == engine_order(cities, editor.profile())
    editor.weeks.setValue(1)
    editor.independence.setValue(1)
    assert view.ranking_view.ranked_ids() == engine_order(cities, editor.profile())
    # The cards show the engine's numbers, position by position.
    for position, result in enumerate(Matcher(cities).rank(editor.profile()).results, 1):
        card = view.ranking_view.card(result.city.id)
        assert card.rank.text() == f"{position}."
        assert card.score.text() == f"{result.score:.0f}"


def test_restricted_city_is_ranked_with_a_visible_warning(view: MatchingView) -> None:
    view.editor.interest_sliders["hilfe"].setValue(3)
    ids = view.ranking_view.ranked_ids()
    # Best score for disaster relief, but a travel warning: after every feasible city.
    assert "zhytomyr" in ids and ids[0] != "zhytomyr"
    card = view.ranking_view.card("zhytomyr")
    assert card.warning.isVisible()
    # words, not colour alone
    assert card.warning.text().startswith("⚠ Nur eingeschränkt möglich:")
    assert "Einzelfallprüfung" in card.details_text()
    assert card.headline.text().startswith("Passt zum Interesse an Katastrophenhilfe")
    assert "Житомир" in card.local.text()


def test_paused_city_is_never_ranked_but_listed_with_reason(view: MatchingView) -> None:
    for profile in (Profile(), REALISTIC, Profile(interests={"wirtschaft": 3})):
        view.set_profile(profile)
        assert "rostov" not in view.ranking_view.ranked_ids()
        assert "rostov" in view.ranking_view.excluded_ids()
    text = view.ranking_view.excluded_text("rostov")
    assert "Rostow am Don" in text and "Partnerschaft ruht" in text
    assert view.ranking_view.excluded_heading.isVisible()


def test_abroad_only_removes_zwickau(view: MatchingView) -> None:
    assert "zwickau" in view.ranking_view.ranked_ids()
    view.editor.abroad_only.click()
    assert "zwickau" not in view.ranking_view.ranked_ids()
    assert "zwickau" in view.ranking_view.excluded_ids()
    assert "Inlandspartnerschaft" in view.ranking_view.excluded_text("zwickau")
    view.editor.abroad_only.click()
    assert "zwickau" in view.ranking_view.ranked_ids()


def test_french_b1_lifts_amiens_language_bar(view: MatchingView) -> None:
    view.set_profile(dataclasses.replace(REALISTIC, languages={"de": "native", "fr": "A2"}))
    card = view.ranking_view.card("amiens")
    before = card.bar.contributions()["language"]
    assert "Französisch: B1 empfohlen, angegeben A2" in card.obstacles.text()
    details = card.details_text()
    assert "Finanzielle Förderung" in details  # the Team INA offer that helps
    _, level, _ = next(
        row for row in view.editor.languages.row_widgets() if row[0].currentData() == "fr"
    )
    level.setCurrentIndex(level.findData("B1"))
    after = view.ranking_view.card("amiens").bar.contributions()["language"]
    assert after > before
    assert after == pytest.approx(25.0)
    assert "Sprache: 25 von 25 Punkten" in card.bar.accessibleDescription()
    assert "Französisch" not in card.obstacles.text()


def test_close_call_hint_follows_the_engine(view: MatchingView, cities) -> None:
    view.set_profile(REALISTIC)
    ranking = Matcher(cities).rank(REALISTIC)
    assert ranking.close_call
    hint = view.ranking_view.close_call
    assert hint.isVisible()
    advice = ranking.close_call_hint()
    assert advice is not None and advice.de in hint.text()  # the advisor's terms
    assert "Wenn die Themen etwas weniger zählen, liegt Zwickau vorn." in hint.text()
    view.set_profile(Profile(interests={"hilfe": 3}, abroad_only=True))
    assert not Matcher(cities).rank(view.profile()).close_call
    assert not hint.isVisible()


def test_matched_themes_show_their_projects(view: MatchingView) -> None:
    view.set_profile(REALISTIC)
    card = view.ranking_view.card("amiens")
    assert "Kultur & Musik" in card.themes.text()
    assert "Dortmunder Philharmoniker – Orchestre de Picardie" in card.details_text()
    assert "Erasmus+" in card.details_text()


def test_clicking_or_enter_on_a_result_emits_city_activated(view: MatchingView, qtbot) -> None:
    card = view.ranking_view.card(view.ranking_view.ranked_ids()[1])
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == [card.city_id]
    card.setFocus()
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert blocker.args == [card.city_id]


def test_details_toggle_is_remembered_per_city(view: MatchingView) -> None:
    view.set_profile(REALISTIC)
    second = view.ranking_view.card(view.ranking_view.ranked_ids()[1])
    assert not second.toggle.isChecked()
    second.toggle.click()
    assert second.details.isVisible()
    view.editor.weeks.setValue(5)
    assert second.toggle.isChecked() and second.details.isVisible()


def test_markup_in_data_shows_literally(qtbot) -> None:
    evil = "<b>x</b><img src=x>"
    city = make_city("evil", name_de=evil, projects=(Project(evil, ("kultur",)),))
    view = MatchingView([city, make_city("plain")])
    qtbot.addWidget(view)
    view.show()
    view.set_profile(Profile(interests={"kultur": 3}))
    card = view.ranking_view.card("evil")
    assert card.name.text() == evil
    assert card.name.textFormat() == Qt.TextFormat.PlainText
    assert evil in card.details_text()
    for label in card.findChildren(QWidget):
        if hasattr(label, "textFormat"):
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_set_cities_reranks(view: MatchingView) -> None:
    view.set_cities([make_city("alpha"), make_city("beta", country_code="GB")])
    assert sorted(view.ranking_view.ranked_ids()) == ["alpha", "beta"]
    assert view.ranking_view.card("amiens") is None


def test_focusable_widgets_have_accessible_names(view: MatchingView) -> None:
    view.set_profile(REALISTIC)
    QApplication.processEvents()
    widgets = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisible()
        and w.focusProxy() is None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]
    missing = []
    for w in widgets:
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(type(w).__name__)
    assert missing == []
    card = view.ranking_view.card("amiens")
    assert card.accessibleName().startswith("Platz 1: Amiens")


def test_language_change_relabels_data_texts(view: MatchingView) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from partnerdesk.ui.i18n import set_language

    view.set_profile(REALISTIC)
    try:
        set_language("en")
        # Qt sends LanguageChange only when a translator is (un)installed; send it
        # ourselves so the test does not depend on the .qm files being built.
        for widget in [view, *view.findChildren(QWidget)]:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        card = view.ranking_view.card("amiens")
        assert "Culture & music" in card.themes.text()
        assert "Partnership paused" in view.ranking_view.excluded_text("rostov")
        assert view.editor._theme_labels["kultur"].text() == "Culture && music"
    finally:
        set_language("de")


def test_nothing_entered_shows_no_ranking_but_what_to_do(view: MatchingView) -> None:
    ranking_view = view.ranking_view
    view.set_profile(Profile())
    assert not ranking_view.has_ranking_shown()
    assert not ranking_view.no_input.isHidden()
    assert ranking_view.no_input.text().startswith("Noch keine Angaben")
    view.editor.interest_sliders["kultur"].setValue(2)
    assert ranking_view.has_ranking_shown() and ranking_view.no_input.isHidden()


def test_card_shows_headline_and_feasibility(view: MatchingView) -> None:
    view.set_profile(dataclasses.replace(REALISTIC, weeks=1))
    first = view.ranking_view.card(view.ranking_view.ranked_ids()[0])
    assert first is not None and first.headline.text().startswith("Passt zum Interesse")
    leeds = view.ranking_view.card("leeds")
    assert leeds is not None and not leeds.warning.isHidden()
    assert "ab 3 Wochen" in leeds.warning.text()
    assert "Machbarkeit" in leeds.details_text()


def test_planned_start_next_month_is_too_early_to_apply(view: MatchingView) -> None:
    from PySide6.QtCore import QDate

    view.set_profile(REALISTIC)
    amiens = view.ranking_view.card("amiens")
    assert amiens is not None and amiens.warning.isHidden()
    soon = QDate.currentDate().addMonths(1)
    view.editor.start.setDate(QDate(soon.year(), soon.month(), 1))
    assert view.editor.profile().start == (soon.year(), soon.month())
    assert not amiens.warning.isHidden()
    assert "zu knapp für den Antrag" in amiens.warning.text()


def test_checked_date_is_written_the_readers_way(view: MatchingView) -> None:
    from datetime import date

    from partnerdesk.core.formatting import format_date
    from partnerdesk.ui.i18n import set_language

    view.set_profile(REALISTIC)
    ranking_view = view.ranking_view
    checked = date.fromisoformat(ranking_view.ranking().checked)
    assert not ranking_view.data_date.isHidden()
    assert ranking_view.data_date.text().endswith(f"geprüft am {format_date(checked, 'de')}")
    assert "Noch keine Angaben" not in ranking_view.warnings.text()
    try:
        set_language("en")
        ranking_view.set_ranking(ranking_view.ranking())
        assert ranking_view.data_date.text().endswith(format_date(checked, "en"))
    finally:
        set_language("de")

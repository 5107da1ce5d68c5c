"""ExplorerView and CityCard: all eleven cards, each filter, search, empty state, keyboard."""

from __future__ import annotations

import pytest
from factories import make_city
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui.helpers import accessible_name

from partnerdesk.core.domain import Project, Text
from partnerdesk.ui.views.explorer_view import ExplorerView
from partnerdesk.ui.widgets.city_card import CityCard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def view(qtbot, cities) -> ExplorerView:
    widget = ExplorerView(cities)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user; non-ASCII char by char (qtbot.keyClicks aborts on it in Qt 6.12)."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def choose(combo, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def test_all_eleven_cards(view: ExplorerView, cities) -> None:
    assert len(cities) == 11
    assert view.visible_ids() == [c.id for c in cities]
    assert view.count_label.text() == "11 von 11 Partnerschaften"
    assert not view.reset_button.isEnabled()
    for card in view.cards().values():
        assert card.isVisible()


def test_card_shows_names_country_since_status(view: ExplorerView) -> None:
    texts = {cid: card.texts() for cid, card in view.cards().items()}
    assert "Schytomyr" in texts["zhytomyr"] and "Житомир" in texts["zhytomyr"]
    assert "西安" in texts["xian"]
    assert "נתניה" in texts["netanya"]
    assert "Нови Сад" in texts["novi-sad"]
    assert "Frankreich · seit 1960" in texts["amiens"]
    assert "Leeds" in texts["leeds"] and texts["leeds"].count("Leeds") == 1  # no "Leeds/Leeds"
    assert "Kultur und Jugend" in texts["amiens"]  # focus area chip


def test_status_badges_differ_by_text_and_colour(view: ExplorerView) -> None:
    cards = view.cards()
    badges = {cid: cards[cid].badge_text() for cid in ("amiens", "rostov", "zhytomyr")}
    assert badges["amiens"] == "● aktiv"
    assert badges["rostov"] == "‖ ruhend"
    assert badges["zhytomyr"] == "▲ eingeschränkt"
    colours = {cid: cards[cid].status_colour() for cid in badges}
    assert len(set(colours.values())) == 3
    # The painted badge really uses that colour: look for its pixels on the card.
    for cid, colour in colours.items():
        image = cards[cid].grab().toImage()
        wanted = QColor(colour).rgb()
        assert any(
            image.pixel(x, y) == wanted
            for x in range(image.width())
            for y in range(0, min(image.height(), 60))
        ), cid


def test_status_reason_on_hover(view: ExplorerView) -> None:
    assert "31.03.2022" in view.cards()["rostov"].toolTip()
    assert "Einzelfallprüfung" in view.cards()["zhytomyr"].toolTip()


def test_accessible_name_of_card(view: ExplorerView) -> None:
    assert accessible_name(view.cards()["amiens"]) == "Amiens, Frankreich, seit 1960, aktiv"
    assert accessible_name(view.cards()["rostov"]).endswith(", ruhend")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zwickau", ["zwickau"]),
        ("ZWICKAU", ["zwickau"]),
        ("Xi'an", ["xian"]),
        ("xian", ["xian"]),
        ("Житомир", ["zhytomyr"]),
        ("西安", ["xian"]),
    ],
)
def test_search(view: ExplorerView, query: str, expected: list[str]) -> None:
    type_text(view.search_edit, query)
    assert view.search_edit.text() == query
    assert view.visible_ids() == expected
    assert view.count_label.text() == f"{len(expected)} von 11 Partnerschaften"
    assert view.reset_button.isEnabled()


def test_theme_filter(view: ExplorerView, cities) -> None:
    choose(view.theme_combo, "hilfe")
    expected = [c.id for c in cities if "hilfe" in c.theme_strengths()]
    assert "zhytomyr" in expected
    assert view.visible_ids() == expected
    assert len(expected) < 11


def test_status_filter(view: ExplorerView) -> None:
    choose(view.status_combo, "paused")
    assert view.visible_ids() == ["rostov"]
    choose(view.status_combo, "restricted")
    assert view.visible_ids() == ["zhytomyr"]
    choose(view.status_combo, "active")
    assert len(view.visible_ids()) == 9


def test_funding_filter(view: ExplorerView, cities) -> None:
    choose(view.funding_combo, "domestic")
    assert view.visible_ids() == ["zwickau"]
    choose(view.funding_combo, "erasmus_plus")
    assert view.visible_ids() == [c.id for c in cities if c.funding == "erasmus_plus"]


def test_language_filter(view: ExplorerView) -> None:
    choose(view.language_combo, "he")
    assert view.visible_ids() == ["netanya"]
    choose(view.language_combo, "en")
    assert set(view.visible_ids()) == {"leeds", "buffalo", "kumasi"}
    # Only languages spoken in a partner city are offered.
    assert view.language_combo.findData("ja") == -1


def test_filters_combine_and_empty_state_and_reset(view: ExplorerView) -> None:
    choose(view.language_combo, "he")
    choose(view.status_combo, "paused")
    assert view.visible_ids() == []
    assert view.is_empty_state()
    assert view.empty_label.isVisible()
    assert "Keine Partnerschaft" in view.empty_label.text()
    assert view.count_label.text() == "0 von 11 Partnerschaften"
    view.reset_button.click()
    assert not view.is_empty_state()
    assert len(view.visible_ids()) == 11
    assert view.language_combo.currentIndex() == 0
    assert view.status_combo.currentIndex() == 0
    assert view.search_edit.text() == ""


def test_search_without_match_shows_empty_state(view: ExplorerView, qtbot) -> None:
    qtbot.keyClicks(view.search_edit, "atlantis")
    assert view.is_empty_state()
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert len(view.visible_ids()) == 11


def test_grid_reflows_with_width(view: ExplorerView, qtbot) -> None:
    wide = view._grid.columns()
    view.resize(640, 800)
    qtbot.waitUntil(lambda: view._grid.columns() < wide)
    assert view._grid.columns() >= 1


def test_card_activation_by_keyboard_and_click(view: ExplorerView, qtbot) -> None:
    card = view.cards()["xian"]
    card.setFocus()
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert blocker.args == ["xian"]
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.keyClick(card, Qt.Key.Key_Space)
    assert blocker.args == ["xian"]
    other = view.cards()["kumasi"]
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert blocker.args == ["kumasi"]


def test_tab_reaches_cards_in_order(view: ExplorerView) -> None:
    cards = list(view.cards().values())
    cards[0].setFocus()
    QApplication.processEvents()
    cards[0].focusNextChild()
    assert QApplication.focusWidget() is cards[1]


def test_every_focusable_widget_has_accessible_name(view: ExplorerView) -> None:
    focusable = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) >= 11 + 6
    missing = [type(w).__name__ for w in focusable if not accessible_name(w).strip()]
    assert missing == []


def test_set_cities_replaces_cards(view: ExplorerView) -> None:
    view.set_cities([make_city("a"), make_city("b")])
    assert view.visible_ids() == ["a", "b"]
    assert view.count_label.text() == "2 von 2 Partnerschaften"


def test_markup_shows_literally(qtbot) -> None:
    city = make_city(
        "evil",
        name_de=MARKUP,
        name_local=MARKUP,
        country_de=MARKUP,
        status="paused",
        status_reason=Text(MARKUP),
        projects=(Project(MARKUP, ("kultur",)),),
    )
    card = CityCard(city)
    qtbot.addWidget(card)
    assert card.findChildren(QLabel) == []  # texts are drawn as they are, never as markup
    assert MARKUP in card.texts()
    assert "<b>" not in card.toolTip() and "&lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;" in card.toolTip()
    assert accessible_name(card).startswith(MARKUP)


def test_language_switch_relabels_data(view: ExplorerView) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from partnerdesk.ui.i18n import set_language

    set_language("en")
    try:
        # Installing a translator sends LanguageChange; send it anyway in case none loads.
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
        QApplication.processEvents()
        card = view.cards()["rostov"]
        assert "Rostov-on-Don" in card.texts()
        assert card.badge_text() == "‖ paused"
        assert view.status_combo.itemText(view.status_combo.findData("paused")) == "paused"
        assert view.theme_combo.itemText(view.theme_combo.findData("kultur")) == "Culture & music"
    finally:
        set_language("de")
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.cards()["rostov"].badge_text() == "‖ ruhend"


def test_card_heights_do_not_depend_on_the_widths_asked_before(qtbot, cities) -> None:
    """The card measures each text once and reuses it while the text fits on one line; a
    width where it must wrap still gets the wrapped height, whatever was asked before."""
    rostov = next(city for city in cities if city.id == "rostov")  # long chip, local name
    widths = (900, 420, 260, 180, 120, 260, 900)
    fresh_heights = []
    for width in widths:
        fresh = CityCard(rostov)
        qtbot.addWidget(fresh)
        fresh_heights.append(fresh.heightForWidth(width))
    reused = CityCard(rostov)
    qtbot.addWidget(reused)
    assert [reused.heightForWidth(width) for width in widths] == fresh_heights
    assert fresh_heights[4] > fresh_heights[1] > fresh_heights[0]  # narrower: more lines

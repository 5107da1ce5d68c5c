"""Städte vergleichen: from the ranking, 2-3 cities side by side, no sideways scrolling."""

from __future__ import annotations

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.ui import i18n
from partnerdesk.ui.views.matching_view import MatchingView


def make_view(qtbot) -> MatchingView:
    view = MatchingView(load_shipped_pack().cities)
    qtbot.addWidget(view)
    view.set_profile(Profile(interests={"kultur": 3}, languages={"de": "native", "en": "B2"}))
    view.resize(1366, 697)
    view.show()
    return view


def test_compare_top_two_then_three_and_not_four(qtbot):
    view = make_view(qtbot)
    dialog = view.open_compare()
    qtbot.addWidget(dialog)
    order = view.ranking_view.ranked_ids()
    assert dialog.chosen_ids() == order[:2]
    table = dialog.table
    assert table.columnCount() == 2
    name = view.ranking().results[0].city.name("de")
    assert table.horizontalHeaderItem(0).text() == f"1. {name}"
    labels = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert labels[0] == "Gesamt"
    assert {"Was passt", "Was im Weg steht", "Förderweg"} <= set(labels)
    dialog.boxes[order[2]].setChecked(True)
    assert table.columnCount() == 3
    assert not dialog.boxes[order[3]].isEnabled()  # a fourth cannot be added
    dialog.boxes[order[0]].setChecked(False)
    dialog.boxes[order[1]].setChecked(False)
    assert dialog.table.isHidden() and dialog.hint.isVisible()
    dialog.boxes[order[0]].setChecked(True)
    assert dialog.chosen_ids() == [order[0], order[2]]
    # Fits a 1366x697 screen and never scrolls sideways.
    assert dialog.height() <= 697 and dialog.width() <= 1366
    assert table.horizontalScrollBar().maximum() == 0


def test_compare_in_english(qtbot):
    view = make_view(qtbot)
    i18n.set_language("en")
    dialog = view.open_compare()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Compare cities"
    assert dialog.table.verticalHeaderItem(0).text() == "Total"
    qtbot.waitUntil(lambda: view.compare_button.text() == "&Compare cities …")

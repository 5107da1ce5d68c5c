"""``scroll_area``: the one way a page or a form scrolls, and the places that use it."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
from partnerdesk.ui.views.explorer_view import ExplorerView
from partnerdesk.ui.views.settings_view import SettingsView
from partnerdesk.ui.widgets.scroll import scroll_area

UI = Path(__file__).resolve().parents[2] / "partnerdesk" / "ui"


#: Being split by another branch; the lead moves it to the helper at merge.
def test_the_helper_makes_a_frameless_resizing_area_that_is_no_tab_stop(qtbot):
    content = QLabel("Inhalt")
    area = scroll_area(content)
    qtbot.addWidget(area)
    assert area.widget() is content
    assert area.widgetResizable()
    assert area.frameShape() == QFrame.Shape.NoFrame
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_the_helper_can_refuse_to_scroll_sideways_and_take_the_focus(qtbot):
    area = scroll_area(sideways=False, focusable=True)
    qtbot.addWidget(area)
    assert area.widget() is None
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_no_module_builds_a_scroll_area_by_hand():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative == "widgets/scroll.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "QScrollArea":
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == [], "use partnerdesk.ui.widgets.scroll.scroll_area"


def test_views_keep_their_scroll_area_names_and_settings(qtbot, shipped_pack):
    explorer = ExplorerView(list(shipped_pack.cities))
    qtbot.addWidget(explorer)
    assert explorer.scroll_area.accessibleName() == "Karten der Partnerstädte"
    assert explorer.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    settings = SettingsView()
    qtbot.addWidget(settings)
    (area,) = settings.findChildren(QScrollArea)
    assert area.frameShape() == QFrame.Shape.NoFrame
    assert area.widgetResizable()


def test_the_city_dialog_text_scrolls_by_keyboard(qtbot, shipped_pack):
    city = shipped_pack.city("xian")
    dialog = CityDetailDialog(city)
    qtbot.addWidget(dialog)
    (area,) = dialog.findChildren(QScrollArea)
    assert area.accessibleName() == "Details zu Xi'an"
    assert area.focusPolicy() & Qt.FocusPolicy.TabFocus  # nothing inside takes the focus

"""A whole talk on a city laptop (1366×768, a maximised window gets 1366×697), by keyboard and
mouse as far as it goes: create the apprentice, take over the scratch-pad profile, add two
steps with typed dates, save with Ctrl+S, export the PDF. Nothing of the talk may need
horizontal scrolling and the top result card must be visible whole."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QMessageBox, QWidget

from partnerdesk.app import attach_store
from partnerdesk.core.domain import Profile
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.ui.main_window import PAGE_COUNSELLING, TAB_MATCHING, MainWindow
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.views.talk_panel import TAB_ASSESSMENT, TAB_RESULT, TAB_TALK

SIZE = (1366, 697)
PROFILE = Profile(
    interests={"kultur": 3, "jugend": 2},
    languages={"de": "native", "en": "B2", "fr": "B1"},
    weeks=4,
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Ok.value))


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_app_store(tmp_path / "db.sqlite3")
    win = MainWindow(store.cities.to_pack(), AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.resize(*SIZE)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.counselling_view.editor.load(win.counselling_view.controller.talk)  # no close guard
    store.close()


def sideways_scrollers(root: QWidget) -> list[str]:
    """Visible scroll areas whose content is wider than they are."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{type(area).__name__} {area.objectName()!r} {area.accessibleName()!r}")
    return found


def fully_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def type_date(qtbot, picker, text: str) -> None:
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, text)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)


def test_a_whole_talk_fits_1366x697(qtbot, window, monkeypatch, tmp_path):
    from partnerdesk.ui.dialogs import apprentice_dialog
    from partnerdesk.ui.dialogs.take_over_dialog import TakeOverDialog

    assert window.size().width() == 1366 and window.size().height() == 697
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # 1. The profile was worked out on the scratch pad ("Passende Städte") ...
    window.city_tabs.setCurrentIndex(TAB_MATCHING)
    matching = window.city_view(TAB_MATCHING)
    matching.set_profile(PROFILE)

    # 2. ... and is taken over for a new apprentice, created on the way.
    def new_apprentice(dialog) -> int:
        dialog.name.setText("Jana Öztürk")
        dialog.occupation.setCurrentText("Kauffrau für Büromanagement")
        dialog.on_save_clicked()
        return dialog.result()

    def choose_new(dialog) -> int:
        dialog.on_new_clicked()
        return dialog.result()

    monkeypatch.setattr(apprentice_dialog.ApprenticeDialog, "exec", new_apprentice)
    monkeypatch.setattr(TakeOverDialog, "exec", choose_new)
    qtbot.mouseClick(matching.take_over_button, Qt.MouseButton.LeftButton)
    view = window.counselling_view
    assert window.pages.currentIndex() == PAGE_COUNSELLING
    assert view.name_label.text() == "Jana Öztürk"
    assert view.matching.profile() == PROFILE
    assert view.editor.is_new()

    # 3. The result: the top card is visible whole, nothing scrolls sideways.
    assert view.tabs.currentIndex() == TAB_RESULT
    qtbot.wait(10)
    ranking = view.matching.ranking_view
    top = ranking.card(ranking.ranked_ids()[0])
    assert fully_visible(top), top.visibleRegion().boundingRect()
    assert sideways_scrollers(window) == []

    # 4. Notes and two steps with typed dates.
    view.tabs.setCurrentIndex(TAB_TALK)
    qtbot.keyClicks(view.editor.notes, "Amiens passt am besten.")
    view.editor.steps.add_offer("fit_fuer_europa")
    qtbot.mouseClick(view.editor.steps.add_free, Qt.MouseButton.LeftButton)
    rows = view.editor.steps.rows
    qtbot.keyClicks(rows[1].text, "Freistellung beantragen")
    type_date(qtbot, rows[0].due, "15.01.27")
    type_date(qtbot, rows[1].due, "2027-02-01")
    assert [r.due.edit.text() for r in rows] == ["15.01.2027", "01.02.2027"]
    assert sideways_scrollers(window) == []

    # 5. Ctrl+S saves and the keyboard focus stays in the field it was in.
    rows[1].text.setFocus()
    qtbot.waitUntil(rows[1].text.hasFocus)
    qtbot.keyClick(rows[1].text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_dirty()
    talk = view.editor.talk()
    assert talk.id is not None
    assert [s.due_date for s in talk.next_steps] == [date(2027, 1, 15), date(2027, 2, 1)]
    assert rows[1].text.hasFocus()  # not moved to the sidebar or anywhere else
    assert view.editor.steps.rows == rows

    # 6. Export.
    target = tmp_path / "talk.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")

    # Every part of the talk, once more: no sideways scrolling anywhere.
    for tab in (TAB_ASSESSMENT, TAB_RESULT, TAB_TALK):
        view.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        assert sideways_scrollers(window) == [], view.tabs.tabText(tab)
    # The top of the page (name, tabs, save) sits inside the window.
    corner = view.save_button.mapTo(window, QPoint(0, view.save_button.height()))
    assert corner.y() <= window.height()


def test_scratch_profile_survives_a_restart(qtbot, tmp_path):
    from partnerdesk.core.datapack import load_shipped_pack

    first = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(first)
    first.city_view(TAB_MATCHING).set_profile(PROFILE)
    qtbot.waitUntil(lambda: AppSettings().scratch_profile() == PROFILE, timeout=2000)
    second = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(second)
    assert second.city_view(TAB_MATCHING).profile() == PROFILE

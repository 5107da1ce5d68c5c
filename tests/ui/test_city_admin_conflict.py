"""Two advisors edit one city: the second save gets the conflict dialog, never overwrites.

"Neu laden" shows the other advisor's version; "Weiter bearbeiten" keeps every edit on
screen. The dialog offers no "save a copy" for a city.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.core.domain import Text
from partnerdesk.store.repository import CityRepository
from partnerdesk.ui.dialogs.conflict_dialog import ConflictDialog
from partnerdesk.ui.views.city_admin_view import CityAdminView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Clicks:
    """Stands in for QMessageBox.exec: records the conflict dialog, clicks the named button."""

    def __init__(self, monkeypatch, button: str) -> None:
        self.dialogs: list[tuple[str, str, list[str]]] = []
        self.button = button
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        assert isinstance(box, ConflictDialog), f"unexpected box: {box.text()!r}"
        names = [button.text() for button in box.buttons()]
        self.dialogs.append((box.text(), box.informativeText(), names))
        getattr(box, self.button).click()
        return 0


@pytest.fixture
def view(qtbot, store) -> CityAdminView:
    widget = CityAdminView(store.cities, "Herr Berger")
    qtbot.addWidget(widget)
    widget.resize(1366, 697)
    widget.show()
    return widget


def _select(view: CityAdminView, city_id: str) -> None:
    row = next(i for i, c in enumerate(view.controller.cities()) if c.id == city_id)
    view.city_list.setCurrentRow(row)
    assert view._city is not None and view._city.id == city_id


def _hoffmann_saves(store, city_id: str, notes: str) -> None:
    """The other advisor, on another PC: a repository of their own."""
    other = CityRepository(store.sessions)
    theirs, stamp = other.city_for_edit(city_id)
    other.update_city(
        dataclasses.replace(theirs, notes=Text(notes, "")), "Frau Hoffmann", expected=stamp
    )


def test_reload_shows_the_other_advisors_version(view, store, monkeypatch, qtbot) -> None:
    _select(view, "leeds")
    view.notes_de.setPlainText("Fassung Berger")
    _hoffmann_saves(store, "leeds", "Fassung Hoffmann")
    clicks = Clicks(monkeypatch, "reload_button")
    with qtbot.waitSignal(view.citiesChanged, timeout=1000):
        assert not view.save()
    assert len(clicks.dialogs) == 1
    text, informative, buttons = clicks.dialogs[0]
    assert text.startswith("Frau Hoffmann hat diesen Datensatz um ")
    assert buttons and "Meine Fassung als Kopie speichern" not in buttons
    assert "Kopie" not in informative and "zusätzlichen" not in informative
    assert view.notes_de.toPlainText() == "Fassung Hoffmann"  # theirs, mine dropped
    assert not view.is_dirty()
    assert "Frau Hoffmann" in view.stamp.text()
    assert store.cities.city("leeds").notes.de == "Fassung Hoffmann"
    # Saving after the reload is an ordinary save, with no dialog.
    view.notes_de.setPlainText("Fassung Berger, nach dem Neuladen")
    assert view.save()
    assert len(clicks.dialogs) == 1
    assert store.cities.city("leeds").notes.de == "Fassung Berger, nach dem Neuladen"
    assert store.cities.edit_stamp("leeds").updated_by == "Herr Berger"


def test_keep_editing_keeps_my_input_and_overwrites_nothing(view, store, monkeypatch) -> None:
    _select(view, "amiens")
    view.notes_de.setPlainText("Fassung Berger")
    view.reason_de.setText("mein Grund")
    _hoffmann_saves(store, "amiens", "Fassung Hoffmann")
    clicks = Clicks(monkeypatch, "keep_button")
    assert not view.save()
    assert view.notes_de.toPlainText() == "Fassung Berger"
    assert view.reason_de.text() == "mein Grund"
    assert view.is_dirty()
    assert store.cities.city("amiens").notes.de == "Fassung Hoffmann"
    # The next save asks again: keeping my edits never turns into overwriting theirs.
    assert not view.save()
    assert len(clicks.dialogs) == 2
    assert store.cities.city("amiens").notes.de == "Fassung Hoffmann"


def test_city_conflict_dialog_has_no_copy_button(qtbot) -> None:
    dialog = ConflictDialog("Frau Hoffmann", None, talk=False, offer_copy=False)
    qtbot.addWidget(dialog)
    assert dialog.copy_button is None
    assert [b.objectName() for b in dialog.buttons()].count("saveCopyButton") == 0
    assert len(dialog.buttons()) == 2
    assert dialog.defaultButton() is dialog.keep_button

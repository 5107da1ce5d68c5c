"""CityAdminView: edits are validated and stamped; packs round-trip; bad packs change nothing."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui.helpers import unnamed_controls

from partnerdesk.core.datapack import load_shipped_pack, pack_to_dict
from partnerdesk.ui.views.city_admin_view import CityAdminView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Boxes:
    """Replaces QMessageBox.exec: records every box, answers Yes/Discard/Ok (or as told)."""

    def __init__(self, monkeypatch) -> None:
        self.texts: list[str] = []
        self.answer: QMessageBox.StandardButton | None = None
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        if self.answer is not None:
            return int(self.answer.value)
        for choice in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard):
            if box.standardButtons() & choice:
                return int(choice.value)
        return int(QMessageBox.StandardButton.Ok.value)


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def view(qtbot, store, boxes) -> CityAdminView:
    widget = CityAdminView(store.cities, "Frau Datenpflege")
    qtbot.addWidget(widget)
    widget.resize(1050, 760)
    widget.show()
    return widget


def dump(store) -> dict:
    return pack_to_dict(store.cities.to_pack())


def shipped_cities() -> dict:
    """The shipped pack as the database holds it: cities only; the dated advice (funding
    rules, travel warnings) is reference knowledge the matcher reads from the shipped pack."""
    return pack_to_dict(dataclasses.replace(load_shipped_pack(), advice=None))


def test_edit_project_and_save_stamps_editor(view, store, qtbot) -> None:
    city_id = view._city.id
    view.projects.setCurrentRow(0)
    view.project_title.setText("Neues Austauschprojekt")
    view.project_themes.item(0).setCheckState(Qt.CheckState.Checked)  # kultur
    view.projects_box.on_add_clicked()
    view.project_title.setText("Azubi-Austausch Verwaltung")
    for i in range(view.project_themes.count()):
        if view.project_themes.item(i).data(Qt.ItemDataRole.UserRole) == "verwaltung":
            view.project_themes.item(i).setCheckState(Qt.CheckState.Checked)
    view.notes_de.setPlainText("Notiz <b>nicht fett</b>")
    assert view.is_dirty()
    with qtbot.waitSignal(view.citiesChanged):
        assert view.save()
    city = store.cities.city(city_id)
    assert city.projects[0].title == "Neues Austauschprojekt"
    assert "kultur" in city.projects[0].themes
    assert city.projects[-1].title == "Azubi-Austausch Verwaltung"
    assert city.projects[-1].themes == ("verwaltung",)
    assert city.notes.de == "Notiz <b>nicht fett</b>"
    assert store.cities.edit_stamp(city_id).updated_by == "Frau Datenpflege"
    assert "Frau Datenpflege" in view.stamp.text()
    assert view.stamp.textFormat() == Qt.TextFormat.PlainText
    assert not view.is_dirty()


def test_bad_values_show_beside_their_field_and_keep_edits(view, store) -> None:
    before = dump(store)
    view.status.setCurrentIndex(view.status.findData("paused"))
    view.reason_de.setText("")
    view.notes_de.setPlainText("bleibt stehen")
    assert not view.save()
    reason = "Bei Status „ruhend“ bitte einen Grund angeben."
    assert view.error.isVisible() and view.error.text() == f"Grund (deutsch): {reason}"
    assert view.field_errors["reason_de"].isVisible()
    assert view.field_errors["reason_de"].text() == reason
    assert [k for k, label in view.field_errors.items() if label.isVisible()] == ["reason_de"]
    assert view.focusWidget() is view.reason_de
    assert view.notes_de.toPlainText() == "bleibt stehen"

    view.reason_de.setText("Ratsbeschluss")
    view.projects_box.on_add_clicked()  # a project without title and themes
    number = len(view.controller.projects)
    view.projects.setCurrentRow(0)  # the steward looks elsewhere; saving brings the project back
    assert not view.save()
    assert view.projects.currentRow() == number - 1
    assert view.error.text() == f"Projekt {number} – Titel: Das Feld ist leer; bitte ausfüllen."
    assert view.field_errors["project_title"].isVisible()
    assert view.field_errors["project_themes"].text() == "Bitte mindestens ein Thema ankreuzen."
    assert not view.field_errors["reason_de"].isVisible()
    view.projects.setCurrentRow(0)  # another project: its fields show no error
    assert not view.field_errors["project_title"].isVisible()
    view.projects.setCurrentRow(number - 1)
    assert view.field_errors["project_title"].isVisible()

    view.project_title.setText("Nur Titel")
    assert not view.save()
    assert view.error.text() == f"Projekt {number} – Themen: Bitte mindestens ein Thema ankreuzen."
    assert not view.field_errors["project_title"].isVisible()
    assert view.project_title.text() == "Nur Titel"
    assert dump(store) == before


def test_field_messages_follow_the_language(view, store, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from partnerdesk.ui import i18n

    view.notes_en.setPlainText("a\x00b")
    assert not view.save()
    assert (
        view.error.text()
        == "Notizen englisch: „a\\u0000b“ enthält ein NUL-Zeichen (U+0000); bitte entfernen."
    )
    try:
        i18n.set_language("en")
        QApplication.processEvents()  # the LanguageChange event
        assert not view.save()
        assert view.field_errors["notes_en"].text() == (
            '"a\\u0000b" contains a NUL character (U+0000)'
        )
        assert view.error.text().startswith("Notes in English: ")
    finally:
        i18n.set_language("de")
    assert store.cities.city(view._city.id).notes.en != "a\x00b"


def test_save_clears_the_messages(view, store) -> None:
    view.status.setCurrentIndex(view.status.findData("paused"))
    view.reason_de.setText("")
    assert not view.save()
    view.reason_de.setText("Ratsbeschluss vom 31. März 2022")
    assert view.save()
    assert not view.error.isVisible()
    assert not any(label.isVisible() for label in view.field_errors.values())
    assert store.cities.city(view._city.id).status_reason.de.startswith("Ratsbeschluss")


def test_switching_city_with_edits_asks(view, boxes) -> None:
    first = view._city.id
    view.notes_de.setPlainText("ungespeichert")
    boxes.answer = QMessageBox.StandardButton.Cancel
    view.city_list.setCurrentRow(1)
    assert view._city.id == first and view.notes_de.toPlainText() == "ungespeichert"
    assert "ungespeicherte" in boxes.texts[-1]


def test_pack_export_import_round_trip(view, store, monkeypatch, tmp_path) -> None:
    target = tmp_path / "pack.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert view.export_pack() == target
    before = dump(store)
    assert json.loads(target.read_text(encoding="utf-8")) == before
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert view.import_pack()
    assert dump(store) == before
    assert store.cities.edit_stamp(view._city.id).updated_by == "Frau Datenpflege"


def test_pack_import_reads_and_saves_off_the_gui_thread(view, store, monkeypatch, tmp_path):
    import threading

    from partnerdesk.ui.views import city_admin_controller as module

    target = tmp_path / "pack.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    view.export_pack()
    threads: list[str] = []
    real_load, real_save = module.load_pack, store.cities.load_pack

    def load(path):
        threads.append(threading.current_thread().name)
        return real_load(path)

    def save(pack, **kwargs):
        threads.append(threading.current_thread().name)
        return real_save(pack, **kwargs)

    monkeypatch.setattr(module, "load_pack", load)
    monkeypatch.setattr(store.cities, "load_pack", save)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert view.import_pack()
    main = threading.main_thread().name
    assert len(threads) == 2 and main not in threads


def _bad_packs() -> dict[str, tuple[object, str]]:
    good = pack_to_dict(load_shipped_pack())

    def changed(edit) -> dict:
        data = json.loads(json.dumps(good))
        edit(data)
        return data

    return {
        "status": (changed(lambda d: d["cities"][2].update(status="asleep")), "cities[2].status"),
        "theme": (
            changed(lambda d: d["cities"][0]["projects"][0].update(themes=["golf"])),
            "cities[0].projects[0].themes[0]",
        ),
        "unknown-field": (changed(lambda d: d["cities"][1].update(mayor="x")), "cities[1].mayor"),
        # A broken rule of a record: its place in the file and the rule in the reader's words.
        "duplicate": (
            changed(lambda d: d["cities"].append(d["cities"][0])),
            "cities[11].id: Die Kennung „amiens“ kommt zweimal vor.",
        ),
        "latitude": (
            changed(lambda d: d["cities"][1].update(lat=95.5)),
            "cities[1].lat: 95,5 liegt außerhalb von -90 bis 90.",
        ),
        "version": (changed(lambda d: d.update(format_version=99)), "format_version"),
    }


@pytest.mark.parametrize("case", sorted(_bad_packs()))
def test_bad_pack_rejected_nothing_changed(view, store, boxes, monkeypatch, tmp_path, case) -> None:
    data, where = _bad_packs()[case]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    before = dump(store)
    assert not view.import_pack()
    assert where in boxes.texts[-1] and "nichts geändert" in boxes.texts[-1]
    assert dump(store) == before


def test_not_json_rejected(view, store, boxes, monkeypatch, tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{ nope", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    before = dump(store)
    assert not view.import_pack()
    assert "not valid JSON (line 1" in boxes.texts[-1]
    assert dump(store) == before


def test_restore_shipped_pack_after_confirmation(view, store, boxes) -> None:
    view.notes_de.setPlainText("geändert")
    assert view.save()
    assert dump(store) != shipped_cities()
    boxes.answer = QMessageBox.StandardButton.No
    assert not view.restore_shipped()
    assert store.cities.city(view._city.id).notes.de == "geändert"
    boxes.answer = None
    assert view.restore_shipped()
    assert dump(store) == shipped_cities()


def test_every_control_named(view) -> None:
    assert unnamed_controls(view) == []

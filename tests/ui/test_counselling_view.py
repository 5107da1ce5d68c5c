"""CounsellingView: apprentice → assessment → talk → save → restart → reopen → export."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui.helpers import unnamed_controls

from partnerdesk.core.counselling import Apprentice
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.ui.views.counselling_view import CounsellingView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOTE = 'Möchte nach Amiens.\n<b>nicht fett</b> <a href="x">y</a>'


def make_view(qtbot, store) -> CounsellingView:
    view = CounsellingView(
        ApprenticeRepository(store.sessions), store.cities.cities(), advisor="Frau Lawrence"
    )
    qtbot.addWidget(view)
    view.resize(1080, 760)
    view.show()
    return view


class Answers:
    """Stands in for QMessageBox.exec: records each box and answers in turn."""

    def __init__(self, monkeypatch, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        assert box.textFormat() == Qt.TextFormat.PlainText
        return (
            int(self.answers.pop(0).value)
            if self.answers
            else int(QMessageBox.StandardButton.Ok.value)
        )


def create_apprentice(view: CounsellingView, monkeypatch, name: str = "Jana Öztürk") -> int:
    from partnerdesk.ui.dialogs import apprentice_dialog

    def fake_exec(dialog: apprentice_dialog.ApprenticeDialog) -> int:
        dialog.name.setText(name)
        dialog.occupation.setCurrentText("Verwaltungsfachangestellte/r")
        dialog.year.setCurrentIndex(2)
        dialog.on_save_clicked()
        return dialog.result()

    monkeypatch.setattr(apprentice_dialog.ApprenticeDialog, "exec", fake_exec)
    view.on_new_clicked()
    assert view._current is not None and view._current.display_name == name
    return view._current.id


def test_full_cycle_survives_restart_and_exports(qtbot, store, monkeypatch, tmp_path) -> None:
    view = make_view(qtbot, store)
    apprentice_id = create_apprentice(view, monkeypatch)
    assert view.list.count() == 1
    # deletion date defaults to consent + 730 days
    person = view.repo.get(apprentice_id)
    assert (person.deletion_date - person.consent_date).days == 730

    view.matching.editor.interest_sliders["kultur"].setValue(3)
    view.matching.editor.interest_sliders["jugend"].setValue(2)
    assert view.is_dirty()
    view.matching.editor.start.setDate(QDate(2028, 3, 1))  # not the default start
    view.editor.notes.setPlainText(NOTE)
    view.editor.steps.add_offer("fit_fuer_europa")
    free = view.editor.steps.add_offer("unterkunft")
    free.owner.setText("Jana")
    free.done.setChecked(True)
    view.editor.cities.item(0).setCheckState(Qt.CheckState.Checked)
    first_city = view.editor.cities.item(0).data(Qt.ItemDataRole.UserRole)
    assert view.save(force_talk=True)
    assert not view.is_dirty()
    view.close()
    view.deleteLater()

    again = make_view(qtbot, store)  # "restart": a new view on the same database
    assert again.open_apprentice(apprentice_id)
    talk = again.editor.talk()
    assert talk.notes == NOTE
    assert [s.offer_key for s in talk.next_steps] == ["fit_fuer_europa", "unterkunft"]
    assert talk.next_steps[1].owner == "Jana" and talk.next_steps[1].done
    assert talk.chosen_cities == (first_city,)
    assert talk.advisor == "Frau Lawrence"
    assert again.matching.profile().interest("kultur") == 3
    assert again.matching.profile().start == (2028, 3)
    assert again.talk_list.count() == 1 and "1 offene" in again.talk_list.item(0).text()

    target = tmp_path / "out" / "record.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    answers = Answers(monkeypatch)
    assert again.export_pdf() == target
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert len(answers.texts) == 1 and str(target) in answers.texts[0]  # saved, and where


def test_default_file_name_is_in_documents(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    seen = {}

    def fake(_parent, _title, default, _filter):
        seen["default"] = default
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    view.export_pdf()
    path = Path(seen["default"])
    assert path.parent == Path(os.environ["PARTNERDESK_HOME"]) / "documents"
    assert path.name.startswith(f"Beratungsprotokoll_{date.today().isoformat()}_")


def test_guard_cancel_keeps_the_text(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    first = create_apprentice(view, monkeypatch, "Anna A")
    create_apprentice(view, monkeypatch, "Bert B")
    assert view.open_apprentice(first)
    view.editor.notes.setPlainText("noch nicht gespeichert")
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    view.list.setCurrentRow(1)  # Bert
    assert len(answers.texts) == 1 and "ungespeicherte" in answers.texts[0]
    assert view._current.id == first
    assert view.list.currentItem().data(Qt.ItemDataRole.UserRole) == first
    assert view.editor.notes.toPlainText() == "noch nicht gespeichert"
    answers.answers.append(QMessageBox.StandardButton.Cancel)
    assert not view.maybe_save()
    # Speichern: the talk is stored, then the switch happens
    answers.answers.append(QMessageBox.StandardButton.Save)
    view.list.setCurrentRow(1)
    assert view._current.display_name == "Bert B"
    talks = view.repo.talks(first)
    assert len(talks) == 1 and view.repo.talk(talks[0].id).notes == "noch nicht gespeichert"


def test_guard_before_switching_talk(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    view.editor.notes.setPlainText("erstes")
    assert view.save(force_talk=True)
    view.on_new_talk_clicked()
    view.editor.notes.setPlainText("zweites, ungespeichert")
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    view.talk_list.setCurrentRow(0)
    assert len(answers.texts) == 1
    assert view.editor.notes.toPlainText() == "zweites, ungespeichert"
    answers.answers.append(QMessageBox.StandardButton.Discard)
    view.talk_list.setCurrentRow(0)
    assert view.editor.notes.toPlainText() == "erstes"


def test_snapshot_survives_later_city_data_change(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    apprentice_id = create_apprentice(view, monkeypatch)
    view.matching.editor.interest_sliders["kultur"].setValue(3)
    assert view.save(force_talk=True)
    before = view.editor.talk().ranking_snapshot
    top = before["ranking"][0]
    assert top["themes"], "the top city matched a theme"
    city = store.cities.city(top["city"])
    # The steward rewrites every project of the top city: no more culture.
    changed = dataclasses.replace(
        city,
        projects=tuple(
            dataclasses.replace(p, title="Neu: " + p.title, themes=("sport",))
            for p in city.projects
        ),
    )
    store.cities.update_city(changed, "Test")
    view.close()

    again = make_view(qtbot, store)
    again.open_apprentice(apprentice_id)
    assert again.editor.talk().ranking_snapshot == before
    shown = again.editor.cities.item(0).text()
    assert top["name"] in shown and f"{top['score']:.0f}" in shown


def test_failed_export_shows_message_and_leaves_no_file(
    qtbot, store, monkeypatch, tmp_path
) -> None:
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    target = locked / "record.pdf"
    if os.access(locked, os.W_OK):
        # Root ignores permissions; a "folder" that is a file fails for everyone.
        locked.chmod(0o700)
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        target = blocker / "record.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    answers = Answers(monkeypatch)
    try:
        assert view.export_pdf() is None
    finally:
        locked.chmod(0o700)
    assert len(answers.texts) == 1
    assert "nicht gespeichert" in answers.texts[0] and str(target) in answers.texts[0]
    assert not target.exists() and list(locked.iterdir()) == []


def test_batch_export_runs_off_the_gui_thread(qtbot, store, monkeypatch, tmp_path) -> None:
    view = make_view(qtbot, store)
    for name in ("A", "B"):
        create_apprentice(view, monkeypatch, name)
        view.editor.notes.setPlainText(f"Notiz {name}")
        assert view.save(force_talk=True)
    out = tmp_path / "batch"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    with qtbot.waitSignal(view.exportFinished, timeout=20000) as blocker:
        assert view.export_all(only_current=False) is not None
    assert blocker.args == [2]
    files = sorted(out.glob("Beratungsprotokoll_*.pdf"))
    assert len(files) == 2 and all(f.read_bytes().startswith(b"%PDF") for f in files)


def test_delete_asks_and_removes_everything(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    apprentice_id = create_apprentice(view, monkeypatch, "<b>Fett</b>")
    assert view.list.item(0).text().startswith("<b>Fett</b>")
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    view.on_delete_clicked()
    assert view.repo.find() and "<b>Fett</b>" in answers.texts[0]
    answers.answers.append(QMessageBox.StandardButton.Yes)
    view.on_delete_clicked()
    assert view.repo.find() == [] and view.list.count() == 0
    assert view._current is None and apprentice_id


def test_dialog_errors_name_the_field_and_keep_input(qtbot) -> None:
    from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog

    saved = []
    dialog = ApprenticeDialog(None, lambda a: saved.append(a) or 1)
    qtbot.addWidget(dialog)
    dialog.occupation.setCurrentText("Fachinformatiker/in")
    dialog.on_save_clicked()
    assert not saved and dialog.error.text().startswith("Name:")
    dialog.name.setText("Kai")
    dialog.deletion.setDate(dialog.consent.date().addDays(-1))
    dialog.on_save_clicked()
    assert not saved and dialog.error.text().startswith("Löschdatum:")
    assert dialog.occupation.currentText() == "Fachinformatiker/in"
    dialog.deletion.setDate(dialog.consent.date().addDays(10))
    dialog.on_save_clicked()
    assert saved and saved[0] == Apprentice(
        display_name="Kai",
        occupation="Fachinformatiker/in",
        training_year=None,
        consent_date=saved[0].consent_date,
        deletion_date=saved[0].deletion_date,
    )


def test_every_control_has_an_accessible_name(qtbot, store, monkeypatch, message_boxes) -> None:
    message_boxes.always(QMessageBox.StandardButton.Discard)  # the close guard at teardown
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    view.editor.steps.add_offer("vermittlung")
    assert unnamed_controls(view) == []


# --- handover, Auskunft, erasure ---------------------------------------------------------


def make_view_with_handovers(qtbot, store) -> CounsellingView:
    from partnerdesk.store.handovers import HandoverRepository

    view = CounsellingView(
        ApprenticeRepository(store.sessions),
        store.cities.cities(),
        advisor="Frau Lawrence",
        handovers=HandoverRepository(store.sessions),
    )
    qtbot.addWidget(view)
    view.resize(1080, 760)
    view.show()
    return view


def test_handover_code_brings_the_kiosk_profile_into_the_view(
    qtbot, store, monkeypatch, message_boxes
) -> None:
    # The new talk opened for the handed-over profile is unsaved: the close guard asks.
    message_boxes.always(QMessageBox.StandardButton.Discard)
    from partnerdesk.core.domain import Profile
    from partnerdesk.store.handovers import HandoverRepository
    from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog

    kiosk = Profile(
        interests={"sport": 3, "jugend": 2},
        languages={"de": "native", "en": "B1"},
        weeks=3,
        abroad_only=False,
    )
    code, _expires = HandoverRepository(store.sessions).create(kiosk, {"ranking": []})
    view = make_view_with_handovers(qtbot, store)
    apprentice_id = create_apprentice(view, monkeypatch)
    assert view.handover_button.isVisibleTo(view) and view.handover_button.isEnabled()
    assert unnamed_controls(view) == []
    assert view.matching.profile().interest("sport") == 0

    def fake_exec(dialog: HandoverDialog) -> int:
        dialog.code.setText(code.lower().replace("-", " "))  # as an advisor might type it
        dialog.on_open()
        assert dialog.attach_button.isEnabled(), dialog.summary.text()
        dialog.attach_button.click()
        return dialog.result()

    monkeypatch.setattr(HandoverDialog, "exec", fake_exec)
    view.handover_button.click()
    assert view.matching.profile() == kiosk
    assert view.tabs.currentIndex() == 0  # the self-assessment tab shows what came in
    assert not view.is_dirty()  # it is stored, not pending
    assert view.repo.profile(apprentice_id) == kiosk
    # The new talk's live ranking follows the taken-over profile.
    assert view.editor.talk().profile_snapshot["interests"] == {"sport": 3, "jugend": 2}


def test_handover_button_is_hidden_without_a_repository(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    assert not view.handover_button.isVisibleTo(view)
    assert view.auskunft_button.isVisibleTo(view) and view.auskunft_button.isEnabled()


def test_auskunft_export_writes_json_with_the_notes(qtbot, store, monkeypatch, tmp_path) -> None:
    import json

    view = make_view(qtbot, store)
    apprentice_id = create_apprentice(view, monkeypatch)
    view.editor.notes.setPlainText(NOTE)
    assert view.save(force_talk=True)
    out = tmp_path / "auskunft"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    answers = Answers(monkeypatch)
    view.auskunft_button.click()
    data = json.loads((out / f"auskunft-{apprentice_id}.json").read_text(encoding="utf-8"))
    assert data["apprentice"]["display_name"] == "Jana Öztürk"
    assert [t["notes"] for t in data["talks"]] == [NOTE]
    assert (out / f"auskunft-{apprentice_id}.pdf").read_bytes().startswith(b"%PDF")
    assert len(answers.texts) == 1 and str(out) in answers.texts[0]


def test_erase_removes_apprentice_and_handovers(qtbot, store, monkeypatch, caplog) -> None:
    from partnerdesk.core.domain import Profile
    from partnerdesk.store.handovers import HandoverRepository

    handovers = HandoverRepository(store.sessions)
    view = make_view_with_handovers(qtbot, store)
    keep = create_apprentice(view, monkeypatch, "Bleibt")
    gone = create_apprentice(view, monkeypatch, "Geht")
    code, _ = handovers.create(Profile(weeks=2), {})
    handovers.attach(code, gone)
    assert view.list.count() == 2
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    with caplog.at_level("INFO", logger="partnerdesk.privacy"):
        view.delete_button.click()
    assert "Geht" in answers.texts[0]
    assert [a.id for a in view.repo.find()] == [keep]
    assert [view.list.item(i).text().split("\n")[0] for i in range(view.list.count())] == ["Bleibt"]
    assert handovers.fetch(code) is None  # the handover went with the person
    assert any(f"Datensatz {gone} gelöscht" in r.getMessage() for r in caplog.records)
    assert "Geht" not in caplog.text


def test_search_asks_the_database_once_typing_pauses(qtbot, store, monkeypatch) -> None:
    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch, "Jana Öztürk")
    create_apprentice(view, monkeypatch, "Karl Meier")
    calls: list[str] = []
    find = view.repo.find
    monkeypatch.setattr(
        view.repo, "find", lambda query="", **kw: calls.append(query) or find(query, **kw)
    )
    for typed in ("k", "ka", "kar", "karl"):
        view.search.setText(typed)  # one textChanged per keystroke
    assert calls == []  # nothing asked while typing
    qtbot.waitUntil(lambda: calls == ["karl"], timeout=3000)
    assert [view.list.item(i).text().split("\n")[0] for i in range(view.list.count())] == [
        "Karl Meier"
    ]


def test_apprentice_dialog_error_goes_away_once_fixed(qtbot) -> None:
    from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog

    saved = []
    dialog = ApprenticeDialog(None, lambda a: saved.append(a) or 1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.on_save_clicked()
    assert dialog.error.isVisible() and "Name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Tom")
    assert dialog.error.isHidden()
    assert saved == []


def test_empty_step_is_named_by_its_rule_not_its_english_text(qtbot, store, monkeypatch) -> None:
    """The view words the message from RecordError.code; the core's English text may change."""
    from partnerdesk.core import counselling

    view = make_view(qtbot, store)
    create_apprentice(view, monkeypatch)
    view.editor.steps.on_add_free_clicked()  # a step without a text
    answers = Answers(monkeypatch)
    real = counselling.Talk.validated

    def reworded(talk: counselling.Talk) -> counselling.Talk:
        try:
            return real(talk)
        except counselling.RecordError as exc:
            raise counselling.RecordError(
                "next_steps[0].text: anders formuliert", exc.code
            ) from None

    monkeypatch.setattr(counselling.Talk, "validated", reworded)
    assert not view.save()
    assert "Nächster Schritt 1: Bitte beschreiben, was zu tun ist." in answers.texts[-1]
    answers.answers.append(QMessageBox.StandardButton.Discard)  # closing: drop the edits

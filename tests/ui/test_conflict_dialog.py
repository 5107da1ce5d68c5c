"""Two advisors edit one talk at once: the second save gets the conflict dialog, and with
"Meine Fassung als Kopie speichern" both texts are kept; "Weiter bearbeiten" loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.ui.dialogs.conflict_dialog import ConflictDialog, conflict_text
from partnerdesk.ui.views.counselling_view import CounsellingView


@pytest.fixture
def db(tmp_path):
    return tmp_path / "team.sqlite3"


def advisor_view(qtbot, db, name: str) -> tuple[CounsellingView, object]:
    store = open_app_store(db)  # each advisor their own engine, as on two PCs
    view = CounsellingView(
        ApprenticeRepository(store.sessions), store.cities.cities(), advisor=name
    )
    qtbot.addWidget(view)
    view.resize(1080, 760)
    view.show()
    return view, store


class Clicks:
    """Stands in for QMessageBox.exec: records the text, clicks the named button."""

    def __init__(self, monkeypatch, button: str) -> None:
        self.texts: list[str] = []
        self.button = button
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        if isinstance(box, ConflictDialog):
            getattr(box, self.button).click()
        return 0


def _open_same_talk(qtbot, db):
    from datetime import date

    from partnerdesk.core.counselling import Apprentice, Talk

    seed = open_app_store(db)
    repo = ApprenticeRepository(seed.sessions)
    aid = repo.save(Apprentice(display_name="Jana Öztürk"))
    tid = repo.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30), notes="Anfang"))
    seed.close()
    views = []
    for name in ("Frau Hoffmann", "Herr Berger"):
        view, store = advisor_view(qtbot, db, name)
        view.refresh_list()
        assert view.open_apprentice(aid)
        assert view.editor.talk().id == tid
        views.append((view, store))
    return views, aid, tid


def test_second_save_gets_dialog_and_both_texts_are_kept(qtbot, db, monkeypatch) -> None:
    views, aid, tid = _open_same_talk(qtbot, db)
    (hoffmann, s1), (berger, s2) = views
    try:
        hoffmann.editor.notes.setPlainText("Fassung Hoffmann")
        assert hoffmann.save()
        berger.editor.notes.setPlainText("Fassung Berger")
        clicks = Clicks(monkeypatch, "copy_button")
        assert berger.save()
        assert len(clicks.texts) == 1
        assert clicks.texts[0].startswith("Frau Hoffmann hat diesen Termin um ")
        notes = sorted(berger.repo.talk(t.id).notes for t in berger.repo.talks(aid))
        assert notes == ["Fassung Berger", "Fassung Hoffmann"]
        assert berger.editor.talk().notes == "Fassung Berger" and not berger.is_dirty()
        assert berger.editor.talk().id != tid
        # Hoffmann's window picks up the new talk without a restart.
        hoffmann.refresh_from_store()
        assert hoffmann.talk_list.count() == 2
    finally:
        s1.close()
        s2.close()


def test_keep_editing_loses_nothing_and_reload_shows_the_other(qtbot, db, monkeypatch) -> None:
    views, _aid, tid = _open_same_talk(qtbot, db)
    (hoffmann, s1), (berger, s2) = views
    try:
        hoffmann.editor.notes.setPlainText("Fassung Hoffmann")
        assert hoffmann.save()
        berger.editor.notes.setPlainText("Fassung Berger")
        Clicks(monkeypatch, "keep_button")
        assert not berger.save()
        assert berger.editor.notes.toPlainText() == "Fassung Berger" and berger.is_dirty()
        Clicks(monkeypatch, "reload_button")
        assert not berger.save()
        assert berger.editor.talk().notes == "Fassung Hoffmann" and not berger.is_dirty()
        assert berger.editor.talk().id == tid
    finally:
        s1.close()
        s2.close()


def test_unsaved_input_is_not_replaced_by_a_refresh(qtbot, db) -> None:
    views, _aid, _tid = _open_same_talk(qtbot, db)
    (hoffmann, s1), (berger, s2) = views
    try:
        hoffmann.editor.notes.setPlainText("neu")
        assert hoffmann.save()
        berger.editor.notes.setPlainText("ungespeichert")
        berger.refresh_from_store()
        assert berger.editor.notes.toPlainText() == "ungespeichert"
        berger.editor.load(berger.repo.talk(berger.editor.talk().id))  # clean form
        hoffmann.editor.notes.setPlainText("noch neuer")
        assert hoffmann.save()
        berger.refresh_from_store()
        assert berger.editor.notes.toPlainText() == "noch neuer"
    finally:
        s1.close()
        s2.close()


def test_conflict_text_uses_local_time_and_plain_text(qtbot) -> None:
    when = datetime(2026, 11, 30, 9, 42, tzinfo=UTC)
    text = conflict_text("<b>Frau Hoffmann</b>", when)
    assert text == (
        f"<b>Frau Hoffmann</b> hat diesen Termin um {when.astimezone().strftime('%H:%M')} geändert."
    )
    dialog = ConflictDialog("X", None)
    qtbot.addWidget(dialog)
    assert dialog.defaultButton() is dialog.keep_button

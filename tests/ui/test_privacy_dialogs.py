"""Advisor-side privacy dialogs: PIN set-up, retention at start-up, handover by code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.core.pin import verify_pin
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.ui.dialogs import retention_dialog
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog, ensure_pin
from partnerdesk.ui.kiosk.settings import load_pin_hash

SENTINEL = "QQ-retention-sentinel-51c0"
T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.sqlite3"
    engine, sessions = open_database(path)
    yield path, engine, sessions
    engine.dispose()


def test_pin_setup_checks_rules_and_stores_only_a_hash(qtbot) -> None:
    saved: list[str] = []
    dialog = PinSetupDialog(save=saved.append)
    qtbot.addWidget(dialog)
    dialog.pin.setText("12")
    dialog.on_accept()
    assert "zu kurz" in dialog.error.text() and not saved
    dialog.pin.setText("975318")
    dialog.repeat.setText("975319")
    dialog.on_accept()
    assert "stimmen nicht" in dialog.error.text() and not saved
    dialog.repeat.setText("975318")
    dialog.on_accept()
    assert saved and saved[0].startswith("scrypt$") and "975318" not in saved[0]
    assert verify_pin("975318", saved[0])
    assert dialog.pin.text() == "" and not dialog.pin.isUndoAvailable()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ensure_pin_asks_only_when_none_is_stored(qtbot, monkeypatch) -> None:
    assert load_pin_hash() == ""

    def fake_exec(self):
        self.pin.setText("864209")
        self.repeat.setText("864209")
        self.on_accept()
        return self.result()

    monkeypatch.setattr(PinSetupDialog, "exec", fake_exec)
    assert ensure_pin(None)
    assert verify_pin("864209", load_pin_hash())
    monkeypatch.setattr(PinSetupDialog, "exec", lambda self: pytest.fail("asked again"))
    assert ensure_pin(None)


def test_retention_lists_due_records_and_deletes_ticked_ones(qtbot, db, monkeypatch) -> None:
    path, engine, sessions = db
    repo = ApprenticeRepository(sessions)
    due = repo.save(
        Apprentice(
            display_name=f"Fällig {SENTINEL}",
            consent_date=date(2024, 1, 1),
            deletion_date=date(2026, 1, 1),
        )
    )
    repo.save_talk(Talk(apprentice_id=due, held_on=date(2025, 5, 5), notes=SENTINEL * 20))
    kept = repo.save(
        Apprentice(display_name="Auch fällig, behalten", deletion_date=date(2026, 2, 1))
    )
    repo.save(Apprentice(display_name="Noch nicht", deletion_date=date(2027, 1, 1)))
    shown: list[list[str]] = []

    def fake_exec(self):
        shown.append([self.list.item(i).text() for i in range(self.list.count())])
        self.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(retention_dialog.RetentionDialog, "exec", fake_exec)
    assert retention_dialog.run_retention_check(None, repo, date(2026, 3, 1)) == 1
    assert shown == [
        [
            f"Fällig {SENTINEL} – Löschdatum 01.01.2026",
            "Auch fällig, behalten – Löschdatum 01.02.2026",
        ]
    ]
    assert [a.id for a in repo.due_for_deletion(date(2026, 3, 1))] == [kept]
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            assert SENTINEL.encode() not in file.read_bytes(), file.name


def test_retention_with_nothing_due_shows_nothing(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(
        retention_dialog.RetentionDialog, "exec", lambda self: pytest.fail("no dialog expected")
    )
    repo = ApprenticeRepository(db[2])
    assert retention_dialog.run_retention_check(None, repo, date(2026, 3, 1)) == 0


def test_handover_code_round_trip_into_advisor_profile(qtbot, db) -> None:
    sessions = db[2]
    handovers = HandoverRepository(sessions)
    apprentices = ApprenticeRepository(sessions)
    aid = apprentices.save(Apprentice(display_name="Lea"))
    kiosk_profile = Profile(
        interests={"jugend": 3}, languages={"de": "native", "en": "B2"}, weeks=5
    )
    code, _ = handovers.create(
        kiosk_profile, {"ranking": [{"city": "leeds", "name": "Leeds"}]}, now=T0
    )
    dialog = HandoverDialog(handovers, aid, now=T0 + timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.code.setText("nonsense")
    dialog.on_open()
    assert "Kein gültiger Code" in dialog.summary.text()
    assert not dialog.attach_button.isEnabled()
    dialog.code.setText(code.lower())
    dialog.on_open()
    assert "Leeds" in dialog.summary.text() and code in dialog.summary.text()
    with qtbot.waitSignal(dialog.attached) as blocker:
        dialog.attach_button.click()
    assert blocker.args == [kiosk_profile]
    assert apprentices.profile(aid) == kiosk_profile


def test_expired_handover_cannot_be_opened(qtbot, db) -> None:
    handovers = HandoverRepository(db[2])
    code, _ = handovers.create(Profile(), {"ranking": []}, days=14, now=T0)
    dialog = HandoverDialog(handovers, 1, now=T0 + timedelta(days=14))
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.on_open()
    assert not dialog.attach_button.isEnabled()

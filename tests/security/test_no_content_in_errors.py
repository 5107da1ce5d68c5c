"""Item 4: a damaged byte in a name must not put the name into a log line or an error
detail, and ``db check`` must find text that does not decode."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from partnerdesk.core.counselling import Apprentice
from partnerdesk.logging_setup import setup_logging, shutdown_logging
from partnerdesk.store.errors import describe
from partnerdesk.store.health import check_database

SECRET = "Geheimname"


@pytest.fixture
def damaged_name(store, repo, db_path) -> int:
    aid = repo.save(Apprentice(display_name=SECRET + " Ayşe"))
    store.close()
    connection = sqlite3.connect(db_path)
    # The name's bytes with one byte flipped to 0xFF: no longer valid UTF-8.
    connection.execute(
        "UPDATE apprentice SET display_name = CAST(? AS TEXT) WHERE id = ?",
        (SECRET.encode() + b" Ay\xff", aid),
    )
    connection.commit()
    connection.close()
    return aid


def test_error_detail_and_log_carry_no_record_content(damaged_name, repo, tmp_path) -> None:
    with pytest.raises(OperationalError) as caught:
        repo.get(damaged_name)
    assert SECRET in str(caught.value)  # SQLite's own message quotes the text...
    problem = describe(caught.value)
    assert SECRET not in problem.detail  # ...the dialog's detail does not
    log_file = setup_logging(log_dir=tmp_path / "logs")
    try:
        logging.getLogger("partnerdesk.test").error(
            "read failed: %s", caught.value, exc_info=caught.value
        )
    finally:
        shutdown_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "read failed" in text and SECRET not in text


def test_crash_dialog_detail_carries_no_record_content(damaged_name, repo, qapp) -> None:
    from partnerdesk.ui.dialogs.crash_dialog import crash_box

    with pytest.raises(OperationalError) as caught:
        repo.get(damaged_name)
    box = crash_box(caught.value, "log")
    assert SECRET not in box.detailedText() and "decode" in box.detailedText()
    box.deleteLater()


def test_db_check_finds_text_that_does_not_decode(damaged_name, db_path) -> None:
    report = check_database(db_path)
    assert not report.ok
    lines = "\n".join(report.lines("en"))
    assert "apprentice.display_name" in lines and f"row id {damaged_name}" in lines
    assert SECRET not in lines

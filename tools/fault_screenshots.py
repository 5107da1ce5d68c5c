"""PNGs of every storage fault message, the recovery dialog and the crash dialog.

``python -m tools.fault_screenshots docs/screenshots`` renders offscreen with a
temporary ``PARTNERDESK_HOME`` and writes ``fault_<kind>_de.png`` (disk_full, read_only,
locked, io_error), ``fault_damaged_de.png`` (the start-up recovery dialog),
``crash_dialog_de.png`` and ``fault_disk_full_en.png``. The faults are real SQLite errors
produced on a scratch database (only the I/O error, which needs failing hardware, is made
by hand with SQLite's own message).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path


def real_faults(folder: Path) -> dict[str, BaseException]:
    db = folder / "scratch.sqlite3"
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE note (text TEXT)")
    faults: dict[str, BaseException] = {}

    def attempt(kind: str, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("INSERT INTO note VALUES (?)", ("x" * 200_000,))
        except sqlite3.Error as exc:
            faults[kind] = exc

    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count={pages}")
    attempt("disk_full", connection)
    connection.execute("PRAGMA max_page_count=1073741823")
    connection.execute("PRAGMA query_only=ON")
    attempt("read_only", connection)
    connection.execute("PRAGMA query_only=OFF")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    connection.execute("PRAGMA busy_timeout=10")
    attempt("locked", connection)
    holder.execute("ROLLBACK")
    holder.close()
    connection.close()
    faults["io_error"] = sqlite3.OperationalError("disk I/O error")
    return faults


def take(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from partnerdesk.app import create_application
    from partnerdesk.store.health import Health
    from partnerdesk.ui import i18n
    from partnerdesk.ui.dialogs.crash_dialog import crash_box
    from partnerdesk.ui.dialogs.error_dialog import storage_error_box
    from partnerdesk.ui.dialogs.recovery_dialog import RecoveryDialog

    app = create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        widget.close()
        written.append(path)

    faults = real_faults(Path(tempfile.mkdtemp()))
    for lang in ("de", "en"):
        i18n.set_language(lang)
        for kind, exc in faults.items():
            if lang == "en" and kind != "disk_full":
                continue
            shoot(storage_error_box(None, exc), f"fault_{kind}_{lang}")
    i18n.set_language("de")
    from datetime import UTC, datetime

    from partnerdesk.store.backup import BackupInfo
    from partnerdesk.store.restore import ValidBackup

    db = Path(os.environ["PARTNERDESK_HOME"]) / "partnerdesk.sqlite3"
    newest = ValidBackup(
        BackupInfo(
            Path("partnerdesk-20261102T133000Z-auto.sqlite3"),
            datetime(2026, 11, 2, 13, 30, tzinfo=UTC),
            "auto",
        ),
        "0001",
    )
    dialog = RecoveryDialog(Health("damaged", db, "database disk image is malformed"), newest)
    shoot(dialog, "fault_damaged_de")
    try:
        raise KeyError("talk_id")
    except KeyError as exc:
        shoot(
            crash_box(exc, str(Path(os.environ["PARTNERDESK_HOME"]) / "logs" / "partnerdesk.log")),
            "crash_dialog_de",
        )
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PARTNERDESK_HOME"] = tempfile.mkdtemp(prefix="partnerdesk-shots-")
    for path in take(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

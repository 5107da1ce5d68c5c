"""The path to the first paint stays light: no SQLAlchemy, no Alembic before the window.

``import sqlalchemy.orm`` alone costs about as much as PySide6 here; the start-up target
(first paint at most 2x a bare PySide6 window) only holds while the window, its first tab and
everything they import leave the database layer to the worker thread that opens the store.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = """
import sys
import partnerdesk.app as app
from partnerdesk.ui.main_window import MainWindow
qt = app.create_application()
window, startup = app.build_main_window(quit_after_show=True)
window.show()
qt.processEvents()
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"sqlalchemy", "alembic"})
print(",".join(heavy))
"""


def test_first_paint_imports_no_database_layer(tmp_path):
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported before the first paint: {result.stdout}"


CLI_CHECK = """
import sys
from partnerdesk.cli.main import build_parser
build_parser()
print(",".join(sorted(m for m in sys.modules if m in MODULES)))
"""

#: What only a subcommand needs; the GUI builds the same parser at every start.
COMMAND_ONLY = (
    "partnerdesk.core.record",
    "partnerdesk.cli.report_cache",
    "partnerdesk.core.followups",
    "partnerdesk.core.stats",
    "typst",
)


def test_the_command_parser_imports_no_command_s_work(tmp_path):
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = f"MODULES = {COMMAND_ONLY!r}\n" + CLI_CHECK
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported to build the parser: {result.stdout}"

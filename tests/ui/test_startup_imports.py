"""The path to the first paint stays light: no SQLAlchemy, no Alembic before the window.

``import sqlalchemy.orm`` alone costs about as much as PySide6 here; the start-up target
(first paint at most 2x a bare PySide6 window) only holds while the window, its first tab and
everything they import leave the database layer to the worker thread that opens the store.
What else the first paint leaves for later (pages, modules, Qt types) is pinned below with
the milliseconds it cost when it was not deferred.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from partnerdesk.__main__ import main
from partnerdesk.app import build_main_window
from partnerdesk.cli.main import build_parser, parse_arguments

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


def run_fresh_python(code: str, home) -> subprocess.CompletedProcess[str]:
    """*code* in a new interpreter (offscreen, data folder *home*); it must exit 0."""
    env = dict(os.environ, PARTNERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_first_paint_imports_no_database_layer(tmp_path):
    result = run_fresh_python(CHECK, tmp_path)
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
    code = f"MODULES = {COMMAND_ONLY!r}\n" + CLI_CHECK
    result = run_fresh_python(code, tmp_path)
    assert result.stdout.strip() == "", f"imported to build the parser: {result.stdout}"


#: Not imported before the first paint: pages built on first use or after the first paint,
#: and modules whose only user comes later.
DEFERRED = (
    "partnerdesk.ui.views.map_view",  # the other city tabs, after the first paint
    "partnerdesk.ui.views.matching_view",
    "partnerdesk.ui.views.settings_view",  # settings page, after the first paint
    "partnerdesk.ui.views.counselling_view",  # pages that need the database
    "partnerdesk.ui.views.followups_view",
    "partnerdesk.ui.views.stats_view",
    "partnerdesk.ui.views.city_admin_view",
    "partnerdesk.core.counselling",  # the scratch pad's codec (~2 ms)
    "partnerdesk.cli.db",  # the subcommands' parsers (~2 ms)
    "partnerdesk.cli.report",
    "logging.handlers",  # socket, pickle, queue (~8 ms): the log rotates by itself
    "platform",  # nine regular expressions (~2 ms) for the log header
    "html",  # 2,231 entities (~1 ms) for tooltips
    "getpass",  # the login name, for the data steward's page
)

#: PySide creates a Qt type (and all of its enums) when Python first meets it. Before the
#: first paint nobody may wrap a QStyle (~4 ms: setStyle hands it back) or make PySide
#: resolve a widget Qt created against every QtWidgets class (~4 ms: viewport()), which
#: would create QWizard and QMessageBox along the way.
UNMET_TYPES = ("QStyle", "QWizard", "QMessageBox")

FIRST_PAINT_CHECK = """
import gc, sys
import PySide6.QtWidgets as widgets
lazy = not any(name in vars(widgets) for name in TYPES)  # PySide creates types on first use
from partnerdesk.__main__ import main
code = main(["--quit-after-show"])
print(code)
print(",".join(m for m in MODULES if m in sys.modules))
print(",".join(t for t in TYPES if lazy and t in vars(widgets)))
print(gc.isenabled())
"""


def test_first_paint_defers_pages_modules_and_qt_types(tmp_path):
    code = f"MODULES = {DEFERRED!r}\nTYPES = {UNMET_TYPES!r}\n" + FIRST_PAINT_CHECK
    result = run_fresh_python(code, tmp_path)
    exit_code, modules, types, collecting = result.stdout.splitlines()
    assert exit_code == "0"
    assert modules == "", f"imported before the first paint: {modules}"
    assert types == "", f"Qt types created before the first paint: {types}"
    # No cyclic garbage collection during start-up (~4 ms); see the next test for after.
    assert collecting == "False"


def test_the_collector_is_back_after_the_first_paint(qtbot):
    gc.disable()  # as partnerdesk.__main__ does
    try:
        window, startup = build_main_window(housekeeping=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(startup.storeReady, timeout=20000):
            window.show()
        assert gc.isenabled()
    finally:
        gc.enable()
        startup.loader.close()


def test_a_command_collects_garbage_as_usual(capsys):
    gc.disable()
    try:
        assert main(["cities", "--json"]) == 0
        assert gc.isenabled()
        assert '"leeds"' in capsys.readouterr().out
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--quit-after-show", "--lang", "en"],
        ["--kiosk"],
        ["--qu"],  # argparse's abbreviations work on both paths
        ["cities", "--json"],
        ["--lang", "en", "match", "--interest", "kultur=3"],
        ["db", "check"],
    ],
)
def test_the_gui_start_parses_like_the_whole_command_line(argv):
    _, args = parse_arguments(argv)
    assert vars(args) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--lang", "xx"], ["--bogus"], ["-h"], ["--he"]])
def test_the_gui_start_fails_and_helps_like_the_whole_command_line(argv, capsys):
    with pytest.raises(SystemExit) as fast:
        parse_arguments(argv)
    fast_output = capsys.readouterr()
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(argv)
    assert fast.value.code == whole.value.code
    assert fast_output == capsys.readouterr()

"""The kiosk's text colours, read from the stylesheets it really applies: 4.5:1 or more.

No colour is written here: the kiosk window is built and walked (every step, the PIN dialog,
the "alles löschen?" question, the idle warning, normal and large text) and each text-bearing
widget's colour and background are cascaded (``ui.qss``) from the application's stylesheet
and every sheet set on the widget and its ancestors, in each state a rule names (hover,
focus, checked, pressed, disabled and their combinations). A colour changed in
``kiosk/style.py`` or ``app.qss`` is checked as it is drawn.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from ui.helpers import contrast, describe
from ui.qss import Cascade, Unsupported, colour, parse, text_pairs

from partnerdesk.app import stylesheet
from partnerdesk.core.pin import hash_pin
from partnerdesk.store.database import open_database
from partnerdesk.store.handovers import HandoverRepository, KioskStore
from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
from partnerdesk.ui.kiosk.settings import KioskSettings
from partnerdesk.ui.kiosk.style import kiosk_stylesheet
from partnerdesk.ui.kiosk.wizard import STEPS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1 SC 1.4.3, asked for by NRW's regulation for terminals
TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture
def kiosk(qtbot, tmp_path, cities):
    engine, sessions = open_database(tmp_path / "kiosk.sqlite3")
    store = KioskStore(HandoverRepository(sessions), lambda: list(cities))
    window = KioskWindow(list(cities), store, KioskSettings(), pin_hash=hash_pin("1357", n=2**4))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Modal dialogs left open would block the input of the next test's windows.
    for dialog in window.findChildren(QDialog):
        dialog.reject()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QDialog)))
    window._unlocked = True  # qtbot tried to close it while locked (refused)
    window.close()
    engine.dispose()


def shown_everywhere(qtbot, window: KioskWindow) -> list[QWidget]:
    """Visit every step and open every dialog and the idle warning; the text widgets."""
    wizard = window.wizard
    for step in STEPS:
        wizard.go_to(step)
        qtbot.wait(10)
    wizard.interests_page.rows["kultur"].buttons[3].click()  # not pristine: asks before a wipe
    window.ask_reset("button")
    assert window.confirm_dialog is not None
    window.on_exit_requested()
    window.on_idle_warning(30)
    assert window.warning.isVisible()
    widgets = [w for w in window.findChildren(QWidget) if isinstance(w, TEXT_WIDGETS)]
    # Combo boxes draw their list in a popup: the view is the combo's grandchild.
    widgets += [c.view() for c in window.findChildren(QComboBox)]
    return widgets


def too_faint(cascade: Cascade, widgets: list[QWidget]) -> tuple[list[str], set]:
    failures, pairs = [], set()
    for widget, states, fg, bg in text_pairs(cascade, widgets):
        pairs.add((fg, bg, states))
        ratio = contrast(fg, bg)
        if ratio < MIN_TEXT_CONTRAST:
            failures.append(f"{describe(widget)} {sorted(states)}: {fg} on {bg} {ratio:.2f}:1")
    return failures, pairs


@pytest.mark.parametrize("large", [False, True], ids=["normal text", "large text"])
def test_every_kiosk_text_has_4_5_to_1_as_drawn(qtbot, kiosk, large):
    if large:
        QTest.mouseClick(kiosk.wizard.large_text, Qt.MouseButton.LeftButton)
        assert kiosk.wizard.large
    widgets = shown_everywhere(qtbot, kiosk)
    cascade = Cascade(stylesheet())
    failures, pairs = too_faint(cascade, widgets)
    assert failures == []
    # The walk saw the kiosk's states and surfaces, not just one colour on one background.
    assert len(widgets) > 60
    assert len({bg for _fg, bg, _s in pairs}) >= 4
    seen_states = set().union(*(states for *_, states in pairs))
    assert {"hover", "focus", "checked", "disabled"} <= seen_states


def kiosk_rule(selector: str) -> dict[str, str]:
    """The declarations of the kiosk sheet's rule for *selector* (as written there)."""
    (rule,) = [
        r
        for r in parse(kiosk_stylesheet(False))
        if r.ancestor is None
        and f"{r.simple.type}#{r.simple.name}".replace("#None", "")
        + "".join(f":{s}" for s in r.simple.states)
        == selector
    ]
    return dict(rule.props)


def test_the_cascade_reads_the_kiosk_sheet_it_applies(qtbot, kiosk):
    """Colours come from the kiosk's own rules, each declaration cascading on its own."""
    cascade = Cascade(stylesheet())
    primary = kiosk.wizard.next
    assert primary.objectName() == "primary"
    rule = kiosk_rule("QPushButton#primary")
    assert cascade.background(primary) == colour(rule["background"])
    assert cascade.foreground(primary) == colour(rule["color"])
    # "Neu beginnen" hovered: its colour from QPushButton#restart, the background from the
    # generic QPushButton:hover.
    restart = kiosk.wizard.restart
    hover = frozenset({"hover"})
    assert cascade.foreground(restart, hover) == colour(kiosk_rule("QPushButton#restart")["color"])
    assert cascade.background(restart, hover) == colour(
        kiosk_rule("QPushButton:hover")["background"]
    )


def test_a_faint_pair_is_found(qtbot):
    """The check can fail: white text on a mid grey button set in a parent's sheet."""
    page = QWidget()
    qtbot.addWidget(page)
    page.setStyleSheet(
        "QWidget { color: #1F2328; background: #FFFFFF; }"
        "QPushButton#primary { color: #FFFFFF; background: #0B5CAD; }"
        "QPushButton#primary:hover { background: #C0C0C0; }"
        "QLabel#muted { color: #999999; }"
    )
    button = QPushButton("Weiter", page)
    button.setObjectName("primary")
    muted = QLabel("Schritt 2 von 4", page)
    muted.setObjectName("muted")
    failures, _pairs = too_faint(Cascade(""), [button, muted])
    assert len(failures) == 2, failures
    assert any("['hover']" in line and "#C0C0C0" in line for line in failures)
    assert any("QLabel" in line and "#999999 on #FFFFFF" in line for line in failures)


@pytest.mark.parametrize(
    "sheet", ["QWidget > QLabel { color: red; }", "QLabel { color: palette(text); }"]
)
def test_an_unreadable_sheet_fails_instead_of_passing(sheet):
    with pytest.raises(Unsupported):
        rules = parse(sheet)
        for rule in rules:
            colour(dict(rule.props)["color"])

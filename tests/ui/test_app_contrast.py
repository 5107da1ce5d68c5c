"""Every text of the advisor's window meets 4.5:1, as drawn: colours from the stylesheets.

The application's sheet (``resources/styles/app.qss`` through ``app.stylesheet()``) and any
sheet a widget sets on itself are cascaded by ``tests/ui/qss.py`` for each text widget on
every page, in every state a rule names (hover, focus, checked, disabled, pressed). A
selector the cascade cannot read fails the test instead of passing unread.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from ui.helpers import contrast, describe
from ui.qss import Cascade, text_pairs

from partnerdesk.app import attach_store, stylesheet
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.settings import AppSettings

MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1 SC 1.4.3 (BITV 2.0)
TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture
def window(qtbot, store, shipped_pack):
    win = MainWindow(shipped_pack, AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.resize(1366, 697)
    win.show()
    qtbot.waitExposed(win)
    return win


def every_text_widget(qtbot, win: MainWindow) -> list[QWidget]:
    """Visit every page (so lazily built parts exist) and collect the text widgets."""
    for index in range(win.pages.count()):
        win.pages.setCurrentIndex(index)
        qtbot.wait(10)
    widgets = [w for w in win.findChildren(QWidget) if isinstance(w, TEXT_WIDGETS)]
    widgets += [c.view() for c in win.findChildren(QComboBox)]  # drawn in a popup
    return widgets


def test_every_text_of_the_window_has_4_5_to_1_as_drawn(qtbot, window):
    widgets = every_text_widget(qtbot, window)
    cascade = Cascade(stylesheet())
    failures, pairs = [], set()
    for widget, states, fg, bg in text_pairs(cascade, widgets):
        pairs.add((fg, bg, states))
        ratio = contrast(fg, bg)
        if ratio < MIN_TEXT_CONTRAST:
            failures.append(f"{describe(widget)} {sorted(states)}: {fg} on {bg} {ratio:.2f}:1")
    assert failures == []
    # The walk reached the pages and their states, not one colour on one background.
    assert len(widgets) > 150
    assert len({bg for _fg, bg, _s in pairs}) >= 3
    seen_states = set().union(*(states for *_, states in pairs))
    assert {"hover", "focus", "disabled"} <= seen_states


def test_placeholder_text_has_4_5_to_1_on_every_input(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    from partnerdesk.app import PLACEHOLDER_TEXT_COLOR

    cascade = Cascade(stylesheet())
    fields = [f for f in every_text_widget(qtbot, window) if isinstance(f, QLineEdit)]
    assert any(f.placeholderText() for f in fields)  # the search fields have one
    for field in fields:
        for states in cascade.states_for(field):
            background = cascade.background(field, states)
            assert contrast(PLACEHOLDER_TEXT_COLOR, background) >= MIN_TEXT_CONTRAST, (
                describe(field),
                sorted(states),
                background,
            )

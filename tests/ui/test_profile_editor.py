"""ProfileEditor: every control feeds the profile, resets, accessibility and tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from ui.helpers import accessible_name

from partnerdesk.core.domain import DEFAULT_WEIGHTS, Profile
from partnerdesk.core.vocab import THEME_KEYS
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.profile_form import ProfileForm, merge_languages

# The offscreen platform says this once per shown top-level window; it is not our problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot) -> ProfileEditor:
    widget = ProfileEditor()
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def last(signal_list: list[Profile]) -> Profile:
    assert signal_list, "profileChanged was not emitted"
    return signal_list[-1]


def test_defaults_are_the_documented_profile(editor: ProfileEditor) -> None:
    assert editor.profile() == Profile()
    assert editor.profile().weights == DEFAULT_WEIGHTS


@pytest.mark.parametrize("theme", THEME_KEYS)
def test_each_interest_slider_changes_the_profile(editor: ProfileEditor, theme: str) -> None:
    got: list[Profile] = []
    editor.profileChanged.connect(got.append)
    editor.interest_sliders[theme].setValue(2)
    assert last(got).interests == {theme: 2}


def test_interest_slider_is_keyboard_operable(editor: ProfileEditor, qtbot) -> None:
    slider = editor.interest_sliders["kultur"]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert editor.profile().interest("kultur") == 3
    assert slider.accessibleDescription() == "sehr wichtig"


def test_circumstances_change_the_profile(editor: ProfileEditor) -> None:
    got: list[Profile] = []
    editor.profileChanged.connect(got.append)
    editor.weeks.setValue(12)
    assert last(got).weeks == 12
    editor.abroad_only.click()
    assert last(got).abroad_only is True
    editor.independence.setValue(1)
    assert last(got).independence == 1
    editor.structure.setValue(3)
    assert last(got).structure_importance == 3


def test_language_rows_add_change_remove(editor: ProfileEditor, qtbot) -> None:
    got: list[Profile] = []
    editor.profileChanged.connect(got.append)
    qtbot.mouseClick(editor.languages.add_button, Qt.MouseButton.LeftButton)
    assert last(got).languages == {"de": "native", "en": "B1"}
    _, level, _ = editor.languages.row_widgets()[1]
    level.setCurrentIndex(level.findData("C1"))
    assert last(got).languages == {"de": "native", "en": "C1"}
    assert "wirksam und flexibel" in level.toolTip()  # the CEFR one-line description
    language, _, remove = editor.languages.row_widgets()[1]
    language.setCurrentIndex(language.findData("fr"))
    assert last(got).languages == {"de": "native", "fr": "C1"}
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert last(got).languages == {"de": "native"}


def test_weights_change_and_reset_to_defaults(editor: ProfileEditor, qtbot) -> None:
    editor.advanced_toggle.click()
    assert editor.advanced.isVisible()
    editor.weight_spins["language"].setValue(60)
    assert editor.profile().weights["language"] == pytest.approx(0.60)
    assert "Themen 35 %" in editor._defaults_note.text()
    qtbot.mouseClick(editor.weights_reset, Qt.MouseButton.LeftButton)
    assert dict(editor.profile().weights) == pytest.approx(DEFAULT_WEIGHTS)
    assert editor.weight_spins["language"].value() == 25


def test_all_weights_zero_keeps_last_valid_profile(editor: ProfileEditor) -> None:
    editor.advanced_toggle.click()
    for spin in editor.weight_spins.values():
        spin.setValue(0)
    assert editor.error.isVisible()
    assert editor.profile().weights["support"] == pytest.approx(0.15)  # last valid value
    editor.weight_spins["time"].setValue(10)
    assert not editor.error.isVisible()
    assert editor.profile().weights["time"] == pytest.approx(0.10)


def test_reset_and_set_profile_round_trip(editor: ProfileEditor) -> None:
    profile = Profile(
        interests={"kultur": 3, "jugend": 2},
        languages={"de": "native", "fr": "B1", "en": "B2"},
        weeks=6,
        abroad_only=True,
        independence=5,
        structure_importance=0,
        weights={"themes": 0.5, "language": 0.2, "structure": 0.1, "time": 0.1, "support": 0.1},
    )
    got: list[Profile] = []
    editor.profileChanged.connect(got.append)
    editor.set_profile(profile)
    assert editor.profile() == profile
    assert len(got) == 1  # one update for the whole profile, not one per control
    editor.reset()
    assert editor.profile() == Profile()
    assert [r for r in editor.languages.rows()] == [("de", "native")]


def test_form_merges_duplicate_languages_keeping_the_higher_level() -> None:
    assert merge_languages([("en", "A2"), ("en", "B2"), ("de", "native")]) == {
        "en": "B2",
        "de": "native",
    }
    assert ProfileForm(interests={"kultur": 0, "sport": 2}).to_profile().interests == {"sport": 2}


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]


def test_every_focusable_control_has_an_accessible_name(editor: ProfileEditor) -> None:
    editor.advanced_toggle.click()
    editor.languages.add_button.click()
    QApplication.processEvents()
    widgets = focusable(editor)
    assert len(widgets) > 25
    missing = [type(w).__name__ for w in widgets if not accessible_name(w).strip()]
    assert missing == []
    assert accessible_name(editor.interest_sliders["kultur"]) == "Interesse Kultur & Musik"


def test_tab_order_reaches_every_input(editor: ProfileEditor, qtbot) -> None:
    editor.advanced_toggle.click()
    editor.languages.add_button.click()
    QApplication.processEvents()
    editor.activateWindow()
    wanted = set(focusable(editor))
    first = editor.interest_sliders["kultur"]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    reached = []
    for _ in range(len(wanted) + 5):
        current = QApplication.focusWidget()
        reached.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
    assert wanted <= set(reached), [type(w).__name__ for w in wanted - set(reached)]
    # Reading order: the interests come first, in theme order.
    assert reached[: len(THEME_KEYS)] == [editor.interest_sliders[k] for k in THEME_KEYS]

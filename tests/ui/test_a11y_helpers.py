"""The accessibility helpers in-process: what ``make a11y`` checks over AT-SPI, in short form.

The AT-SPI walk (``tests/a11y``) needs Xvfb and the accessibility bus; these tests pin the
mechanisms it relies on so a regression shows in the ordinary suite as well.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from partnerdesk.ui import a11y
from partnerdesk.ui.widgets.pin_field import MASK, PinField
from partnerdesk.ui.widgets.profile_editor import ProfileEditor


def interface(widget: QWidget):
    return QAccessible.queryAccessibleInterface(widget)


def test_pin_field_holds_only_masks_and_returns_the_digits(qtbot) -> None:
    field = PinField(6)
    qtbot.addWidget(field)
    QTest.keyClicks(field, "12a3<b>4")
    assert field.text() == "1234"
    # What Qt's line control holds is what its text events carry: never a digit.
    assert QLineEdit.text(field) == MASK * 4
    assert field.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "123" and QLineEdit.text(field) == MASK * 3
    QTest.keyClicks(field, "4567")
    assert field.text() == "123456"  # the maximum length holds
    field.setText("")
    assert field.text() == "" and not field.isUndoAvailable()


def test_pin_field_edits_in_the_middle(qtbot) -> None:
    field = PinField(8)
    qtbot.addWidget(field)
    QTest.keyClicks(field, "1234")
    QTest.keyClick(field, Qt.Key.Key_Left)
    QTest.keyClick(field, Qt.Key.Key_Left)
    QTest.keyClicks(field, "9")
    assert field.text() == "12934"
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "1294"
    field.selectAll()
    QTest.keyClicks(field, "7")
    assert field.text() == "7" and QLineEdit.text(field) == MASK


def test_marked_labels_and_titles_are_headings(qtbot) -> None:
    a11y.install()
    marked = a11y.mark_heading(QLabel("Einstellungen"))
    titled = QLabel("Beratung")
    titled.setObjectName("pageTitle")
    plain = QLabel("Nur Text")
    for label in (marked, titled, plain):
        qtbot.addWidget(label)
    assert interface(marked).role() == QAccessible.Role.Heading
    assert interface(marked).text(QAccessible.Text.Name) == "Einstellungen"
    assert interface(titled).role() == QAccessible.Role.Heading
    assert interface(plain).role() == QAccessible.Role.StaticText


def test_date_fields_report_a_real_value_and_range(qtbot) -> None:
    edit = QDateEdit(QDate(2026, 11, 24))
    qtbot.addWidget(edit)
    a11y.expose_date_value(edit)
    value = interface(edit).valueInterface()
    assert value.currentValue() == 20261124
    assert value.minimumValue() < value.currentValue() < value.maximumValue()
    edit.setDate(QDate(2027, 1, 15))
    assert value.currentValue() == 20270115


def test_names_contain_the_visible_label(qtbot) -> None:
    label = QLabel("Standard-&Löschfrist (Tage):")
    field = QLineEdit()
    for widget in (label, field):
        qtbot.addWidget(widget)
    a11y.name_from_label(field, label, "Standard-Löschfrist in Tagen")
    assert field.accessibleName() == "Standard-Löschfrist (Tage)"
    assert field.accessibleDescription() == "Standard-Löschfrist in Tagen"
    assert label.buddy() is field


def test_debounced_announcer_speaks_once_after_quiet(qtbot, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _w, text, **_k: said.append(text))
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    announcer = a11y.DebouncedAnnouncer(widget, delay_ms=50)
    for text in ("Platz 1: Leeds", "Platz 1: Amiens", "Platz 1: Amiens, 92 Punkte"):
        announcer.push(text)
    qtbot.waitUntil(lambda: bool(said))
    qtbot.wait(120)
    assert said == ["Platz 1: Amiens, 92 Punkte"]
    announcer.push("Platz 1: Amiens, 92 Punkte")  # unchanged: not said again
    qtbot.wait(120)
    assert said == ["Platz 1: Amiens, 92 Punkte"]


def test_language_rows_are_tabbed_where_they_stand(qtbot) -> None:
    """Rows are made after the form; Tab must still reach them before "Verfügbare Wochen"."""
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.languages.set_rows([("de", "native"), ("en", "B2")])
    chain, widget = [], editor.interest_sliders["energie"]
    while widget is not editor.advanced_toggle and len(chain) < 100:
        widget = widget.nextInFocusChain()
        chain.append(widget)
    rows = [w for row in editor.languages.row_widgets() for w in row]
    positions = [chain.index(w) for w in [*rows, editor.languages.add_button, editor.weeks]]
    assert positions == sorted(positions)

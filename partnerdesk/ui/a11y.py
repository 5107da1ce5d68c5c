"""What a screen reader hears: roles, names and announcements Qt widgets do not give alone.

Checked from outside by ``make a11y`` (``tests/a11y``, over AT-SPI); see
``docs/accessibility.md``. Qt widgets have no setter for their accessible role, so headings
and the kiosk's window role come from ``QAccessible.installFactory`` (the supported hook):
a widget marked with ``set_role`` gets a small interface that reports that role and its
name. Announcements use ``QAccessibleAnnouncementEvent`` (Qt 6.8+; AT-SPI "announcement",
UI Automation "notification").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QDate, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QDateEdit,
    QLabel,
    QWidget,
)

ROLE_PROPERTY = "_partnerdeskAccessibleRole"
# Labels with these object names are titles (they are styled as such in app.qss): headings.
HEADING_NAMES = frozenset({"pageTitle", "title", "sectionTitle", "appTitle"})
_factory_installed = False
# Python interfaces handed to Qt: kept alive here until their widget goes (Qt deletes the
# C++ side from its cache when the object is destroyed; the wrapper then knows it is gone).
_interfaces: dict[int, QAccessibleWidget] = {}


class _RoleInterface(QAccessibleWidget):
    """A widget's usual interface with another role; the name is what is shown."""

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            if widget.accessibleName():
                return widget.accessibleName()
            if isinstance(widget, QLabel | QAbstractButton):
                return plain(widget.text())
            return widget.windowTitle()
        return super().text(kind)


def _factory(_class_name: str, obj: QObject) -> QAccessibleWidget | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(ROLE_PROPERTY)
    if role is None and isinstance(obj, QLabel) and obj.objectName() in HEADING_NAMES:
        role = int(QAccessible.Role.Heading.value)
    if role is None:
        return None
    interface = _RoleInterface(obj, QAccessible.Role(role))
    key = id(obj)
    _interfaces[key] = interface
    obj.destroyed.connect(lambda *_: _interfaces.pop(key, None))
    return interface


def install() -> None:
    """Install the role factory (once, after the QApplication exists)."""
    global _factory_installed
    if not _factory_installed and QApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _factory_installed = True


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Report *role* for *widget* (set before the widget is first shown)."""
    install()
    widget.setProperty(ROLE_PROPERTY, int(role.value))


def mark_heading(label: QLabel) -> QLabel:
    """A page, section or dialog title: screen readers list and jump to headings."""
    set_role(label, QAccessible.Role.Heading)
    return label


def plain(text: str) -> str:
    """Visible label text as spoken: no mnemonic ``&``, no trailing colon or ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("…", "").strip().rstrip(":").strip()


def name_from_label(widget: QWidget, label: QLabel | str, purpose: str = "") -> None:
    """Name *widget* by its visible label (WCAG 2.5.3); a longer *purpose* becomes the
    description, so nothing said before is lost. Links the label as the buddy, which is
    also what makes Qt name a combo box by its label rather than by its value on Linux."""
    if isinstance(label, QLabel):
        label.setBuddy(widget)
        label = label.text()
    name = plain(label)
    widget.setAccessibleName(name)
    if purpose and purpose != name:
        widget.setAccessibleDescription(purpose)


def name_with_text(button: QAbstractButton, purpose: str = "") -> None:
    """A button is named by what it shows; *purpose* (a longer name) is its description."""
    name_from_label(button, button.text(), purpose)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say *text* (an error, a changed result) without moving focus."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class DebouncedAnnouncer(QObject):
    """Announces the latest text once things have been quiet for *delay_ms*.

    A slider dragged over ten steps changes the ranking ten times; a screen reader should
    hear the result once, not ten half-sentences.
    """

    def __init__(self, widget: QWidget, delay_ms: int = 700) -> None:
        super().__init__(widget)
        self._widget = widget
        self._text = ""
        self._said = ""
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._flush)

    def push(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def _flush(self) -> None:
        if self._text and self._text != self._said and self._widget.isVisible():
            announce(self._widget, self._text)
            self._said = self._text


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits *widgets* (each one that takes focus; containers are ignored by Qt).

    Qt's Tab order is creation order, and re-parenting (``QScrollArea.setWidget``, a layout
    set on a parentless widget) or creating rows later moves widgets to the end of the
    window's chain: Tab then jumps from the last button back up to the first field.
    """
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def tab_before_all(widgets: Sequence[QWidget], anchor: QWidget) -> None:
    """Each of *widgets* and its Tab stops, in order, just before *anchor*."""
    for widget in widgets:
        for stop in (widget, *widget.findChildren(QWidget)):
            if stop.focusPolicy() & Qt.FocusPolicy.TabFocus:
                tab_before(stop, anchor)


def tab_before(widget: QWidget, anchor: QWidget) -> None:
    """Put *widget* in the Tab order just before *anchor* (rows added later, tab bars)."""
    previous = anchor.previousInFocusChain()
    # setTabOrder ignores widgets that take no focus (containers): anchor on a real stop.
    while (
        previous is not None
        and previous is not anchor
        and previous.focusPolicy() == Qt.FocusPolicy.NoFocus
    ):
        previous = previous.previousInFocusChain()
    if previous is not None and previous is not widget:
        QWidget.setTabOrder(previous, widget)
        QWidget.setTabOrder(widget, anchor)


def _date_number(date: QDate) -> int:
    return date.year() * 10_000 + date.month() * 100 + date.day()


def expose_date_value(edit: QDateEdit) -> None:
    """Give a date field a real value and range on the accessibility bus.

    Qt's spin-box interface reads the properties ``value``, ``minimum`` and ``maximum``,
    which a QDateEdit lacks: AT-SPI got value 0 in range 0–0 ("Could not convert to
    double"). As dynamic properties they hold the date as the number YYYYMMDD; screen
    readers read the shown text of the field as before.
    """

    def update(date: QDate) -> None:
        edit.setProperty("value", _date_number(date))

    edit.setProperty("minimum", _date_number(edit.minimumDate()))
    edit.setProperty("maximum", _date_number(edit.maximumDate()))
    update(edit.date())
    edit.dateChanged.connect(update)


def hidden_label(widget: QWidget, text: str = "") -> QLabel:
    """An invisible label linked to *widget*, for controls whose purpose shows only by
    position (a row of a list): on Linux the linked label is what names a combo box or a
    tab bar, whatever ``setAccessibleName`` says. Set its text on every retranslate."""
    label = QLabel(text, widget.parentWidget())
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(widget)
    label.hide()
    return label


def heading_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A plain-text label marked as a heading."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return mark_heading(label)

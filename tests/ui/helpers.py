"""Plain helpers shared by the GUI tests (fixtures are in ``conftest.py``).

Imported as ``from ui.helpers import ...`` (``tests`` is on the path): pytest advises against
importing from a conftest module, so what is not a fixture lives here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

MAX_TABS = 250


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as *widget*'s name (a label buddy alone is not enough)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def takes_tab_focus(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget, QMenuBar | QMenu)
        and widget.focusProxy() is None
    )


def focusable_in(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if takes_tab_focus(w)]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r})"


def assert_all_named(root: QWidget) -> None:
    unnamed = [describe(w) for w in focusable_in(root) if not accessible_name(w)]
    assert not unnamed, f"focusable widgets without an accessible name: {unnamed}"


def tab_walk(qtbot, top: QWidget, start: QWidget) -> set[QWidget]:
    """Press Tab from *start* until focus comes back round; return every widget reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached: set[QWidget] = set()
    first = QApplication.focusWidget()
    for _ in range(MAX_TABS):
        current = QApplication.focusWidget()
        reached.add(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
    return reached


def assert_tab_reaches_all(qtbot, top: QWidget, area: QWidget, start: QWidget) -> None:
    reached = tab_walk(qtbot, top, start)
    missing = [describe(w) for w in focusable_in(area) if w not in reached]
    assert not missing, f"Tab never reaches: {missing}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible keyboard-focusable controls without an accessible name of their own."""
    skip = ("QScrollBar", "QTabBar", "QScrollArea", "QSplitterHandle")
    found = []
    for w in root.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(root):
            continue
        if any(w.inherits(name) for name in skip) or w.accessibleName():
            continue
        parent = w.parent()
        # The line edit inside a spin box or an editable combo is named through its owner.
        if parent is not None and (
            parent.inherits("QAbstractSpinBox") or parent.inherits("QComboBox")
        ):
            continue
        found.append(f"{w.metaObject().className()} {w.objectName()}")
    return found


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two ``#RRGGBB`` colours (1.0 to 21.0)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

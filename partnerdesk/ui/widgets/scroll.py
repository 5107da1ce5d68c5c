"""One way to let a page or a form scroll: ``scroll_area``.

Pages and forms are laid out for a city laptop (1366x697 for a maximised window); at a large
text size or with ``QT_SCALE_FACTOR=2`` they outgrow it. They then scroll inside a frameless
area instead of forcing the window wider than the screen or clipping text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(
    content: QWidget | None = None,
    parent: QWidget | None = None,
    *,
    sideways: bool = True,
    focusable: bool = False,
) -> QScrollArea:
    """A frameless area that resizes *content* to its width and scrolls it when taller.

    ``sideways=False`` never scrolls horizontally: the fields shrink to the width instead
    (a form whose value labels would slide out of view). The area itself is no Tab stop
    unless ``focusable``: the controls inside are, and a frameless area shows no focus mark
    (an invisible stop between two fields). A dialog of plain text, with nothing to focus
    inside, passes ``focusable=True`` so the arrow keys can scroll it.

    Qt moves *content*'s widgets to the end of the window's Tab order when it is put in the
    area; callers fix the order after it (``a11y.tab_chain``) where that matters.
    """
    area = QScrollArea(parent)
    # A viewport made here, as Qt's own would be (filled, background role inherited): asking
    # Python for a widget Qt made (viewport()) makes PySide resolve its type against every
    # QtWidgets class and build all their enums, ~7 ms before the first paint.
    viewport = QWidget()
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not focusable:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if content is not None:
        area.setWidget(content)
    return area

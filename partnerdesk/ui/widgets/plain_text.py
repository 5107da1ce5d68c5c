"""Helpers that keep data text plain: labels that never interpret markup, safe tooltips.

City names, projects and notes come from an importable data pack and from advisors; a value
like ``<b>x</b><img src=x>`` must show literally everywhere (DESIGN.md, privacy section).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
    object_name: str = "",
) -> QLabel:
    """A QLabel fixed to plain text (word-wrapped by default)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(SELECTABLE)
    if object_name:
        label.setObjectName(object_name)
    label.setText(text)
    return label


def tooltip_html(*paragraphs: str) -> str:
    """Tooltip markup showing each paragraph literally.

    Qt decides per string whether a tooltip is rich text (``Qt.mightBeRichText``), so plain
    data text is not safe: ``<b>x</b>`` would render bold, and an escaped ``&lt;`` would show
    as "&lt;" when Qt guesses "plain". Always emitting escaped HTML in ``<p>`` makes the guess
    deterministic and shows the data exactly as written.
    """
    return "".join(f"<p>{escape_html(p)}</p>" for p in paragraphs if p)


def escape_html(text: str) -> str:
    """``html.escape(text)``: the ``html`` module loads its table of 2,231 entities on
    import (~1 ms of the first paint, where the cards build their tooltips)."""
    return text.translate(_HTML_ESCAPES)


_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


class Chip(QLabel):
    """A small rounded tag with plain text, one line when it fits, wrapped when it does not.

    A word-wrapped QLabel reports a narrow size hint (Qt aims for a pleasing aspect ratio),
    which would wrap even short chips; the hint here is the single-line width, and the
    FlowLayout falls back to ``heightForWidth`` when a line is too narrow for it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(8, 2, 8, 2)
        self.setText(text)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

"""The main window built and painted once, for ``partnerdesk selftest``.

The self-test (above every layer) judges the result and prints it; the widgets are made
here, so it imports no PySide6 itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.core.domain import DataPack
from partnerdesk.ui.i18n import set_language
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.settings import AppSettings

#: Distance in pixels between the points sampled to count the colours painted.
SAMPLE_STEP = 16


@dataclass(frozen=True)
class Painted:
    """What one paint of the window gave: its size (0x0 if nothing), the distinct colours
    at every 16th pixel in both directions, and the city cards it holds."""

    width: int
    height: int
    colours: int
    cards: int


def paint_main_window(pack: DataPack) -> Painted:
    """Build the advisor's window in German with *pack*, show and grab it, close it again."""
    set_language("de")
    window = MainWindow(pack, AppSettings())
    try:
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        colours = (
            set()
            if image.isNull()
            else {
                image.pixel(x, y)
                for x in range(0, image.width(), SAMPLE_STEP)
                for y in range(0, image.height(), SAMPLE_STEP)
            }
        )
        painted = Painted(
            width=0 if image.isNull() else image.width(),
            height=0 if image.isNull() else image.height(),
            colours=len(colours),
            # By name: how the cards are drawn may change; none found skips the count.
            cards=sum(type(w).__name__ == "CityCard" for w in window.findChildren(QWidget)),
        )
        QApplication.processEvents()
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return painted

"""Every Tab stop can be seen: no frameless scroll area (which draws no focus mark) takes
the keyboard focus on its way from the filters to the first card."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFrame, QScrollArea

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.settings import AppSettings


def test_focus_chain_of_the_city_page_has_no_invisible_stops(qtbot):
    window = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 697)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    stops = []
    for _ in range(12):
        window.focusNextChild()
        widget = QApplication.focusWidget()
        assert widget is not None
        stops.append(widget)
    invisible = [
        w.accessibleName()
        for w in stops
        if not w.isVisible()
        or (isinstance(w, QScrollArea) and w.frameShape() == QFrame.Shape.NoFrame)
    ]
    assert invisible == []
    assert any(type(w).__name__ == "CityCard" for w in stops)

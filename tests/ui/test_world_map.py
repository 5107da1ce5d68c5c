"""WorldMap and MapView: markers, mouse click and hover, keyboard, accessible names."""

from __future__ import annotations

import json

import pytest
from factories import make_city
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from ui.helpers import accessible_name

from partnerdesk.core.domain import Text
from partnerdesk.resources import resource_path
from partnerdesk.ui.views.map_view import MapView
from partnerdesk.ui.widgets.world_map import HOME_ID, WorldMap

# Offscreen platform noise: no window manager to size or raise windows (the tooltip).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def world(qtbot, cities) -> WorldMap:
    widget = WorldMap(cities)
    qtbot.addWidget(widget)
    widget.resize(1200, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_outline_ships_small_with_licence() -> None:
    path = resource_path("map", "world.json")
    assert path.stat().st_size < 300_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["countries"]) > 150
    assert "public domain" in resource_path("map", "LICENSE.txt").read_text().lower()


def test_markers_for_all_cities_and_dortmund(world: WorldMap, cities) -> None:
    assert set(world.marker_ids()) == {c.id for c in cities} | {HOME_ID}
    area = world.rect()
    positions = {mid: world.marker_position(mid) for mid in world.marker_ids()}
    for mid, pos in positions.items():
        assert area.contains(pos.toPoint()), mid
    # Markers are far enough apart to click (the inset separates the Western Europe cluster).
    points = list(positions.values())
    for i, a in enumerate(points):
        for b in points[i + 1 :]:
            assert (a - b).manhattanLength() > 12


def test_labels_do_not_overlap(world: WorldMap) -> None:
    rects = [world.label_rect(mid) for mid in world.marker_ids()]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)


def test_geography_is_plausible(world: WorldMap) -> None:
    # West of Dortmund's partners is Buffalo, east is Xi'an; Kumasi is the southernmost.
    xs = {mid: world.marker_position(mid).x() for mid in ("buffalo", "xian", "trabzon")}
    assert xs["buffalo"] < xs["trabzon"] < xs["xian"]
    assert world.marker_position("kumasi").y() > world.marker_position("trabzon").y()


@pytest.mark.parametrize("city_id", ["xian", "amiens", "kumasi", "rostov"])
def test_click_on_marker_emits_its_id(world: WorldMap, qtbot, city_id: str) -> None:
    pos = world.marker_position(city_id).toPoint()
    with qtbot.waitSignal(world.cityActivated) as blocker:
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [city_id]


def test_click_on_empty_sea_or_dortmund_emits_nothing(world: WorldMap, qtbot) -> None:
    with qtbot.assertNotEmitted(world.cityActivated):
        qtbot.mouseClick(world, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
        qtbot.mouseClick(
            world, Qt.MouseButton.LeftButton, pos=world.marker_position(HOME_ID).toPoint()
        )


def test_hover_names_the_city(world: WorldMap, qtbot) -> None:
    pos = world.marker_position("netanya").toPoint()
    qtbot.mouseMove(world, pos + QPoint(40, 40))  # Qt sends no move to where the cursor is
    with qtbot.waitSignal(world.cityHovered) as blocker:
        qtbot.mouseMove(world, pos)
    assert blocker.args == ["netanya"]
    assert world.hovered_id() == "netanya"
    assert world.describe("netanya") == "Netanya, Israel, aktiv"
    assert "Netanya" in world._tooltip("netanya")


def test_keyboard_cycles_and_activates(world: WorldMap, qtbot) -> None:
    world.setFocus()
    world.set_focused(HOME_ID)
    assert accessible_name(world) == "Weltkarte: Dortmund, Deutschland (Heimatstadt)"
    seen = [world.focused_id()]
    for _ in range(len(world.marker_ids()) - 1):
        qtbot.keyClick(world, Qt.Key.Key_Right)
        seen.append(world.focused_id())
    assert sorted(seen) == sorted(world.marker_ids())
    world.set_focused("zhytomyr")
    assert accessible_name(world) == "Weltkarte: Schytomyr, Ukraine, eingeschränkt"
    with qtbot.waitSignal(world.cityActivated) as blocker:
        qtbot.keyClick(world, Qt.Key.Key_Return)
    assert blocker.args == ["zhytomyr"]
    qtbot.keyClick(world, Qt.Key.Key_Left)
    assert world.focused_id() != "zhytomyr"


def test_tab_walks_markers_before_leaving(world: WorldMap) -> None:
    world.set_focused(world.marker_ids()[0])
    assert world.focusNextPrevChild(True)
    assert world.focused_id() == world.marker_ids()[1]


def test_scales_with_widget(world: WorldMap, qtbot) -> None:
    wide = world.marker_position("xian")
    world.resize(600, 300)
    qtbot.waitUntil(lambda: world.marker_position("xian") != wide)
    assert world.marker_position("xian").x() < wide.x()
    assert world.rect().contains(world.marker_position("xian").toPoint())


def test_paints(world: WorldMap) -> None:
    image = QImage(world.grab().toImage())
    assert not image.isNull()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 23)
    }
    assert len(colours) > 3  # sea, land, tinted partner countries, markers


def test_map_view(qtbot, cities) -> None:
    view = MapView(cities)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    assert "auf der gesamten Weltkarte verteilt" in view.caption.text()
    assert "von Buffalo bis Xi'an" in view.caption.text()
    with qtbot.waitSignal(view.cityActivated) as blocker:
        qtbot.mouseClick(
            view.map, Qt.MouseButton.LeftButton, pos=view.map.marker_position("leeds").toPoint()
        )
    assert blocker.args == ["leeds"]
    view.map.cityHovered.emit("rostov")
    assert view.status_line.text() == "Rostow am Don, Russland, ruhend"
    focusable = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert view.map in focusable
    assert all(accessible_name(w).strip() for w in focusable)
    view.set_cities([make_city("a", lon=-70.0, lat=40.0), make_city("b", lon=100.0)])
    assert set(view.map.marker_ids()) == {"a", "b", HOME_ID}


def test_markup_shows_literally(qtbot) -> None:
    city = make_city(
        "evil",
        name_de=MARKUP,
        country_de=MARKUP,
        lon=100.0,
        lat=10.0,
        status_reason=Text(MARKUP),
        status="paused",
    )
    world = WorldMap([city])
    qtbot.addWidget(world)
    world.resize(800, 400)
    assert world._label(world._marker("evil")) == MARKUP  # drawn with drawText: literal
    tip = world._tooltip("evil")
    assert "<b>" not in tip and "&lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;" in tip
    assert world.describe("evil").startswith(MARKUP)
    world.set_focused("evil")
    assert accessible_name(world).startswith("Weltkarte: " + MARKUP)
    world.grab()


def test_click_point_is_exact(world: WorldMap) -> None:
    pos = world.marker_position("buffalo")
    assert world.marker_at(pos) == "buffalo"
    assert world.marker_at(pos + QPointF(3, 3)) == "buffalo"
    assert world.marker_at(QPointF(1, 1)) == ""

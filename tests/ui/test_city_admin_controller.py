"""CityAdminController without widgets: load, dirty, check, save, refuse, replace the pack.

The last test holds the promise of ``core.city_rules``: one bad city is refused with the same
problems by the pack parser, the repository and the editor.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.exc import OperationalError

from partnerdesk.core.city_rules import Problem, check_city, within
from partnerdesk.core.datapack import PackError, pack_to_dict, parse_pack
from partnerdesk.core.domain import City, Project, Text
from partnerdesk.store.repository import CityDataError
from partnerdesk.ui.views.city_admin_controller import (
    CityAdminController,
    FieldRef,
    field_messages,
    locate,
    row_of,
)


@pytest.fixture
def controller(store) -> CityAdminController:
    return CityAdminController(store.cities, "Frau Datenpflege")


def _same(controller: CityAdminController) -> City | None:
    city = controller.city
    assert city is not None
    return controller.edited(city.status, city.status_reason, city.notes)


def test_loading_gives_a_clean_working_copy(controller, store) -> None:
    city = controller.load("rostov")
    assert city == store.cities.city("rostov") and controller.projects == list(city.projects)
    assert not controller.is_dirty(_same(controller))
    edited = controller.edited(city.status, city.status_reason, Text(" neu ", ""))
    assert controller.is_dirty(edited) and edited is not None and edited.notes.de == "neu"
    controller.add_project()
    assert controller.is_dirty(_same(controller))


def test_bad_city_is_refused_with_problems_and_nothing_is_stored(controller, store) -> None:
    before = store.cities.to_pack()
    city = controller.load("rostov")
    edited = controller.edited("paused", Text(""), city.notes)
    assert edited is not None
    outcome = controller.save(edited)
    assert not outcome.saved and outcome.error is None
    assert outcome.problems == (
        Problem("status_reason.de", "reason_required", {"status": "paused"}),
    )
    assert locate(outcome.problems[0]) == FieldRef("reason_de")
    assert store.cities.to_pack() == before
    assert controller.city == city  # still the stored version: the edits stay dirty


def test_good_city_is_saved_and_stamped(controller, store) -> None:
    city = controller.load("leeds")
    row = controller.add_project()
    controller.set_project(row, "  Azubi-Austausch  ", ("verwaltung",), "")
    edited = controller.edited(city.status, city.status_reason, Text("Notiz", "Note"))
    assert edited is not None
    outcome = controller.save(edited)
    assert outcome.saved and outcome.problems == ()
    stored = store.cities.city("leeds")
    assert stored.projects[-1] == Project("Azubi-Austausch", ("verwaltung",), "seed")
    assert stored.notes == Text("Notiz", "Note")
    assert controller.city == stored and not controller.is_dirty(_same(controller))
    stamp = controller.stamp()
    assert stamp is not None and stamp.updated_by == "Frau Datenpflege"


def test_projects_take_the_last_source_and_removal_picks_a_neighbour(controller) -> None:
    city = controller.load("amiens")
    count = len(city.projects)
    row = controller.add_project()
    assert row == count
    assert controller.projects[row] == Project("", (), city.projects[-1].source)
    assert controller.remove_project(row) == count - 1
    assert controller.projects == list(city.projects)
    while controller.projects:
        controller.remove_project(0)
    assert controller.remove_project(0) == -1
    assert controller.projects[controller.add_project()].source == controller.sources()[0].key


def test_locate_maps_project_fields_to_their_project(controller) -> None:
    assert locate(Problem("projects[3].themes[1]", "unknown_theme")) == FieldRef(
        "project_themes", 3
    )
    assert locate(Problem("projects[0].title", "required")) == FieldRef("project_title", 0)
    assert locate(Problem("notes.en", "nul")) == FieldRef("notes_en")
    assert locate(Problem("lat", "out_of_range")) == FieldRef("")


def test_a_city_gone_meanwhile_is_reported_not_recreated(controller, store) -> None:
    city = controller.load("amiens")
    pack = store.cities.to_pack()
    others = tuple(c for c in pack.cities if c.id != "amiens")
    store.cities.load_pack(dataclasses.replace(pack, cities=others))
    edited = controller.edited(city.status, city.status_reason, Text("weg"))
    assert edited is not None
    outcome = controller.save(edited)
    assert not outcome.saved and outcome.missing
    assert [c.id for c in store.cities.cities()] == [c.id for c in others]


def test_a_city_another_advisor_saved_meanwhile_is_a_conflict(controller, store) -> None:
    """Team mode: the save expects the stamp it loaded; reload shows the other version."""
    from partnerdesk.store.repository import CityRepository

    city = controller.load("leeds")
    other = CityRepository(store.sessions)  # the second advisor
    theirs, stamp = other.city_for_edit("leeds")
    other.update_city(
        dataclasses.replace(theirs, notes=Text("Fassung Hoffmann")), "Frau Hoffmann", expected=stamp
    )
    edited = controller.edited(city.status, city.status_reason, Text("Fassung Berger"))
    assert edited is not None
    outcome = controller.save(edited)
    assert not outcome.saved and outcome.error is None and outcome.problems == ()
    assert outcome.conflict is not None and outcome.conflict.changed_by == "Frau Hoffmann"
    assert outcome.conflict.record_id == "leeds"
    assert store.cities.city("leeds").notes.de == "Fassung Hoffmann"  # nothing overwritten
    # "Weiter bearbeiten": the working copy still differs; saving again asks again.
    assert controller.is_dirty(edited) and controller.save(edited).conflict is not None
    # "Neu laden": their version and their stamp; my next save goes through.
    assert controller.load("leeds").notes.de == "Fassung Hoffmann"
    loaded = controller.stamp()
    assert loaded is not None and loaded.updated_by == "Frau Hoffmann"
    fresh = controller.edited(city.status, city.status_reason, Text("Fassung Berger"))
    assert fresh is not None and controller.save(fresh).saved
    assert store.cities.city("leeds").notes.de == "Fassung Berger"


def test_a_database_failure_is_an_outcome(controller, store, monkeypatch) -> None:
    city = controller.load("amiens")

    def broken(*args: object, **kwargs: object) -> None:
        raise OperationalError("UPDATE city", {}, Exception("disk I/O error"))

    monkeypatch.setattr(store.cities, "update_city", broken)
    edited = controller.edited(city.status, city.status_reason, Text("neu"))
    assert edited is not None
    outcome = controller.save(edited)
    assert not outcome.saved and isinstance(outcome.error, OperationalError)


def test_replacing_with_a_bad_pack_changes_nothing(controller, store) -> None:
    before = store.cities.to_pack()
    first = dataclasses.replace(before.cities[0], min_weeks=99)
    bad = dataclasses.replace(before, cities=(first, *before.cities[1:]))
    with pytest.raises(CityDataError) as caught:
        controller.replace_with(bad)
    assert str(caught.value) == "cities[0].min_weeks: 99 is outside 1..52"
    assert store.cities.to_pack() == before
    assert controller.summary(before) == (
        len(before.cities),
        sum(len(c.projects) for c in before.cities),
    )


def test_one_bad_city_is_refused_identically_everywhere(controller, store) -> None:
    """Pack parser, repository (single city and whole pack) and editor: the same problems."""
    pack = store.cities.to_pack()
    index = [c.id for c in pack.cities].index("novi-sad")
    bad = dataclasses.replace(
        pack.cities[index],
        lat=95.5,
        projects=(Project("Brücken", ("sprt",), "seed"),),
        notes=Text("ok", "a\x00b"),
    )
    keys = [source.key for source in pack.sources]
    expected = [
        Problem("lat", "out_of_range", {"value": 95.5, "low": -90, "high": 90}),
        Problem("projects[0].themes[0]", "unknown_theme", {"value": "sprt"}),
        Problem("notes.en", "nul", {"value": "a\x00b"}),
    ]
    assert check_city(bad, keys) == expected
    whole = dataclasses.replace(
        pack, cities=tuple(bad if i == index else c for i, c in enumerate(pack.cities))
    )
    prefixed = within(f"cities[{index}]", expected)

    with pytest.raises(PackError) as parsed:
        parse_pack(pack_to_dict(whole))
    assert parsed.value.problem == prefixed[0]
    assert str(parsed.value) == f"cities[{index}].lat: 95.5 is outside -90..90"

    with pytest.raises(CityDataError) as loaded:
        store.cities.load_pack(whole)
    assert list(loaded.value.problems) == prefixed

    with pytest.raises(CityDataError) as updated:
        store.cities.update_city(bad, "Frau Datenpflege")
    assert list(updated.value.problems) == expected
    assert str(updated.value) == "city 'novi-sad': lat: 95.5 is outside -90..90"

    controller.load("novi-sad")
    outcome = controller.save(bad)
    assert list(outcome.problems) == expected and not outcome.saved

    assert store.cities.to_pack() == pack  # nobody stored anything


def test_the_controller_imports_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, partnerdesk.ui.views.city_admin_controller; "
        "assert 'PySide6' not in sys.modules, 'PySide6 imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_field_messages_show_the_shown_projects_and_the_citys_own(controller) -> None:
    problems = (
        Problem("status_reason.de", "reason_required", {"status": "paused"}),
        Problem("projects[1].title", "required", {}),
        Problem("projects[0].title", "required", {}),
        Problem("status_reason.de", "required", {}),  # a second one for the field: first wins
    )
    shown_first = field_messages(problems, 0, "de")
    assert set(shown_first) == {"reason_de", "project_title"}
    assert shown_first["reason_de"][0].isupper()
    assert set(field_messages(problems, 2, "en")) == {"reason_de"}


def test_row_of_falls_back_to_the_first_city(controller) -> None:
    cities = controller.cities()
    assert row_of(cities, cities[2].id) == 2
    assert row_of(cities, "atlantis") == 0 and row_of(cities, None) == 0

"""CityRepository: exact round trips, all-or-nothing writes, derived theme strengths."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.city_rules import CITY_FIELDS
from partnerdesk.core.domain import (
    City,
    CityLanguage,
    DataPack,
    FocusArea,
    Project,
    Source,
    Text,
)
from partnerdesk.core.vocab import THEME_KEYS
from partnerdesk.store import models as m
from partnerdesk.store import repository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.repository import CityDataError, CityRepository

# Every test using the database runs on PostgreSQL too (when configured); the ones with a file
# of their own stay SQLite-only (they never ask for the ``dialect`` fixture).
pytestmark = pytest.mark.both_dialects


def _zhytomyr() -> City:
    return City(
        id="zhytomyr",
        name_de="Schytomyr",
        name_local="Житомир",
        name_en="Zhytomyr",
        country_code="UA",
        country_de="Ukraine",
        country_en="Ukraine",
        lat=50.2547,
        lon=28.6587,
        since=2022,
        since_detail=Text("Solidaritätspartnerschaft"),
        origin=Text("Hilfe nach dem russischen Angriff", "Aid after the Russian attack"),
        status="restricted",
        status_reason=Text("Schwerpunkt Katastrophenhilfe", "Focus on disaster relief"),
        focus_areas=(
            FocusArea(Text("Katastrophenhilfe", "Disaster relief"), ("hilfe",)),
            FocusArea(Text("Verwaltung"), ("verwaltung", "demokratie")),
        ),
        projects=(
            Project("Feuerwehrfahrzeuge für Житомир", ("hilfe", "energie"), source="seed"),
            Project("Jugendbegegnung", ("jugend",), source="stadt-do"),
        ),
        languages=(CityLanguage("uk"), CityLanguage("ru", official=False)),
        recommended_level="B1",
        english_bridge=True,
        comparability="partly",
        comparability_rationale=Text("Dezentralisierungsreform"),
        min_weeks=4,
        funding="erasmus_plus",
        funding_note=Text(""),
        support_level="medium",
        support_channels=("Kontakt über Team INA", "Partnerschaftsverein"),
        notes=Text("Aufenthalt nur nach Einzelfallprüfung", "Stays after individual review"),
        sources={"status": "council", "lat": "osm"},
    )


def _xian() -> City:
    return City(
        id="xian",
        name_de="Xi'an",
        name_local="西安",
        name_en="Xi'an",
        country_code="CN",
        country_de="China",
        country_en="China",
        lat=34.3416,
        lon=108.9398,
        since=1991,
        since_detail=Text("seit 1991", "since 1991"),
        origin=Text("Wirtschaft"),
        status="active",
        status_reason=Text(""),
        focus_areas=(FocusArea(Text("Wirtschaft & Kultur"), ("wirtschaft", "kultur")),),
        projects=(
            Project("Austausch mit נתניה und 西安", ("kultur", "bildung")),
            Project("Sportwoche", ("sport",)),
        ),
        languages=(CityLanguage("zh"),),
        recommended_level="A2",
        english_bridge=False,
        comparability="different",
        comparability_rationale=Text("Zentralstaat", "Centralised state"),
        min_weeks=6,
        funding="ausbildung_weltweit",
        funding_note=Text("AusbildungWeltweit 3–13 Wochen"),
        support_level="low",
        support_channels=(),
    )


def _pack(*cities: City, version: str = "2025.1") -> DataPack:
    return DataPack(
        format_version=1,
        pack_version=version,
        title="Testpaket",
        publisher="Stadt Dortmund – Team INA",
        sources=(
            Source("seed", "Präsentation"),
            Source("osm", "OpenStreetMap", "https://osm.org"),
            Source("council", "Rat"),
            Source("stadt-do", "Stadt Dortmund"),
        ),
        cities=cities or (_zhytomyr(), _xian()),
    )


def _count(sessions: sessionmaker[Session], model: type[m.Base]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- round trips --------------------------------------------------------------------------


def test_round_trip_keeps_every_field_and_order(repo: CityRepository) -> None:
    pack = _pack()
    assert repo.is_empty()
    repo.load_pack(pack)
    assert not repo.is_empty()
    assert repo.cities() == list(pack.cities)
    assert repo.city("xian") == pack.cities[1]
    assert repo.city("zhytomyr").name_local == "Житомир"
    assert repo.to_pack() == pack
    info = repo.pack_info()
    assert info is not None
    assert (info.pack_version, info.sources) == ("2025.1", pack.sources)


def test_unknown_city_raises_key_error(repo: CityRepository) -> None:
    repo.load_pack(_pack())
    with pytest.raises(KeyError):
        repo.city("atlantis")
    with pytest.raises(KeyError):
        repo.edit_stamp("atlantis")


def test_empty_repository(repo: CityRepository) -> None:
    assert repo.cities() == []
    assert repo.pack_info() is None
    with pytest.raises(LookupError):
        repo.to_pack()


def test_stored_theme_strengths_follow_the_domain_rule(repo: CityRepository) -> None:
    pack = _pack()
    repo.load_pack(pack)
    for city in pack.cities:
        assert repo.theme_strengths(city.id) == city.theme_strengths()
    assert repo.theme_strengths("zhytomyr")["energie"] == 0.5
    assert repo.theme_strengths("zhytomyr")["hilfe"] == 1.0


def test_loading_again_replaces_everything(
    repo: CityRepository, sessions: sessionmaker[Session]
) -> None:
    repo.load_pack(_pack())
    second = _pack(_xian(), version="2025.2")
    repo.load_pack(second)
    assert repo.to_pack() == second
    assert _count(sessions, m.FocusArea) == 1
    assert _count(sessions, m.CityLanguage) == 1


def test_seed_if_empty_seeds_only_once(repo: CityRepository) -> None:
    assert repo.seed_if_empty(_pack())
    assert not repo.seed_if_empty(_pack(_xian()))
    assert len(repo.cities()) == 2


def test_cities_is_not_n_plus_one(repo: CityRepository, engine: Engine) -> None:
    many = tuple(dataclasses.replace(_xian(), id=f"xian-{i}") for i in range(12))
    repo.load_pack(_pack(*many))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert len(repo.cities()) == 12
    finally:
        event.remove(engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 7


# No NUL: city_rules refuses it (PostgreSQL cannot store it; test below). Any city the rules
# accept must round-trip, so the strategies draw only what the rules allow.
_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
_filled = _text.filter(str.strip)
_themes = st.lists(st.sampled_from(THEME_KEYS), min_size=1, max_size=3, unique=True).map(tuple)
_source_keys = st.sampled_from(("seed", "osm", "council", "stadt-do"))
_source_fields = st.sampled_from([f for f in CITY_FIELDS if f not in ("id", "sources")])


@st.composite
def _cities(draw: st.DrawFn) -> City:
    return dataclasses.replace(
        _zhytomyr(),
        name_local=draw(_filled),
        lat=draw(st.floats(-90, 90)),
        lon=draw(st.floats(-180, 180)),
        since_detail=Text(draw(_text), draw(_text)),
        focus_areas=tuple(
            FocusArea(Text(t, e), th)
            for t, e, th in draw(
                st.lists(st.tuples(_filled, _text, _themes), min_size=1, max_size=3)
            )
        ),
        projects=tuple(
            Project(t, th, s)
            for t, th, s in draw(st.lists(st.tuples(_filled, _themes, _source_keys), max_size=3))
        ),
        support_channels=tuple(draw(st.lists(_filled, max_size=3))),
        sources=draw(st.dictionaries(_source_fields, _source_keys, max_size=3)),
    )


def test_nul_in_city_text_is_refused_naming_the_field(repo: CityRepository) -> None:
    city = dataclasses.replace(_zhytomyr(), projects=(Project("Aus\x00tausch", ("kultur",)),))
    with pytest.raises(CityDataError) as caught:
        repo.load_pack(_pack(city))
    assert str(caught.value) == (
        'cities[0].projects[0].title: "Aus\\u0000tausch" contains a NUL character (U+0000)'
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(city=_cities())
def test_round_trip_property(repo: CityRepository, city: City) -> None:
    pack = _pack(city, _xian())
    repo.load_pack(pack)
    assert repo.to_pack() == pack


def test_shipped_pack_round_trips_and_seeds_once(tmp_path: Path) -> None:
    from partnerdesk.core.datapack import load_shipped_pack

    pack = load_shipped_pack()
    store = open_app_store(tmp_path / "app.sqlite3")
    try:
        assert store.cities.to_pack() == pack
        store.cities.update_city(dataclasses.replace(pack.cities[0], min_weeks=9), "advisor")
    finally:
        store.close()
    store = open_app_store(tmp_path / "app.sqlite3")
    try:
        assert store.cities.city(pack.cities[0].id).min_weeks == 9  # not re-seeded
    finally:
        store.close()


# --- failures leave the data as it was ------------------------------------------------------


def test_invalid_pack_is_refused_before_touching_the_data(repo: CityRepository) -> None:
    pack = _pack()
    repo.load_pack(pack)
    bad = _pack(dataclasses.replace(_xian(), status="gestern"))
    with pytest.raises(CityDataError, match=r'status: expected one of .*, got "gestern"'):
        repo.load_pack(bad)
    with pytest.raises(CityDataError, match='cities\\[1\\]\\.id: duplicate id "xian"'):
        repo.load_pack(_pack(_xian(), _xian()))
    assert repo.to_pack() == pack


def test_failure_inside_the_transaction_rolls_everything_back(
    repo: CityRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = _pack()
    repo.load_pack(pack)
    before = repo.pack_info()
    # Skip validation so the bad value reaches the database after the old rows are deleted.
    monkeypatch.setattr(repository, "check_pack", lambda pack: [])
    bad = _pack(_xian(), dataclasses.replace(_zhytomyr(), funding="lottery"), version="bad")
    with pytest.raises(IntegrityError):
        repo.load_pack(bad)
    assert repo.to_pack() == pack
    assert repo.pack_info() == before


# --- editing ------------------------------------------------------------------------------


def test_update_city_stamps_editor_and_recomputes_strengths(repo: CityRepository) -> None:
    repo.load_pack(_pack())
    before = repo.edit_stamp("zhytomyr")
    assert before.updated_by == "datapack"
    edited = dataclasses.replace(
        _zhytomyr(),
        focus_areas=(FocusArea(Text("Energie"), ("energie",)),),
        projects=(Project("Neues Projekt", ("sport",)),),
        languages=(CityLanguage("uk"),),
        support_channels=("nur einer",),
        status="active",
    )
    repo.update_city(edited, editor="Frau Öztürk")
    assert repo.city("zhytomyr") == edited
    assert repo.city("xian") == _xian()
    assert repo.cities() == [edited, _xian()]  # display order kept
    stamp = repo.edit_stamp("zhytomyr")
    assert stamp.updated_by == "Frau Öztürk"
    assert stamp.updated_at >= before.updated_at
    assert repo.theme_strengths("zhytomyr") == {"energie": 1.0, "sport": 0.5}
    assert repo.edit_stamp("xian").updated_by == "datapack"


def test_update_city_refuses_bad_or_unknown_cities(repo: CityRepository) -> None:
    repo.load_pack(_pack())
    with pytest.raises(KeyError):
        repo.update_city(dataclasses.replace(_xian(), id="atlantis"), "A")
    bad = dataclasses.replace(_xian(), projects=(Project("x", ("kultur", "kultur")),))
    with pytest.raises(
        CityDataError, match='projects\\[0\\]\\.themes\\[1\\]: theme "kultur" listed'
    ):
        repo.update_city(bad, "A")
    with pytest.raises(CityDataError, match="unknown theme"):
        repo.update_city(
            dataclasses.replace(_xian(), focus_areas=(FocusArea(Text("x"), ("zoo",)),)), "A"
        )
    with pytest.raises(CityDataError, match="updated_by: must not be empty"):
        repo.update_city(_xian(), " ")
    assert repo.to_pack() == _pack()


# --- personal data ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["orm", "sql"])
def test_deleting_an_apprentice_removes_all_their_records(
    sessions: sessionmaker[Session], how: str
) -> None:
    with sessions.begin() as session:
        advisor = m.Advisor(name="Herr Berater")
        apprentice = m.Apprentice(display_name="Aylin", occupation="Verwaltungsfachangestellte")
        apprentice.assessments.append(
            m.Assessment(
                interests={"kultur": 3},
                languages={"de": "native"},
                weeks=4,
                abroad_only=True,
                independence=3,
                structure_importance=1,
                weights={"themes": 0.35},
            )
        )
        talk = m.CounsellingSession(
            advisor=advisor, held_on=date(2025, 5, 2), chosen_cities=["xian"]
        )
        talk.next_steps.append(m.NextStep(position=0, text="Sprachkurs", offer_key="foerderung"))
        talk.next_steps.append(m.NextStep(position=1, text="Seminar", due_date=date(2025, 6, 1)))
        apprentice.sessions.append(talk)
        session.add(apprentice)
        session.add(
            m.Handover(
                code="K7Q2",
                expires_at=m.utcnow() + timedelta(days=14),
                assessment={},
                result={},
            )
        )
        session.flush()
        session.get_one(m.Handover, 1).apprentice_id = apprentice.id
        apprentice_id = apprentice.id

    with sessions.begin() as session:
        if how == "orm":
            session.delete(session.get_one(m.Apprentice, apprentice_id))
        else:
            session.execute(delete(m.Apprentice).where(m.Apprentice.id == apprentice_id))

    for model in (m.Apprentice, m.Assessment, m.CounsellingSession, m.NextStep):
        assert _count(sessions, model) == 0, model.__tablename__
    with sessions() as session:
        handover = session.scalars(select(m.Handover)).one()
        assert handover.apprentice_id is None
        assert _count(sessions, m.Advisor) == 1

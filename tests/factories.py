"""Builders for domain objects in tests (a synthetic city with sensible defaults)."""

from __future__ import annotations

import dataclasses
from typing import Any

from partnerdesk.core.domain import City, CityLanguage, FocusArea, Project, Text


def make_city(city_id: str = "testburg", **overrides: Any) -> City:
    base = City(
        id=city_id,
        name_de=city_id.title(),
        name_local=city_id.title(),
        name_en=city_id.title(),
        country_code="FR",
        country_de="Frankreich",
        country_en="France",
        lat=49.0,
        lon=2.0,
        since=1990,
        since_detail=Text(""),
        origin=Text("Testursprung", "test origin"),
        status="active",
        status_reason=Text(""),
        focus_areas=(FocusArea(Text("Kultur", "Culture"), ("kultur",)),),
        projects=(
            Project("Orchesteraustausch", ("kultur",)),
            Project("Fußballturnier", ("sport", "jugend")),
        ),
        languages=(CityLanguage("fr"),),
        recommended_level="B1",
        english_bridge=False,
        comparability="similar",
        comparability_rationale=Text("EU-Kommune", "EU municipality"),
        min_weeks=3,
        funding="erasmus_plus",
        funding_note=Text(""),
        support_level="high",
        support_channels=("Praktikumskanal",),
    )
    return dataclasses.replace(base, **overrides)


#: Dortmund's eleven partner cities by their stable ids, in the pack's order (DESIGN.md).
CITY_IDS = [
    "amiens",
    "leeds",
    "rostov",
    "buffalo",
    "netanya",
    "novi-sad",
    "zwickau",
    "xian",
    "trabzon",
    "kumasi",
    "zhytomyr",
]

"""Hard conditions: can this stay happen as planned, and if not, what would make it work?

A city is **ok** when at least one funding programme fits the planned stay (length, planned
start, destination, application lead time), the partnership is active and there is no travel
warning. Otherwise it is **limited**: possible only by a special route (Team INA's own
funding, self-paid, individual review), with every reason in plain words and what would
change it ("ab 3 Wochen förderbar über AusbildungWeltweit").

The rules come from the data pack's dated ``advice`` (see ``core/advice.py``); nothing here
knows a programme by name except through that data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from partnerdesk.core.advice import (
    ANY_COUNTRY,
    Advice,
    CityAdvice,
    FundingRule,
    TravelWarning,
    parse_month,
)
from partnerdesk.core.catalogue import from_data, text
from partnerdesk.core.domain import City, Profile, earliest_start, format_month
from partnerdesk.core.texts import duration, weeks
from partnerdesk.core.vocab import (
    FEASIBILITY_LABELS as FEASIBILITY_LABELS,  # re-exported: the words for the two levels
)
from partnerdesk.core.vocab import Label, Status, route_label

OK = "ok"
LIMITED = "limited"


@dataclass(frozen=True, slots=True)
class Feasibility:
    """``level`` "ok" | "limited"; ``reasons``: plain sentences incl. what would make it work."""

    level: str
    reasons: tuple[Label, ...]
    route: str = ""  # the funding route that fits (or, when limited, the one that would)
    blocked_by_warning: bool = False
    travel_warning: Label | None = None  # the reason that is a travel warning, if one is

    def is_travel_warning(self, reason: Label) -> bool:
        return reason is self.travel_warning

    @property
    def ok(self) -> bool:
        return self.level == OK


def _checked(checked: str) -> Label:
    try:
        day = datetime.date.fromisoformat(checked)
    except ValueError:
        return text("feasibility.unchecked")
    return text("feasibility.as_of", day=day)


def _warning_reason(city: City, warning: TravelWarning, city_advice: CityAdvice | None) -> Label:
    when = _checked(warning.checked)
    country, regions = city.country_names, warning.regions
    if warning.level == "full":
        return text("feasibility.warning", country=country, when=when, regions=regions)
    inside = city_advice.in_warning_region if city_advice else None
    where = {
        True: "feasibility.in_region",
        False: "feasibility.outside_region",
        None: "feasibility.region_unknown",
    }[inside]
    return text(
        "feasibility.partial_warning",
        country=country,
        when=when,
        regions=regions,
        where=text(where, city=city.names),
    )


class FeasibilityJudge:
    """Assesses cities against one profile; caches by what the answer depends on."""

    def __init__(self, advice: Advice, profile: Profile, today: datetime.date) -> None:
        self.advice = advice
        self.profile = profile
        self.today = today
        self.days = profile.weeks * 7
        self._cache: dict[tuple[str, str, bool, str, str], Feasibility] = {}

    def assess(self, city: City) -> Feasibility:
        city_advice = self.advice.cities.get(city.id)
        # The answer depends on the country, the status (and its reason) and, where the pack
        # has advice for the city, the city itself - so 10,000 cities cost a few assessments.
        key = (
            city.country_code,
            city.status,
            city.abroad,
            city.status_reason.de,
            city.id if city_advice is not None else "",
        )
        found = self._cache.get(key)
        if found is None:
            found = self._assess(city, city_advice)
            self._cache[key] = found
        return found

    # --- the rules ----------------------------------------------------------------------------

    def _assess(self, city: City, city_advice: CityAdvice | None) -> Feasibility:
        start = self.profile.start
        blockers: list[Label] = []
        if city.status == Status.RESTRICTED:
            blockers.append(text("feasibility.restricted", reason=city.status_reason))
        country = self.advice.countries.get(city.country_code)
        warning = country.travel_warning if country else None
        warned = False
        travel = None
        if warning is not None and warning.level != "none":
            warned = warning.level == "full" or (
                city_advice is None or city_advice.in_warning_region is not False
            )
            travel = _warning_reason(city, warning, city_advice)
            blockers.append(travel)

        if not city.abroad:
            return replace(self._domestic(blockers), travel_warning=travel)
        if not self.advice.rules:  # a pack without funding rules: nothing to judge by
            level = LIMITED if blockers else OK
            return Feasibility(level, tuple(blockers), city.funding, travel_warning=travel)

        rules = self.advice.rules
        specific = [
            r
            for r in rules
            if r.kind == "programme" and city.country_code in r.countries and r.valid_at(start)
        ]
        candidates = specific or [
            r
            for r in rules
            if r.kind == "programme" and ANY_COUNTRY in r.countries and r.valid_at(start)
        ]
        problems: list[tuple[FundingRule, list[str]]] = []
        for rule in candidates:
            issues = []
            if self.days < rule.min_days:
                issues.append("short")
            elif rule.max_days is not None and self.days > rule.max_days:
                issues.append("long")
            if rule.blocked_by_travel_warning and warned:
                issues.append("warning")
            if start < earliest_start(self.today, rule.lead_months):
                issues.append("lead")
            problems.append((rule, issues))
        fitting = [rule for rule, issues in problems if not issues]
        if fitting and not blockers:
            rule = fitting[0]
            return Feasibility(
                OK, (text("feasibility.fundable", programme=rule.label),), rule.route
            )

        reasons = list(blockers)
        if not fitting:
            for rule, issues in problems:
                reasons.extend(self._what_would_help(city, rule, issues))
            reasons.extend(self._later_routes(city, candidates))
            reasons.extend(self._group_routes(city))
            fallback = next((r for r in rules if r.kind == "fallback"), None)
            if fallback is not None:
                reasons.append(text("feasibility.fallback", programme=fallback.label))
        route = fitting[0].route if fitting else (candidates[0].route if candidates else "")
        return Feasibility(LIMITED, tuple(reasons), route, warned, travel)

    def _domestic(self, blockers: list[Label]) -> Feasibility:
        rule = next((r for r in self.advice.rules if r.kind == "domestic"), None)
        text_ = rule.label if rule is not None else None
        if blockers:
            return Feasibility(LIMITED, tuple(blockers), "domestic")
        reason = from_data(text_) if text_ is not None else text("feasibility.domestic")
        return Feasibility(OK, (reason,), "domestic")

    def _what_would_help(self, city: City, rule: FundingRule, issues: list[str]) -> list[Label]:
        name = route_label(rule.route)
        have = weeks(self.profile.weeks)
        out: list[Label] = []
        if "short" in issues:
            low = duration(rule.min_days, dative=True)
            out.append(
                text("feasibility.too_short", route=name, low=low, planned=have, city=city.names)
            )
        if "long" in issues and rule.max_days is not None:
            high = duration(rule.max_days)
            out.append(text("feasibility.too_long", route=name, high=high, planned=have))
        if "lead" in issues:
            earliest = earliest_start(self.today, rule.lead_months)
            out.append(
                text(
                    "feasibility.too_soon",
                    start=format_month(self.profile.start),
                    route=name,
                    months=rule.lead_months,
                    earliest=format_month(earliest),
                )
            )
        return out

    def _later_routes(self, city: City, candidates: list[FundingRule]) -> list[Label]:
        """A programme that covers the country from a later date and fits the length."""
        out = []
        for rule in self.advice.rules:
            if (
                rule.kind != "programme"
                or city.country_code not in rule.countries
                or rule in candidates
                or not rule.fits_length(self.days)
            ):
                continue
            begin = parse_month(rule.valid_from)
            if begin <= self.profile.start:
                continue
            low = duration(rule.min_days, dative=True)
            out.append(
                text(
                    "feasibility.later",
                    month=format_month(begin),
                    route=route_label(rule.route),
                    city=city.names,
                    low=low,
                )
            )
        return out

    def _group_routes(self, city: City) -> list[Label]:
        out = []
        for rule in self.advice.rules:
            if (
                rule.kind == "group"
                and rule.covers(city.country_code)
                and rule.valid_at(self.profile.start)
                and rule.fits_length(self.days)
            ):
                out.append(text("feasibility.group", programme=rule.label))
        return out

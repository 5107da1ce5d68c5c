"""What the city data editor decides, with no widget: load, edit, check, save, replace the pack.

``CityAdminView`` lays out the form and reads its fields; this controller holds the working
copy of one city's projects, says whether the edits differ from what is stored, checks an
edited city with the one set of rules (``core.city_rules``, the same the pack parser and the
repository apply) and saves it. A refusal is a list of ``Problem``s; ``locate`` tells the view
which of its fields each one belongs to, so the message appears beside that field.

Team mode: the controller remembers the edit stamp it loaded the city with and the save
expects it, so a city another advisor saved meanwhile comes back as a ``conflict`` outcome
(who, when) instead of being overwritten; ``reload`` then shows their version. Tests drive it
directly (``tests/ui/test_city_admin_controller.py``), without clicking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from partnerdesk.core.city_rules import Problem, check_city, describe
from partnerdesk.core.datapack import dump_pack, load_pack, load_shipped_pack
from partnerdesk.core.domain import City, DataPack, Project, Source, Text
from partnerdesk.store.conflicts import ConflictInfo, EditConflict
from partnerdesk.store.repository import CityDataError, CityRepository, EditStamp, PackInfo

# The editor name under which the shipped pack is loaded (CityRepository.load_pack default).
SHIPPED_EDITOR = "datapack"
DEFAULT_SOURCE = "seed"

# Pack paths of the fields this page edits -> the view's name for the widget.
_CITY_FIELDS = {
    "status": "status",
    "status_reason.de": "reason_de",
    "status_reason.en": "reason_en",
    "notes.de": "notes_de",
    "notes.en": "notes_en",
}
_PROJECT_FIELD = re.compile(r"projects\[(\d+)\]\.(title|source|themes)\b")


@dataclass(frozen=True, slots=True)
class FieldRef:
    """Where a problem belongs on the page: a widget name ('' if the page does not edit the
    field) and, for a project's field, the project's index."""

    widget: str
    project: int | None = None


def locate(problem: Problem) -> FieldRef:
    match = _PROJECT_FIELD.match(problem.field)
    if match:
        return FieldRef(f"project_{match.group(2)}", int(match.group(1)))
    return FieldRef(_CITY_FIELDS.get(problem.field, ""))


def field_messages(problems: tuple[Problem, ...], project_row: int, lang: str) -> dict[str, str]:
    """The message beside each field (widget name -> text) for the project shown at
    *project_row*: the first problem of a field wins; on its own line a message starts like a
    sentence ("Needs at least ..."). Problems of other projects wait until those are shown."""
    texts: dict[str, str] = {}
    for problem in problems:
        where = locate(problem)
        if where.widget and where.project in (None, project_row):
            text = describe(problem).get(lang)
            texts.setdefault(where.widget, text[:1].upper() + text[1:])
    return texts


def row_of(cities: list[City], city_id: str | None) -> int:
    """The list row of *city_id*, or the first row when it is gone (or none was chosen)."""
    return next((i for i, city in enumerate(cities) if city.id == city_id), 0)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """``saved``; else the broken rules (``problems``), or the city is gone (``missing``),
    or another advisor saved it since it was loaded (``conflict``: who and when), or the
    database failed (``error``)."""

    saved: bool
    problems: tuple[Problem, ...] = ()
    missing: bool = False
    error: Exception | None = None
    conflict: ConflictInfo | None = None


@dataclass(frozen=True, slots=True)
class CityListing:
    """What the page shows after a (re)load: every city, the pack, the selected city."""

    cities: list[City]
    info: PackInfo | None
    current: tuple[City, EditStamp] | None


class CityAdminController:
    def __init__(self, repo: CityRepository, editor_name: str) -> None:
        self.repo = repo
        self.editor_name = editor_name
        self.city: City | None = None  # as stored
        self.loaded: EditStamp | None = None  # the city's stamp as loaded: what a save expects
        self.projects: list[Project] = []  # the working copy the form edits

    # --- reading ---------------------------------------------------------------------------
    def cities(self) -> list[City]:
        return self.repo.cities()

    def read(self, select_id: str | None) -> CityListing:
        """The list, the pack info and *select_id* (or the first city) with its edit stamp.

        Only reads, changes nothing here: safe on the background runner (``ui/city_poll.py``);
        ``take`` then makes the city the one being edited, on the GUI thread."""
        cities = self.repo.cities()
        info = self.repo.pack_info()
        current = None
        if cities:
            try:
                current = self.repo.city_for_edit(cities[row_of(cities, select_id)].id)
            except KeyError:  # gone between the two reads (a pack import): none selected
                current = None
        return CityListing(cities, info, current)

    def load(self, city_id: str) -> City:
        """Make the stored city *city_id* the one being edited; ``KeyError`` if there is none."""
        return self.take(*self.repo.city_for_edit(city_id))

    def take(self, city: City, stamp: EditStamp) -> City:
        """Edit *city* as read with *stamp* (``read``, ``load``); the working copy starts anew."""
        self.city, self.loaded = city, stamp
        self.projects = list(city.projects)
        return city

    def city_id(self) -> str | None:
        """The id of the city being edited; None before any is loaded."""
        return None if self.city is None else self.city.id

    def forget(self) -> None:
        self.city = None
        self.loaded = None
        self.projects = []

    def stamp(self) -> EditStamp | None:
        """Who saved the city being edited last and when, as loaded."""
        return self.loaded

    @staticmethod
    def is_shipped(editor: str) -> bool:
        """Whether *editor* (a stamp's name) is the shipped pack's loader, not an advisor."""
        return editor == SHIPPED_EDITOR

    def pack_info(self) -> PackInfo | None:
        return self.repo.pack_info()

    def sources(self) -> tuple[Source, ...]:
        info = self.repo.pack_info()
        return info.sources if info else ()

    # --- editing ---------------------------------------------------------------------------
    def edited(self, status: str, reason: Text, notes: Text) -> City | None:
        """The stored city with the form's values and the working projects (not checked)."""
        if self.city is None:
            return None
        return replace(
            self.city,
            status=status,
            status_reason=Text(reason.de.strip(), reason.en.strip()),
            projects=tuple(self.projects),
            notes=Text(notes.de.strip(), notes.en.strip()),
        )

    def is_dirty(self, edited: City | None) -> bool:
        return self.city is not None and edited != self.city

    def set_project(self, row: int, title: str, themes: tuple[str, ...], source: str) -> None:
        if 0 <= row < len(self.projects):
            self.projects[row] = Project(title.strip(), themes, source or DEFAULT_SOURCE)

    def add_project(self) -> int:
        """A new empty project with the last project's source (or the first one); its row."""
        if self.projects:
            source = self.projects[-1].source
        else:
            sources = self.sources()
            source = sources[0].key if sources else DEFAULT_SOURCE
        self.projects.append(Project(title="", themes=(), source=source))
        return len(self.projects) - 1

    def remove_project(self, row: int) -> int:
        """Drop project *row*; the row to show next (-1 if none is left)."""
        if 0 <= row < len(self.projects):
            del self.projects[row]
        return min(row, len(self.projects) - 1)

    # --- checking and saving ---------------------------------------------------------------
    def check(self, city: City) -> list[Problem]:
        """Every rule *city* breaks, in form order; ``[]`` if it may be saved."""
        return check_city(city, [source.key for source in self.sources()])

    def save(self, city: City) -> SaveOutcome:
        """Check, then store with the editor's stamp if nobody else saved the city since it
        was loaded; on any refusal nothing is stored and the working copy stays as it is."""
        problems = self.check(city)
        if problems:
            return SaveOutcome(False, tuple(problems))
        try:
            self.repo.update_city(city, self.editor_name, expected=self.loaded)
        except EditConflict as conflict:
            return SaveOutcome(False, conflict=conflict.info)
        except CityDataError as exc:  # e.g. the editor name; the rules passed above
            return SaveOutcome(False, exc.problems, error=None if exc.problems else exc)
        except KeyError:
            return SaveOutcome(False, missing=True)
        except Exception as exc:  # the database: the view reports it, the edits stay
            return SaveOutcome(False, error=exc)
        self.load(city.id)
        return SaveOutcome(True)

    # --- the pack --------------------------------------------------------------------------
    def export_name(self) -> str:
        return f"partnerdesk-staedte-{self.repo.to_pack().pack_version}.json"

    def export(self, path: str | Path) -> None:
        """Write the current city data as a pack; ``LookupError`` if none is loaded."""
        dump_pack(self.repo.to_pack(), path)

    @staticmethod
    def read_pack(path: str | Path) -> DataPack:
        """A pack file, checked completely; ``PackError`` names the first problem."""
        return load_pack(path)

    @staticmethod
    def shipped_pack() -> DataPack:
        return load_shipped_pack()

    @staticmethod
    def summary(pack: DataPack) -> tuple[int, int]:
        """(cities, projects) of *pack*, for the question before it replaces everything."""
        return len(pack.cities), sum(len(city.projects) for city in pack.cities)

    def replace_with(self, pack: DataPack) -> None:
        """Replace all city data by *pack* (one transaction); ``CityDataError`` if refused."""
        self.repo.load_pack(pack, editor=self.editor_name)
        self.forget()

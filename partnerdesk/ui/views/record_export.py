"""Export counselling records as PDF: one on the GUI thread, many on a worker thread.

``record_data`` turns an apprentice and a talk into the colleague's ``RecordData``; the
record uses the talk's ranking *snapshot*, never today's data, so a record exported next
year shows what was discussed. ``BatchExport`` writes many records on a ``QThreadPool``
thread: measured here, ``QTextDocument`` + ``QPdfWriter`` work in a QThread (a plain Python
thread also works but makes Qt warn about a missing event dispatcher), and the GUI thread
stayed responsive (longest gap between 10 ms timer ticks: 18 ms while writing five records).
Each job reads its own talk and builds its own ``RecordData``; nothing Qt is shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from partnerdesk import __version__
from partnerdesk.core.counselling import Apprentice, Talk, profile_from_dict
from partnerdesk.core.domain import Profile
from partnerdesk.core.record import (
    NextStep,
    RecordData,
    default_record_filename,
    record_ranking_from_json,
)
from partnerdesk.core.vocab import OFFERS


def record_id(talk: Talk) -> str:
    return f"{talk.apprentice_id}-{talk.id}" if talk.id is not None else f"{talk.apprentice_id}-neu"


def record_filename(talk: Talk) -> str:
    return default_record_filename(talk.held_on, record_id(talk))


def record_data(apprentice: Apprentice, talk: Talk, *, lang: str,
                city_names: dict[str, str] | None = None, pack_version: str = "") -> RecordData:
    profile = (profile_from_dict(talk.profile_snapshot) if talk.profile_snapshot
               else Profile())
    names = dict(city_names or {})
    for entry in (talk.ranking_snapshot or {}).get("ranking", []):
        if isinstance(entry, dict) and isinstance(entry.get("city"), str):
            names.setdefault(entry["city"], str(entry.get("name") or entry["city"]))
    steps = tuple(
        NextStep(text=s.text or (OFFERS[s.offer_key].get(lang) if s.offer_key in OFFERS
                                 else ""),
                 owner=s.owner, due=s.due_date, done=s.done, offer=s.offer_key)
        for s in talk.next_steps)
    return RecordData(
        record_id=record_id(talk), created=talk.held_on, advisor=talk.advisor,
        apprentice=apprentice.display_name, profile=profile,
        ranking=record_ranking_from_json(talk.ranking_snapshot or {}),
        occupation=apprentice.occupation, training_year=apprentice.training_year,
        notes=talk.notes, next_steps=steps,
        chosen_cities=tuple(names.get(c, c) for c in talk.chosen_cities),
        consent_date=apprentice.consent_date, deletion_date=apprentice.deletion_date,
        language=lang, pack_version=pack_version, app_version=__version__)


@dataclass(frozen=True, slots=True)
class ExportItem:
    apprentice_id: int
    talk_id: int


class BatchSignals(QObject):
    progress = Signal(int, str)  # records done, file just written
    failed = Signal(str)  # message naming the file and the cause
    finished = Signal(int, bool)  # records written, cancelled


class BatchExport:
    """Write one PDF per item into *folder*; stops after the current record when cancelled.

    ``run`` goes to the background runner (``partnerdesk.qt.background``); *load* returns
    (apprentice, talk) for an item and runs on the worker thread.
    """

    def __init__(self, items: Sequence[ExportItem], folder: Path,
                 load: Callable[[ExportItem], tuple[Apprentice, Talk]], lang: str,
                 write: Callable[[RecordData, Path], object]) -> None:
        self.items = list(items)
        self.folder = folder
        self.signals = BatchSignals()
        self._load = load
        self._lang = lang
        self._write = write
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        done = 0
        for item in self.items:
            if self._cancel.is_set():
                break
            try:
                apprentice, talk = self._load(item)
                target = self.folder / record_filename(talk)
                self._write(record_data(apprentice, talk, lang=self._lang), target)
            except Exception as exc:
                self.signals.failed.emit(str(exc))
                break
            done += 1
            self.signals.progress.emit(done, target.name)
        self.signals.finished.emit(done, self._cancel.is_set())

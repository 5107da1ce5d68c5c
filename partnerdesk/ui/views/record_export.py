"""Export counselling records as PDF: one on the GUI thread, many on a worker thread.

``core.record_talk.record_from_talk`` turns an apprentice and a talk into ``RecordData`` (the
talk's ranking *snapshot*, never today's data); here it gets a freshly issued record number.
``BatchExport`` writes many records on a ``QThreadPool`` thread; Typst needs no Qt, and the
engine serialises its calls, so the GUI thread stays free. Each job reads its own talk and
builds its own ``RecordData``; nothing Qt is shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.core.record import RecordData
from partnerdesk.core.record_talk import record_from_talk, talk_filename

NumberSource = Callable[[date], str]  # issues the next record number for a day's year


def record_filename(talk: Talk) -> str:
    """Named after the talk, not the record number: exporting a talk again replaces its file,
    and the number is only issued once the advisor has chosen where to save."""
    talk_ref = (
        f"{talk.apprentice_id}-{talk.id}" if talk.id is not None else (f"{talk.apprentice_id}-neu")
    )
    return talk_filename(talk, talk_ref)


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
    (apprentice, talk) for an item and runs on the worker thread; *number* issues each
    record's number there too.
    """

    def __init__(
        self,
        items: Sequence[ExportItem],
        folder: Path,
        load: Callable[[ExportItem], tuple[Apprentice, Talk]],
        lang: str,
        write: Callable[[RecordData, Path], object],
        number: NumberSource,
    ) -> None:
        self.items = list(items)
        self.folder = folder
        self.signals = BatchSignals()
        self._load = load
        self._lang = lang
        self._write = write
        self._number = number
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
                number = self._number(talk.held_on)
                self._write(
                    record_from_talk(apprentice, talk, lang=self._lang, record_id=number), target
                )
            except Exception as exc:
                self.signals.failed.emit(str(exc))
                break
            done += 1
            self.signals.progress.emit(done, target.name)
        self.signals.finished.emit(done, self._cancel.is_set())

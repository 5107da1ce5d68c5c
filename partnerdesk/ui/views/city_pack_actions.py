"""The city data page's pack buttons: export, import and restore the shipped pack.

Each action first offers to save the city being edited (the page's ``maybe_save``), asks for
the file or a confirmation, and leaves the deciding to ``CityAdminController``: a pack is
read and checked completely, off the GUI thread, before anything is replaced; a bad pack
changes nothing. ``replaced`` tells the page to show the new data. The texts keep the page's
translation context ("CityAdminView"): they are the page's words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from partnerdesk import paths
from partnerdesk.core.city_rules import describe
from partnerdesk.core.datapack import PackError
from partnerdesk.core.domain import DataPack
from partnerdesk.store.repository import CityDataError
from partnerdesk.ui.busy import run_busy
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.city_admin_controller import CityAdminController


class CityPackActions:
    def __init__(
        self,
        page: QWidget,
        controller: CityAdminController,
        maybe_save: Callable[[], bool],
        replaced: Callable[[], None],
    ) -> None:
        self.page = page
        self.controller = controller
        self.maybe_save = maybe_save
        self.replaced = replaced

    def export_pack(self) -> Path | None:
        if not self.maybe_save():
            return None
        try:
            name = self.controller.export_name()
        except LookupError:
            return None
        folder = paths.documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.page,
            QCoreApplication.translate("CityAdminView", "Datenpaket exportieren"),
            str(folder / name),
            QCoreApplication.translate("CityAdminView", "Datenpaket (*.json)"),
        )
        if not chosen:
            return None
        try:
            self.controller.export(chosen)
        except (OSError, PackError) as exc:
            msg.warn(
                self.page,
                QCoreApplication.translate("CityAdminView", "Export fehlgeschlagen"),
                QCoreApplication.translate(
                    "CityAdminView", "Das Datenpaket wurde nicht gespeichert."
                ),
                str(exc),
            )
            return None
        return Path(chosen)

    def import_pack(self) -> bool:
        if not self.maybe_save():
            return False
        chosen, _filter = QFileDialog.getOpenFileName(
            self.page,
            QCoreApplication.translate("CityAdminView", "Datenpaket importieren"),
            str(paths.documents_dir()),
            QCoreApplication.translate("CityAdminView", "Datenpaket (*.json)"),
        )
        if not chosen:
            return False
        try:
            # Off the GUI thread: a pack may have up to the guard's limit of cities.
            pack = run_busy(
                self.page,
                QCoreApplication.translate("CityAdminView", "Datenpaket wird geprüft …"),
                lambda: self.controller.read_pack(chosen),
            )
        except PackError as exc:
            self._refused(exc)
            return False
        return self._replace_with(
            pack, QCoreApplication.translate("CityAdminView", "Datenpaket importieren?")
        )

    def restore_shipped(self) -> bool:
        if not self.maybe_save():
            return False
        return self._replace_with(
            self.controller.shipped_pack(),
            QCoreApplication.translate(
                "CityAdminView", "Ausgeliefertes Datenpaket wiederherstellen?"
            ),
        )

    def _replace_with(self, pack: DataPack, question: str) -> bool:
        cities, projects = self.controller.summary(pack)
        text = QCoreApplication.translate(
            "CityAdminView",
            "„{title}“, Version {version} (Städte: {cities}, Projekte: {projects}). "
            "Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt.",
        ).format(title=pack.title, version=pack.pack_version, cities=cities, projects=projects)
        if not msg.confirm(self.page, question, text):
            return False
        try:
            run_busy(
                self.page,
                QCoreApplication.translate("CityAdminView", "Städtedaten werden ersetzt …"),
                lambda: self.controller.replace_with(pack),
            )
        except CityDataError as exc:
            self._refused(exc)
            return False
        except Exception as exc:
            msg.storage_error(self.page, exc)
            return False
        self.replaced()
        return True

    def _refused(self, exc: PackError | CityDataError) -> None:
        msg.warn(
            self.page,
            QCoreApplication.translate("CityAdminView", "Datenpaket abgelehnt"),
            QCoreApplication.translate(
                "CityAdminView", "Das Datenpaket ist fehlerhaft; es wurde nichts geändert."
            ),
            refusal_text(exc, current_language()),
        )


def refusal_text(exc: PackError | CityDataError, lang: str) -> str:
    """What is wrong, where: a broken city rule in the reader's language with its place in
    the file (``cities[1].lat: 95 liegt außerhalb von -90 bis 90.``); a file not shaped
    like a pack (no rule of a record) as the parser words it."""
    problems = exc.problems if isinstance(exc, CityDataError) else (exc.problem,)
    lines = [f"{p.field}: {describe(p).get(lang)}" for p in problems[:5] if p is not None]
    return "\n".join(lines) or str(exc)

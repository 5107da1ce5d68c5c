"""The advisor opens a kiosk handover by its code and attaches it to an apprentice.

Usage (counselling view): ``HandoverDialog(handovers, apprentice_id, parent)``; after
``exec()`` returns Accepted, ``dialog.profile`` is the self-assessment now stored for the
apprentice (the view reloads it). ``attached(object)`` carries the same Profile.

The field also takes the kiosk's take-away QR code: a scanner types its text
(``PD1|…``, ``core.takeaway``) into the field; those answers need no stored handover.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import Profile
from partnerdesk.core.takeaway import TakeawayError, looks_like_takeaway
from partnerdesk.core.takeaway import decode as decode_takeaway
from partnerdesk.core.vocab import CEFR_DESCRIPTIONS, INTEREST_LABELS, LANGUAGES, THEMES
from partnerdesk.store.handovers import HandoverError, HandoverInfo, HandoverRepository
from partnerdesk.ui.a11y import announce, name_with_text
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable


class HandoverDialog(Retranslatable, QDialog):
    attached = Signal(object)  # Profile

    def __init__(
        self,
        handovers: HandoverRepository,
        apprentice_id: int,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._handovers = handovers
        self._apprentice_id = apprentice_id
        self._now = now
        self._found: HandoverInfo | None = None
        self._scanned: Profile | None = None
        self._error = ""
        self.profile: Profile | None = None
        self.prompt = QLabel()
        self.code = QLineEdit()
        self.code.setMaxLength(400)  # a scanned take-away is longer than a code
        self.code.returnPressed.connect(self.on_open)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.on_open)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.open_button)
        self.summary = QLabel()
        for label in (self.prompt, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.attach_button.setEnabled(False)
        self.buttons.accepted.connect(self.on_attach)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _moment(self) -> datetime:
        return self._now or datetime.now(UTC)

    @Slot()
    def on_open(self) -> None:
        self._scanned, self._error = None, ""
        text = self.code.text()
        if looks_like_takeaway(text):
            self._found = None
            try:
                self._scanned = decode_takeaway(text)
            except TakeawayError as exc:
                self._error = str(exc)
            self.attach_button.setEnabled(self._scanned is not None)
            self._show()
            return
        self._found = self._handovers.fetch(text, now=self._moment())
        self.attach_button.setEnabled(self._found is not None)
        self._show()

    def _summary(self, p: Profile) -> list[str]:
        lang = current_language()
        interests = ", ".join(
            f"{THEMES[k].get(lang)} ({INTEREST_LABELS[v].get(lang)})"
            for k, v in sorted(p.interests.items(), key=lambda kv: -kv[1])
            if v > 0
        )
        languages = ", ".join(
            f"{LANGUAGES[k].get(lang)} "
            f"{CEFR_DESCRIPTIONS['native'].get(lang) if v == 'native' else v}"
            for k, v in p.languages.items()
        )
        return [
            self.tr("Interessen: {x}").format(x=interests or "–"),
            self.tr("Sprachen: {x}").format(x=languages),
            self.tr("Wochen: {w} · nur Ausland: {a}").format(
                w=p.weeks, a=self.tr("ja") if p.abroad_only else self.tr("nein")
            ),
        ]

    def _show(self) -> None:
        # An empty selectable label would be a nameless Tab stop.
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if self._error:
            self.summary.setText(
                self.tr("Der QR-Code ist nicht lesbar: {reason}").format(reason=self._error)
            )
            announce(self.summary, self.summary.text(), assertive=True)
            return
        if self._scanned is not None:
            self.summary.setText(
                "\n".join(
                    [
                        self.tr("Antworten aus dem QR-Code (ohne Namen)"),
                        *self._summary(self._scanned),
                    ]
                )
            )
            return
        found = self._found
        if found is None:
            text = (
                self.tr("Kein gültiger Code. Bitte prüfen – abgelaufene Übergaben sind gelöscht.")
                if self.code.text().strip()
                else ""
            )
            self.summary.setText(text)
            self.summary.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if text else Qt.FocusPolicy.NoFocus
            )
            announce(self.summary, text, assertive=True)
            return
        top = ", ".join(
            str(r.get("name", r.get("city", ""))) for r in list(found.result.get("ranking", []))[:3]
        )
        expires = format_date(found.expires_at.astimezone().date())
        lines = [
            self.tr("Übergabe {code}, gültig bis {day}").format(
                code=found.display_code, day=expires
            ),
            *self._summary(found.profile),
            self.tr("Am Kiosk vorn: {x}").format(x=top or "–"),
        ]
        if found.apprentice_id not in (None, self._apprentice_id):
            lines.append(self.tr("Bereits einem anderen Datensatz zugeordnet."))
            self.attach_button.setEnabled(False)
        self.summary.setText("\n".join(lines))

    @Slot()
    def on_attach(self) -> None:
        if self._scanned is not None:
            try:
                self.profile = self._handovers.adopt_profile(self._apprentice_id, self._scanned)
            except KeyError:
                self.summary.setText(self.tr("Der Datensatz existiert nicht mehr."))
                self.attach_button.setEnabled(False)
                return
            self.attached.emit(self.profile)
            self.accept()
            return
        if self._found is None:
            return
        try:
            self.profile = self._handovers.attach(
                self._found.code, self._apprentice_id, now=self._moment()
            )
        except (HandoverError, KeyError):
            self.summary.setText(self.tr("Die Übergabe ist nicht mehr verfügbar."))
            self.attach_button.setEnabled(False)
            return
        self.attached.emit(self.profile)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Übergabe vom Kiosk öffnen"))
        self.prompt.setText(
            self.tr("Code vom Kiosk (z. B. ABCD-EFGH) eingeben oder den QR-Code einscannen:")
        )
        self.code.setAccessibleName(self.tr("Übergabe-Code"))
        self.open_button.setText(self.tr("Öffnen"))
        self.attach_button.setText(self.tr("Übernehmen"))
        name_with_text(
            self.attach_button, self.tr("Selbsteinschätzung übernehmen und Übergabe zuordnen")
        )
        self._show()

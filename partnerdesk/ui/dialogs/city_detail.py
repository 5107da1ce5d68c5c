"""Everything known about one partnership, in one scrollable, keyboard-friendly dialog.

Read during a counselling talk, so it is ordered like the conversation: who and where, the
status (and why), what happens there (focus areas, every project), what it takes (languages,
minimum stay, funding), how similar the administration is, who can help, and where each fact
comes from. Every value is a plain-text, keyboard-selectable label.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import City
from partnerdesk.core.formatting import format_month
from partnerdesk.core.stays import ExperienceReport, HostOrganisation
from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    COMPARABILITY_LABELS,
    FUNDING_LABELS,
    LANGUAGES,
    SUPPORT_LABELS,
    THEMES,
)
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.scroll import scroll_area
from partnerdesk.ui.widgets.status_style import badge_stylesheet, badge_text

DIALOG_STYLE = """
QLabel#title { font-size: 18pt; font-weight: 600; color: #1b2631; }
QLabel#localName { font-size: 15pt; color: #33414e; }
QLabel#section { font-size: 12pt; font-weight: 600; color: #1f3f5f; }
QLabel#secondary, QLabel#caption { color: #4a5561; }
QLabel#projectTitle { font-weight: 600; }
QLabel:focus { border: 1px solid #1f5f99; }
QLabel#reason { background: #fff0d4; color: #5c3000; padding: 6px; border-radius: 4px; }
QLabel#reason[status="paused"] { background: #ececec; color: #333333; }
"""


def _value(text: str) -> QLabel:
    return plain_label(text, selectable=True)


class CityDetailDialog(Retranslatable, QDialog):
    """``CityDetailDialog(city, parent=None, sources=pack_source_titles, reports=…, hosts=…)``.

    *reports* are consented, anonymous experience reports (``StayRepository.reports``) and
    *hosts* the host organisations of earlier stays; both sections appear only when given.
    """

    def __init__(
        self,
        city: City,
        parent: QWidget | None = None,
        sources: Mapping[str, str] | None = None,
        reports: Sequence[ExperienceReport] | None = None,
        hosts: Sequence[HostOrganisation] | None = None,
    ) -> None:
        super().__init__(parent)
        self._city = city
        self._sources = dict(sources or {})
        self._reports = list(reports or ())
        self._hosts = list(hosts or ())
        self.setObjectName("cityDetail")
        self.setStyleSheet(DIALOG_STYLE)
        self.setSizeGripEnabled(True)
        # A city laptop's maximised window is 1366x697; the dialog (its frame included)
        # stays inside the screen's free area and scrolls its content instead.
        width, height = 760, 640
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.height() > 0:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

        self._body = QWidget()
        # Nothing inside takes the focus: the area does, so the arrow keys scroll the text.
        self._scroll = scroll_area(self._body, focusable=True)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._buttons)
        self.retranslate()

    @property
    def city(self) -> City:
        return self._city

    def texts(self) -> list[str]:
        """Every text shown in the body (for tests and the accessibility walk)."""
        return [label.text() for label in self._body.findChildren(QLabel)]

    # --- building ---------------------------------------------------------------------

    def retranslate(self) -> None:
        city, lang = self._city, current_language()
        self.setWindowTitle(self.tr("Partnerstadt {name}").format(name=city.name(lang)))
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Details schließen"))
        self._scroll.setAccessibleName(self.tr("Details zu {name}").format(name=city.name(lang)))
        old = self._body.layout()
        if old is not None:
            # Re-parenting the old layout to a throwaway widget deletes it with its labels.
            QWidget().setLayout(old)
        self._build(QVBoxLayout(self._body), city, lang)

    def _build(self, layout: QVBoxLayout, city: City, lang: str) -> None:
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(plain_label(city.name(lang), selectable=True, object_name="title"))
        if city.name_local not in (city.name_de, city.name_en):
            local = plain_label(city.name_local, selectable=True, object_name="localName")
            local.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            layout.addWidget(local)
        since = self.tr("Partnerstadt seit {year}").format(year=city.since)
        layout.addWidget(
            plain_label(f"{city.country(lang)} · {since}", selectable=True, object_name="secondary")
        )
        badge = plain_label(badge_text(city.status), wrap=False, selectable=True)
        badge.setStyleSheet(badge_stylesheet(city.status))
        badge.setAccessibleName(self.tr("Status: {status}").format(status=badge.text()))
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        reason = city.status_reason.get(lang)
        if reason:
            label = plain_label(reason, selectable=True, object_name="reason")
            label.setProperty("status", city.status)
            layout.addWidget(label)

        self._section(layout, self.tr("Partnerschaft"))
        form = self._form(layout)
        self._row(form, self.tr("Seit"), self._join(str(city.since), city.since_detail.get(lang)))
        self._row(form, self.tr("Ursprung"), city.origin.get(lang))
        self._row(form, self.tr("Koordinaten"), self._coordinates())

        self._section(layout, self.tr("Schwerpunkte"))
        for area in city.focus_areas:
            layout.addWidget(_value("• " + area.text.get(lang)))
            layout.addWidget(self._themes_label(area.themes, lang))

        self._section(
            layout,
            self.tr("Aktuelle Kooperationen und Projekte ({count})").format(
                count=len(city.projects)
            ),
        )
        if not city.projects:
            layout.addWidget(_value(self.tr("Derzeit keine laufenden Projekte.")))
        for project in city.projects:
            title = _value(project.title)
            title.setObjectName("projectTitle")
            layout.addWidget(title)
            layout.addWidget(self._themes_label(project.themes, lang))

        self._section(layout, self.tr("Sprache und Aufenthalt"))
        form = self._form(layout)
        names = [
            LANGUAGES[c.code].get(lang) if c.code in LANGUAGES else c.code for c in city.languages
        ]
        self._row(form, self.tr("Sprachen"), ", ".join(names) or "–")
        level = city.recommended_level if city.recommended_level in CEFR_LEVELS else "B1"
        self._row(form, self.tr("Empfohlenes Niveau"), level)
        self._row(
            form,
            self.tr("Englisch als Brückensprache"),
            self.tr("ja") if city.english_bridge else self.tr("nein"),
        )
        self._row(form, self.tr("Mindestaufenthalt"), self.tr("%n Woche(n)", "", city.min_weeks))
        funding = FUNDING_LABELS.get(city.funding)
        self._row(
            form,
            self.tr("Förderweg"),
            self._join(
                funding.get(lang) if funding else city.funding, city.funding_note.get(lang), "\n"
            ),
        )

        self._section(layout, self.tr("Verwaltung und Unterstützung"))
        form = self._form(layout)
        comparability = COMPARABILITY_LABELS.get(city.comparability)
        self._row(
            form,
            self.tr("Vergleichbarkeit der Verwaltung"),
            self._join(
                comparability.get(lang) if comparability else city.comparability,
                city.comparability_rationale.get(lang),
                "\n",
            ),
        )
        support = SUPPORT_LABELS.get(city.support_level)
        self._row(
            form,
            self.tr("Unterstützung vor Ort"),
            support.get(lang) if support else city.support_level,
        )
        self._row(
            form,
            self.tr("Bestehende Kanäle"),
            "\n".join(f"• {c}" for c in city.support_channels) or "–",
        )
        notes = city.notes.get(lang)
        if notes:
            self._row(form, self.tr("Hinweise"), notes)

        if self._reports:
            self._section(layout, self.tr("Das sagen Azubis, die schon dort waren"))
            for report in self._reports:
                quote = _value(f"„{report.text}“")
                quote.setObjectName("reportText")
                layout.addWidget(quote)
                who = ", ".join(x for x in (report.occupation, str(report.year)) if x)
                byline = _value(f"– {who}")
                byline.setObjectName("secondary")
                byline.setContentsMargins(14, 0, 0, 6)
                layout.addWidget(byline)
        if self._hosts:
            self._section(
                layout,
                self.tr("Gastorganisationen früherer Aufenthalte ({count})").format(
                    count=len(self._hosts)
                ),
            )
            for host in self._hosts:
                layout.addWidget(self._host_label(host, lang))

        self._section(layout, self.tr("Quellen"))
        for line in self._source_lines():
            layout.addWidget(_value(line))
        layout.addStretch(1)
        # One caption column for all sections, so the values line up down the dialog.
        captions = self._body.findChildren(QLabel, "caption")
        width = max((c.sizeHint().width() for c in captions), default=0)
        for caption in captions:
            caption.setMinimumWidth(width)

    # --- pieces -----------------------------------------------------------------------

    def _section(self, layout: QVBoxLayout, title: str) -> None:
        label = plain_label(title, object_name="section")
        label.setContentsMargins(0, 12, 0, 2)
        label.setAccessibleName(title)
        layout.addWidget(label)

    def _form(self, layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        layout.addLayout(form)
        return form

    def _row(self, form: QFormLayout, caption: str, value: str) -> None:
        name = plain_label(caption + ":", wrap=False, object_name="caption")
        # QFormLayout centres a one-line caption beside a multi-line value; let the caption
        # fill the row and sit at its top, level with the value's first line.
        name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        field = _value(value or "–")
        field.setAccessibleName(f"{caption}: {value or '–'}")
        name.setBuddy(field)
        form.addRow(name, field)

    def _themes_label(self, themes: tuple[str, ...], lang: str) -> QLabel:
        names = [THEMES[t].get(lang) if t in THEMES else t for t in themes]
        label = _value(self.tr("Themen: {themes}").format(themes=", ".join(names) or "–"))
        label.setObjectName("secondary")
        label.setContentsMargins(14, 0, 0, 4)
        return label

    def _host_label(self, host: HostOrganisation, lang: str) -> QLabel:
        name = self._join(host.name, host.department)
        languages = ", ".join(
            LANGUAGES[c].get(lang) if c in LANGUAGES else c for c in host.languages
        )
        lines = [f"• {name}"]
        if host.contact:
            lines.append("   " + self.tr("Kontakt: {contact}").format(contact=host.contact))
        if languages:
            lines.append("   " + self.tr("Sprachen: {languages}").format(languages=languages))
        lines.append(
            "   "
            + self.tr("Letzter Aufenthalt: {month} (Aufenthalte bisher: {count})").format(
                month=format_month(host.last_stay.year, host.last_stay.month, lang),
                count=host.stays,
            )
        )
        label = _value("\n".join(lines))
        label.setObjectName("hostEntry")
        return label

    @staticmethod
    def _join(first: str, second: str, sep: str = " – ") -> str:
        return f"{first}{sep}{second}" if second else first

    def _coordinates(self) -> str:
        lat, lon = self._city.lat, self._city.lon
        return "{:.2f}° {}, {:.2f}° {}".format(
            abs(lat),
            self.tr("N") if lat >= 0 else self.tr("S"),
            abs(lon),
            self.tr("O") if lon >= 0 else self.tr("W"),
        )

    def _field_name(self, key: str) -> str:
        names = {
            "lat": self.tr("Koordinaten"),
            "lon": self.tr("Koordinaten"),
            "name": self.tr("Name"),
            "country": self.tr("Land"),
            "languages": self.tr("Sprachen"),
            "recommended_level": self.tr("Sprachniveau"),
            "english_bridge": self.tr("Brückensprache"),
            "comparability": self.tr("Vergleichbarkeit"),
            "comparability_rationale": self.tr("Vergleichbarkeit"),
            "min_weeks": self.tr("Mindestaufenthalt"),
            "support": self.tr("Unterstützung"),
            "since": self.tr("Seit"),
            "since_detail": self.tr("Seit"),
            "origin": self.tr("Ursprung"),
            "status": self.tr("Status"),
            "status_reason": self.tr("Status"),
            "funding": self.tr("Förderweg"),
            "funding_note": self.tr("Förderweg"),
            "focus": self.tr("Schwerpunkte"),
            "projects": self.tr("Projekte"),
            "notes": self.tr("Hinweise"),
        }
        return names.get(key, key)

    def _source_lines(self) -> list[str]:
        """One line per source: its title and the facts it backs, the presentation first."""
        backs: dict[str, list[str]] = {}
        for key, source in self._city.sources.items():
            fields = backs.setdefault(source, [])
            name = self._field_name(key)
            if name not in fields:
                fields.append(name)
        for project in self._city.projects:
            fields = backs.setdefault(project.source, [])
            if self.tr("Projekte") not in fields:
                fields.append(self.tr("Projekte"))
        backs.setdefault("seed", [])
        lines = []
        for source in sorted(backs, key=lambda s: s != "seed"):
            title = self._sources.get(source, source)
            if source == "seed" and title == "seed":
                title = self.tr(
                    "Präsentation „Städtepartnerschaften: Sprungbrett ins Ausland "
                    "für Azubis?“ (Stadt Dortmund)"
                )
            fields = backs[source]
            if source == "seed" and not fields:
                lines.append(f"• {title}")
            elif source == "seed":
                lines.append(
                    "• "
                    + self.tr("{title} – alle übrigen Angaben, außerdem: {fields}").format(
                        title=title, fields=", ".join(fields)
                    )
                )
            else:
                lines.append(f"• {title} – " + ", ".join(fields))
        return lines

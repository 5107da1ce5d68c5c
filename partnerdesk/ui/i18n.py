"""Interface language: Qt translators for our strings and Qt's own, switchable at run time.

German is the source language of every ``tr()`` string; ``resources/i18n/partnerdesk_en.qm``
translates to English. The core has no translator: what it says (explanations, feasibility,
city facts, vocabularies; see ``core/catalogue``) comes as German/English pairs, and the UI
shows them with ``pair.get(current_language())`` - the one way the UI picks a language. The
UI itself never builds such a pair: its own words go through ``tr()``.
Switching installs the new translators; Qt then sends ``QEvent.LanguageChange`` to every
widget, and each view re-labels itself in ``changeEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partnerdesk.resources import resource_path

SUPPORTED = ("de", "en")
_state: dict[str, object] = {"lang": "de", "translators": []}


def current_language() -> str:
    return str(_state["lang"])


def set_language(lang: str) -> None:
    """Install translators for ``lang`` on the running application (idempotent)."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}")
    app = QCoreApplication.instance()
    old: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    if app is not None:
        for translator in old:
            app.removeTranslator(translator)
    new: list[QTranslator] = []
    if app is not None:
        ours = QTranslator(app)
        # German too: the source texts are German, but plural forms ("%n Schritt(e)") come
        # from the numerus forms of partnerdesk_de.ts.
        if ours.load(str(resource_path("i18n", f"partnerdesk_{lang}.qm"))):
            new.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            new.append(qt_own)
        language = QLocale.Language.German if lang == "de" else QLocale.Language.English
        QLocale.setDefault(QLocale(language))
    _state["lang"] = lang
    _state["translators"] = new
    if app is not None:
        for translator in new:
            app.installTranslator(translator)

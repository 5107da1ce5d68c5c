"""The catalogue's ``advice`` group: what matching, explanation, feasibility, comparison and
statistics say. Keys: ``<area>.<what>``; the placeholders are named in each sentence.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label

L = Label

ENTRIES: dict[str, Label] = {
    "data.text": L("{text}", "{text}"),
    # --- levels in sentences
    "level.not_given": L("nicht angegeben", "not given"),
    "level.native": L("Muttersprache", "native"),
    # --- why a city fits (core/explanation.py)
    "explain.theme_focus": L(
        "{theme} ({wish}): Schwerpunkt der Partnerschaft.",
        "{theme} ({wish}): a focus of the partnership.",
    ),
    "explain.theme_focus_project": L(
        "{theme} ({wish}): Schwerpunkt der Partnerschaft, {count} laufendes Projekt.",
        "{theme} ({wish}): a focus of the partnership, {count} current project.",
    ),
    "explain.theme_focus_projects": L(
        "{theme} ({wish}): Schwerpunkt der Partnerschaft, {count} laufende Projekte.",
        "{theme} ({wish}): a focus of the partnership, {count} current projects.",
    ),
    "explain.theme_in_projects": L(
        "{theme} ({wish}): nicht Schwerpunkt, aber in Projekten vertreten.",
        "{theme} ({wish}): not a focus, but present in projects.",
    ),
    "explain.theme_in_project": L(
        "{theme} ({wish}): nicht Schwerpunkt, aber in Projekten vertreten, "
        "{count} laufendes Projekt.",
        "{theme} ({wish}): not a focus, but present in projects, {count} current project.",
    ),
    "explain.theme_in_projects_count": L(
        "{theme} ({wish}): nicht Schwerpunkt, aber in Projekten vertreten, "
        "{count} laufende Projekte.",
        "{theme} ({wish}): not a focus, but present in projects, {count} current projects.",
    ),
    "explain.language_fits": L(
        "{language}: {level} angegeben, {required} empfohlen.",
        "{language}: {level} given, {required} recommended.",
    ),
    "explain.bridge_language": L(
        "{language} als Brückensprache ({level}).",
        "{language} as a bridge language ({level}).",
    ),
    "explain.minority_language": L(
        "{language} als Minderheitensprache, nicht Sprache der Verwaltung ({level}).",
        "{language} as a minority language, not the language of administration ({level}).",
    ),
    "explain.structure": L(
        "Verwaltung {comparability}: {rationale}", "Administration {comparability}: {rationale}"
    ),
    "explain.contacts": L("Bestehende Kontakte: {channels}", "Existing contacts: {channels}"),
    "explain.restricted": L("Eingeschränkt: {reason}", "Restricted: {reason}"),
    "explain.funding_note": L("{route} – {note}", "{route} – {note}"),
    # --- the headline: one sentence from the strongest reason
    "headline.theme_project": L(
        "Passt zum Interesse an {theme}: zum Beispiel „{project}“.",
        'Fits the interest in {theme!l}: for example "{project}".',
    ),
    "headline.theme_focus": L(
        "Passt zum Interesse an {theme}: ein Schwerpunkt der Partnerschaft mit {city}.",
        "Fits the interest in {theme!l}: a focus of the partnership with {city}.",
    ),
    "headline.language": L(
        "Die Sprache passt: {language} ({level}) reicht für Alltag und Arbeit in {city}.",
        "The language fits: {language} ({level}) is enough for daily life and work in {city}.",
    ),
    "headline.no_input": L(
        "Noch keine Angaben – Themen und Sprachen bestimmen die Reihenfolge.",
        "Nothing entered yet – themes and languages decide the order.",
    ),
    "headline.rest": L(
        "Kein gewähltes Thema und keine passende Sprache – {city} liegt nur wegen Zeit, "
        "Unterstützung oder Verwaltung hier.",
        "No chosen theme and no matching language – {city} is here only for time, support or "
        "administration.",
    ),
    # --- obstacles
    "obstacle.language_given": L(
        "{language}: {required} empfohlen, angegeben {level} – ein Sprachkurs vorab hilft; "
        "Team INA kann ihn fördern.",
        "{language}: {required} recommended, given {level} – a language course beforehand "
        "helps; Team INA can fund it.",
    ),
    "obstacle.language_missing": L(
        "{language}: {required} empfohlen, nicht angegeben – ein Sprachkurs vorab hilft; "
        "Team INA kann ihn fördern.",
        "{language}: {required} recommended, not given – a language course beforehand helps; "
        "Team INA can fund it.",
    ),
    "obstacle.time_one": L(
        "Üblich sind hier mindestens {minimum}, geplant ist {planned}.",
        "Stays here usually last at least {minimum}; the plan is {planned}.",
    ),
    "obstacle.time": L(
        "Üblich sind hier mindestens {minimum}, geplant sind {planned}.",
        "Stays here usually last at least {minimum}; the plan is {planned}.",
    ),
    "obstacle.support": L(
        "Viel Unterstützung gewünscht, vor Ort {support}.",
        "Much support wanted; on site {support}.",
    ),
    "obstacle.support_why": L(
        "Viel Unterstützung gewünscht, vor Ort {support} ({why}).",
        "Much support wanted; on site {support} ({why}).",
    ),
    "obstacle.entry_lead": L(
        "{entry} – etwa {lead} vorher beginnen.", "{entry} – start about {lead} ahead."
    ),
    # --- feasibility (core/feasibility.py)
    "feasibility.unchecked": L("bitte prüfen", "please check"),
    "feasibility.as_of": L("Stand {day}", "as of {day}"),
    "feasibility.warning": L(
        "Reisewarnung des Auswärtigen Amts für {country} ({when}): {regions} Möglich nur nach "
        "Einzelfallprüfung; AusbildungWeltweit fördert keine Aufenthalte unter Reisewarnung.",
        "Travel warning of the German Federal Foreign Office for {country} ({when}): {regions} "
        "Possible only after individual review; AusbildungWeltweit does not fund stays under a "
        "travel warning.",
    ),
    "feasibility.partial_warning": L(
        "Teilreisewarnung des Auswärtigen Amts für {country} ({when}): {regions} {where} Vor "
        "dem Antrag die aktuelle Lage prüfen (Einzelfallprüfung).",
        "Partial travel warning of the German Federal Foreign Office for {country} ({when}): "
        "{regions} {where} Check the current situation before applying (individual review).",
    ),
    "feasibility.in_region": L(
        "{city} liegt in einem dieser Gebiete.", "{city} lies in one of these areas."
    ),
    "feasibility.outside_region": L(
        "{city} liegt nicht in diesen Gebieten.", "{city} lies outside these areas."
    ),
    "feasibility.region_unknown": L(
        "Ob {city} betroffen ist: bitte prüfen.", "Whether {city} is affected: please check."
    ),
    "feasibility.restricted": L(
        "Eingeschränkte Partnerschaft: {reason}", "Restricted partnership: {reason}"
    ),
    "feasibility.fundable": L("Förderbar über {programme}.", "Fundable through {programme}."),
    "feasibility.fallback": L("Bleibt: {programme}", "What remains: {programme}"),
    "feasibility.domestic": L(
        "Inland: kein Austauschprogramm nötig.", "Domestic: no exchange programme needed."
    ),
    "feasibility.too_short": L(
        "{route} fördert erst ab {low}, geplant: {planned} – mit {low} wäre {city} förderbar.",
        "{route} funds stays from {low}, planned: {planned} – with {low} {city} would be fundable.",
    ),
    "feasibility.too_long": L(
        "{route} fördert höchstens {high}, geplant: {planned} – auf {high} kürzen, dann förderbar.",
        "{route} funds at most {high}, planned: {planned} – shorten to {high} and it becomes "
        "fundable.",
    ),
    "feasibility.too_soon": L(
        "Start {start} ist zu knapp für den Antrag bei {route} (etwa {months} Monate Vorlauf): "
        "mit Start ab {earliest} förderbar.",
        "A start in {start} leaves too little time to apply to {route} (about {months} months "
        "ahead): fundable with a start from {earliest}.",
    ),
    "feasibility.later": L(
        "Ab {month} fördert {route} auch Aufenthalte in {city} (ab {low}): mit Start ab "
        "{month} förderbar.",
        "From {month} {route} also funds stays in {city} (from {low}): fundable with a start "
        "from {month}.",
    ),
    "feasibility.group": L("Als Gruppe möglich: {programme}", "Possible as a group: {programme}"),
    # --- the ranking (core/matching.py)
    "matching.paused": L("Partnerschaft ruht: {reason}", "Partnership paused: {reason}"),
    "matching.domestic_excluded": L(
        "Inlandspartnerschaft – ausgeschlossen, weil nur ein Auslandsaufenthalt gesucht wird",
        "Domestic partnership – excluded because only a stay abroad is wanted",
    ),
    "matching.no_input": L(
        "Noch keine Angaben: ohne Themen und Sprachen sagt die Reihenfolge nichts aus.",
        "Nothing entered yet: without themes and languages the order means nothing.",
    ),
    "matching.no_theme": L(
        "Keine Partnerstadt trägt eines der gewählten Themen ({themes}); die Reihenfolge "
        "beruht nur auf Sprache, Zeit, Verwaltung und Unterstützung.",
        "No partner city carries any of the chosen themes ({themes}); the order rests only on "
        "language, time, administration and support.",
    ),
    "matching.stale": L(
        "Die Städtedaten sind vom {checked} und damit älter als 12 Monate – Förderregeln und "
        "Reisehinweise bitte prüfen.",
        "The city data dates from {checked}, more than 12 months ago – please check funding "
        "rules and travel advice.",
    ),
    # "Themen" is plural: "Wenn die Themen etwas weniger zählen"
    "matching.swap_more": L(
        "Wenn {criterion} etwas mehr zählt, liegt {city} vorn.",
        "If {criterion!l} counts a little more, {city} comes first.",
    ),
    "matching.swap_less": L(
        "Wenn {criterion} etwas weniger zählt, liegt {city} vorn.",
        "If {criterion!l} counts a little less, {city} comes first.",
    ),
    "matching.swap_themes_more": L(
        "Wenn die Themen etwas mehr zählen, liegt {city} vorn.",
        "If themes count a little more, {city} comes first.",
    ),
    "matching.swap_themes_less": L(
        "Wenn die Themen etwas weniger zählen, liegt {city} vorn.",
        "If themes count a little less, {city} comes first.",
    ),
    # --- two or three cities side by side (core/compare.py)
    "compare.score": L("Gesamt", "Total"),
    "compare.feasibility": L("Umsetzbarkeit", "Feasibility"),
    "compare.headline": L("Kurz gesagt", "In short"),
    "compare.reasons": L("Was passt", "What fits"),
    "compare.obstacles": L("Was im Weg steht", "What stands in the way"),
    "compare.funding": L("Förderweg", "Funding route"),
    "compare.offers": L("Hilfe von Team INA", "Help from Team INA"),
    "compare.warning": L("Hinweis", "Note"),
    "compare.ok": L("machbar", "feasible"),
    "compare.limited": L("eingeschränkt machbar", "feasible with limits"),
    "compare.points": L("{points} Punkte ({share} %)", "{points} points ({share} %)"),
    # --- the team's numbers (core/stats.py)
    "stats.total": L("Gesamt", "Totals"),
    "stats.talks_per_month": L("Gespräche pro Monat", "Talks per month"),
    "stats.cities_chosen": L("Gewählte Städte (Azubis)", "Cities chosen (apprentices)"),
    "stats.cities_visited": L("Besuchte Städte (Aufenthalte)", "Cities visited (stays)"),
    "stats.stays_by_funding": L("Aufenthalte nach Förderweg", "Stays by funding route"),
    "stats.next_steps": L("Nächste Schritte", "Next steps"),
    "stats.talks": L("Beratungsgespräche", "Counselling talks"),
    "stats.apprentices": L("Beratene Azubis", "Apprentices counselled"),
    "stats.open": L("offen", "open"),
    "stats.done": L("erledigt", "done"),
    "stats.csv_section": L("Bereich", "section"),
    "stats.csv_group": L("Gruppe", "group"),
    "stats.csv_count": L("Anzahl", "count"),
}

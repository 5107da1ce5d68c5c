"""The catalogue's ``record`` group: fixed wording of the documents (counselling record,
Auskunft, statistics) in German and English.

Facts in this file and their sources (geprüft am 2026-11-30):
- Team INA contact: the presentation "Städtepartnerschaften: Sprungbrett ins Ausland für
  Azubis?" (Stadt Dortmund – Internationale Beziehungen, ca. Juli 2025), last slide.
- Controller and data protection officer of the City of Dortmund: the city's privacy notices,
  https://smartcity.dortmund.de/datenschutzerklaerung/ and
  https://open-data.dortmund.de/pages/datenschutzhinweise/ ("Stadt Dortmund, Der
  Oberbürgermeister, 44122 Dortmund, behoerdenleitung@stadtdo.de"; "Der/die
  Datenschutzbeauftragte, 44122 Dortmund, datenschutz@stadtdo.de"; supervisory authority LDI
  NRW, Kavalleriestr. 2–4, 40213 Düsseldorf).
- Rights: DSGVO Art. 7(3), 15–18, 21, 77. The legal review of the processing is still open
  (docs/privacy.md): the legal basis below names consent, which is what PartnerDesk records.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label

L = Label

ENTRIES: dict[str, Label] = {
    "org": L("Stadt Dortmund", "City of Dortmund"),
    "unit": L("Internationale Beziehungen – Team INA", "International Relations – Team INA"),
    "title": L("Beratungsprotokoll", "Counselling record"),
    "subtitle": L(
        "Vereinbarung zum Auslandsaufenthalt in einer Partnerstadt",
        "Agreement on a stay in a partner city",
    ),
    "record_no": L("Protokoll-Nr.", "Record no."),
    "date": L("Datum", "Date"),
    "advisor": L("Beratung durch", "Advisor"),
    "apprentice": L("Auszubildende/r", "Apprentice"),
    "occupation": L("Ausbildungsberuf", "Training occupation"),
    "year_value": L("{n}. Ausbildungsjahr", "year {n} of training"),
    "no_name": L("(kein Name angegeben)", "(no name given)"),
    "chosen": L("Gewählte Partnerstädte", "Chosen partner cities"),
    "no_chosen": L("Noch keine Stadt gewählt.", "No city chosen yet."),
    "feasible_ok": L("Machbarkeit: gut machbar", "Feasibility: feasible"),
    "feasible_limited": L("Machbarkeit: eingeschränkt", "Feasibility: limited"),
    "steps": L("Vereinbarte nächste Schritte", "Agreed next steps"),
    "no_steps": L("Keine Schritte vereinbart.", "No steps agreed."),
    "step": L("Was", "What"),
    "owner": L("Wer", "Who"),
    "due": L("Bis wann", "By when"),
    "state": L("Stand", "Status"),
    "done": L("erledigt", "done"),
    "open": L("offen", "open"),
    "contact": L("Kontakt Team INA", "Contact Team INA"),
    "privacy": L("Datenschutz", "Data protection"),
    "signatures": L("Unterschriften", "Signatures"),
    "sign_advisor": L("Ort, Datum, Unterschrift Beratung", "Place, date, signature of the advisor"),
    "sign_apprentice": L(
        "Ort, Datum, Unterschrift Auszubildende/r", "Place, date, signature of the apprentice"
    ),
    "notes": L("Gesprächsnotizen", "Notes"),
    "no_notes": L("Keine Notizen.", "No notes."),
    "appendix": L("So kam die Empfehlung zustande", "How the recommendation came about"),
    "appendix_intro": L(
        "Die Selbsteinschätzung und die am besten passenden Städte zum Zeitpunkt des "
        "Gesprächs. Jede Stadt erhält bis zu 100 Punkte; jedes Kriterium trägt bis zu seinem "
        "Gewicht bei.",
        "The self-assessment and the best-matching cities at the time of the talk. Each city "
        "gets up to 100 points; each criterion contributes up to its weight.",
    ),
    "profile": L("Selbsteinschätzung", "Self-assessment"),
    "interests": L("Interessen", "Interests"),
    "no_interests": L("keine Themen gewählt", "no themes chosen"),
    "languages": L("Sprachen", "Languages"),
    "native": L("Muttersprache", "native"),
    "weeks": L("Verfügbare Zeit", "Time available"),
    "abroad": L("Nur Ausland", "Abroad only"),
    "yes": L("ja", "yes"),
    "no": L("nein", "no"),
    "independence": L("Selbstständigkeit", "Independence"),
    "independence_value": L(
        "{n} von 5 (1 = braucht viel Unterstützung, 5 = ganz selbstständig)",
        "{n} of 5 (1 = needs much support, 5 = fully independent)",
    ),
    "structure": L("Ähnliche Verwaltung", "Similar administration"),
    "matches": L("Am besten passende Städte", "Best-matching cities"),
    "no_matches": L("Keine Stadt bewertet.", "No city ranked."),
    "total": L("{s} von 100 Punkten", "{s} of 100 points"),
    "part": L("{s} von {m} Punkten", "{s} of {m} points"),
    "close_call": L(
        "Knappe Entscheidung: Platz 1 und 2 liegen weniger als 10 % auseinander.",
        "Close call: places 1 and 2 are less than 10 % apart.",
    ),
    "reasons": L("Was passt", "What fits"),
    "obstacles": L("Was im Weg steht – und was hilft", "What stands in the way – and what helps"),
    "helps": L("Hilfe durch Team INA: {x}", "Help from Team INA: {x}"),
    "funding_ref": L("Förderweg: {x} (siehe „Förderwege“)", 'Funding: {x} (see "Funding routes")'),
    "funding": L("Förderwege", "Funding routes"),
    "funding_all": L("Für alle Förderwege gilt", "For every funding route"),
    "excluded": L("Nicht bewertet", "Not ranked"),
    "sources": L("Quellen: {x}", "Sources: {x}"),
    "source_title": L(
        "Präsentation „Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?“ "
        "(Stadt Dortmund – Internationale Beziehungen)",
        'Presentation "Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?" '
        "(City of Dortmund – International Relations)",
    ),
    "pack": L("Städtedaten: Datenpaket {v}", "City data: data pack {v}"),
    "made_with": L("Erstellt mit PartnerDesk {v}", "Made with PartnerDesk {v}"),
    "page_of": L("Seite {i} von {n}", "Page {i} of {n}"),
    "not_recorded": L("nicht erfasst", "not recorded"),
    # Team INA, as the presentation's last slide gives it.
    "contact_person": L(
        "Carrie-Ann Lawrence, Stadt Dortmund, Internationale Beziehungen",
        "Carrie-Ann Lawrence, City of Dortmund, International Relations",
    ),
    "contact_reach": L(
        "Telefon 0231 50 27 170 · E-Mail clawrence@stadtdo.de",
        "Phone +49 231 50 27 170 · email clawrence@stadtdo.de",
    ),
    # The data-protection block: a label, then its text ({consent}, {deletion}: dates or
    # "nicht erfasst").
    "privacy_what": L("Was gespeichert wird", "What is stored"),
    "privacy_what_text": L(
        "Name, Ausbildungsberuf und -jahr, die Selbsteinschätzung, Gesprächsnotizen, "
        "vereinbarte Schritte und gewählte Städte – keine Gesundheits- oder Kontaktdaten.",
        "Name, training occupation and year, the self-assessment, notes of the talk, agreed "
        "steps and chosen cities – no health or contact data.",
    ),
    "privacy_why": L("Wozu", "Why"),
    "privacy_why_text": L(
        "Beratung zu einem Auslandsaufenthalt in einer Partnerstadt und Begleitung der "
        "vereinbarten Schritte. Rechtsgrundlage: Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), "
        "erteilt am {consent}.",
        "Counselling on a stay in a partner city and follow-up of the agreed steps. Legal "
        "basis: consent (Art. 6(1)(a) GDPR), given on {consent}.",
    ),
    "privacy_until": L("Bis wann", "Until when"),
    "privacy_until_text": L(
        "Löschung am {deletion}, früher auf Ihren Wunsch.",
        "Deleted on {deletion}, earlier if you ask.",
    ),
    "privacy_rights": L("Ihre Rechte", "Your rights"),
    "privacy_rights_text": L(
        "Auskunft, Berichtigung, Löschung, Einschränkung und Widerspruch (Art. 15–18, 21 "
        "DSGVO); Widerruf der Einwilligung jederzeit für die Zukunft (Art. 7 Abs. 3); "
        "Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW, "
        "Kavalleriestr. 2–4, 40213 Düsseldorf (Art. 77).",
        "Access, rectification, erasure, restriction and objection (Art. 15–18, 21 GDPR); "
        "withdrawal of consent at any time for the future (Art. 7(3)); complaint to the "
        "data protection authority of North Rhine-Westphalia (LDI NRW), Kavalleriestr. 2–4, "
        "40213 Düsseldorf (Art. 77).",
    ),
    "privacy_controller": L("Verantwortlich", "Controller"),
    "privacy_controller_text": L(
        "Stadt Dortmund, Der Oberbürgermeister, 44122 Dortmund, behoerdenleitung@stadtdo.de; "
        "Datenschutzbeauftragte/r: datenschutz@stadtdo.de.",
        "City of Dortmund, the Lord Mayor, 44122 Dortmund, behoerdenleitung@stadtdo.de; data "
        "protection officer: datenschutz@stadtdo.de.",
    ),
    # --- the Auskunft (Art. 15 DSGVO) PDF; one heading per section of the export
    "auskunft.title": L(
        "Auskunft über gespeicherte Daten (Art. 15 DSGVO)", "Access to stored data (Art. 15 GDPR)"
    ),
    "auskunft.intro": L(
        "Alles, was PartnerDesk zu diesem Datensatz speichert. Erstellt am {day} "
        "für Datensatz {id}.",
        "Everything PartnerDesk stores for this record. Created on {day} for record {id}.",
    ),
    "auskunft.apprentice": L("Stammdaten", "Personal details"),
    "auskunft.self_assessment": L("Selbsteinschätzung", "Self-assessment"),
    "auskunft.talks": L("Beratungsgespräche", "Counselling talks"),
    "auskunft.handovers": L(
        "Übergaben vom Selbstcheck-Terminal", "Handovers from the self-assessment terminal"
    ),
    "auskunft.stays": L(
        "Auslandsaufenthalte und Erfahrungsberichte", "Stays abroad and experience reports"
    ),
    "auskunft.none": L("keine", "none"),
    "auskunft.item": L("Eintrag {n}", "Entry {n}"),
    # --- the follow-up calendar (ICS): the event's description and the calendar's name
    "ics.apprentice": L("Azubi: {name}", "Apprentice: {name}"),
    "ics.talk": L("Gespräch vom {date}", "Talk of {date}"),
    "ics.by": L("Beratung durch: {name}", "Counselled by: {name}"),
    "ics.owner": L("Zuständig: {name}", "Responsible: {name}"),
    "ics.offer": L("Angebot: {offer}", "Offer: {offer}"),
    "ics.name": L("Wiedervorlage PartnerDesk", "PartnerDesk follow-ups"),
}

"""A resident evening whose people also appear in notes' raised_by: the privacy tests' dossier."""

from __future__ import annotations

from datetime import datetime

from bricoleur_desk.domain.model import (
    Dossier,
    Frame,
    NoteKind,
    NoteStatus,
    Person,
    Phase,
)
from tests.samples import DossierBuilder

MEETING_ID = "avond-1"
PEOPLE = (
    Person(
        "p1",
        "Johanna Verbeek-de Vries",
        group="Parkstraat",
        email="j.verbeek@example.nl",
        phone="06-12345678",
    ),
    Person(
        "p2",
        "Mohamed El Amrani",
        group="Buurtvereniging Oost",
        email="m.elamrani@example.org",
        phone="+31 20 555 0199",
    ),
)
REMARK = "Intern: mevrouw belt elke week de wethouder, voorzichtig mee omgaan"

NOTE_TEXTS = (
    "Er wordt veel te hard gereden in de Parkstraat, vooral 's avonds",
    "Waar moeten de bewoners straks parkeren als de parkeerplaatsen verdwijnen?",
    "Meer bomen langs de singel, nu is het één grote stenen vlakte",
    "Het fietspad bij de school is 's ochtends levensgevaarlijk",
    "Zorg dat de bushalte blijft waar hij is, ouderen lopen niet zo ver",
    "De speeltuin is verouderd en er ligt vaak glas",
    "Kunnen de vuilcontainers ondergronds?",
    "Het plein is 's nachts onveilig door slechte verlichting",
    "Wanneer gaat de schop de grond in en hoe lang duurt het?",
    "Een buurtmoestuin op het braakliggende veld bij de kerk",
    "Overlast van vrachtwagens die laden en lossen bij de supermarkt",
    "Wie betaalt het onderhoud van het nieuwe groen?",
)


def sample_dossier(phase: Phase = Phase.INVENTORY, notes: int = 12) -> Dossier:
    """An evening with themes, notes (some by named people, one with an internal remark)."""
    sample = DossierBuilder("Herinrichting Parkstraat")
    for person in PEOPLE:
        sample.person(person.id, person.name, group=person.group, email=person.email, phone=person.phone)
    sample.meeting(
        MEETING_ID,
        "Bewonersavond herinrichting Parkstraat",
        datetime(2026, 11, 25, 19, 30),
        venue="Buurthuis De Schakel",
        question="Hoe maken we de Parkstraat veiliger en groener?",
        phase=phase,
        frame=Frame(open=["Indeling van het plein", "Soort bomen"], fixed=["Budget: 1,2 miljoen euro"]),
        next_steps="U krijgt het verslag binnen drie weken; in maart volgt een tweede avond.",
    )
    themes = [
        sample.theme("t-verkeer", "Verkeer en parkeren", "#1f77b4"),
        sample.theme("t-groen", "Groen", "#2ca02c"),
    ]
    for i in range(notes):
        text = NOTE_TEXTS[i % len(NOTE_TEXTS)] + ("" if i < len(NOTE_TEXTS) else f" ({i + 1})")
        sample.note(
            text,
            kind=NoteKind.QUESTION if text.endswith("?") else NoteKind.CONCERN,
            theme_id=themes[i % 3].id if i % 3 < 2 else None,
            raised_by=PEOPLE[i % 2].id,
            raised_by_group=PEOPLE[i % 2].group if i % 4 else None,
            status=NoteStatus.ANSWERED if i == 1 else NoteStatus.OPEN,
            answer="Er komt een parkeergarage onder het plein" if i == 1 else None,
            internal_remark=REMARK if i % 5 == 0 else None,
        )
    return sample.build()

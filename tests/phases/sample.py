"""A realistic Dutch resident evening for the phase panel tests and screenshots."""

from __future__ import annotations

from datetime import date, datetime

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Dossier,
    Evaluation,
    Frame,
    NoteKind,
    NoteStatus,
    Phase,
    PromiseStatus,
)
from tests.samples import DossierBuilder

MEETING_ID = "avond-1"


def sample_dossier() -> Dossier:
    """Herinrichting Parkstraat: one evening with themes, notes, a promise and an evaluation."""
    sample = DossierBuilder("Herinrichting Parkstraat", area="Oosterpark")
    sample.meeting("avond-0", "Eerste bewonersavond Parkstraat", datetime(2026, 6, 11, 19, 30))
    sample.meeting(
        MEETING_ID,
        "Bewonersavond herinrichting Parkstraat",
        datetime(2026, 12, 3, 19, 30),
        venue="Buurthuis De Linde, Lindelaan 4",
        question="Hoe maken we de Parkstraat veiliger en groener, zonder parkeerplaatsen kwijt te raken?",
        phase=Phase.DISCUSS,
        frame=Frame(
            open=["Plek en soort van de bomen", "Inrichting van het speelplein", "Plaats van de drempels"],
            fixed=[
                "De rijbaan blijft 5,5 m breed: de bus rijdt hier (afspraak met de vervoerder)",
                "Budget € 850.000, vastgesteld door de raad in juni",
            ],
        ),
        agenda=[
            AgendaBlock("Welkom en uitleg", 10),
            AgendaBlock("Alles eerst opschrijven", 30),
            AgendaBlock("Bespreken", 45),
            AgendaBlock("Afsluiting en evaluatie", 10),
        ],
        attendance=Attendance(count=38, by_group={"Parkstraat": 21, "Vereniging Groen Dorp": 6}),
        evaluation=Evaluation(
            scores={1: 1, 2: 2, 3: 6, 4: 14, 5: 5},
            remarks=["Fijn dat alles op het scherm kwam", "Volgende keer graag eerder beginnen"],
        ),
        expected_groups=["Parkstraat", "Vereniging Groen Dorp", "Basisschool De Vlinder", "Ondernemers"],
        next_steps="In februari komt het schetsontwerp; u krijgt binnen twee weken het verslag.",
    )
    sample.theme("t-verkeer", "Verkeer", "#c0392b")
    sample.theme("t-groen", "Groen", "#27ae60")
    sample.note(
        "Er wordt veel te hard gereden, vooral 's avonds",
        theme_id="t-verkeer",
        raised_by_group="Parkstraat",
        votes=7,
    )
    sample.note(
        "Blijven de oude kastanjes staan?",
        kind=NoteKind.QUESTION,
        theme_id="t-groen",
        raised_by_group="Vereniging Groen Dorp",
        status=NoteStatus.ANSWERED,
        answer="Ja, alle zes blijven staan",
    )
    sample.note(
        "Waarom kan de bus niet om via de Dorpsweg?",
        kind=NoteKind.QUESTION,
        theme_id="t-verkeer",
        raised_by_group="Parkstraat",
    )
    sample.note(
        "Maak een pluktuin bij de school",
        kind=NoteKind.IDEA,
        theme_id="t-groen",
        raised_by_group="Basisschool De Vlinder",
        votes=12,
    )
    sample.promise(
        "p0", "avond-0", "Verlichting in het park laten nakijken", owner="Wijkbeheer", due=date(2026, 9, 1)
    )
    sample.promise(
        "p-done",
        "avond-0",
        "Extra afvalbak bij het speelplein",
        owner="Wijkbeheer",
        status=PromiseStatus.DONE,
    )
    sample.promise(
        "p1",
        MEETING_ID,
        "Snelheidsmeting in de Parkstraat",
        owner="Team Verkeer",
        due=date(2027, 1, 15),
        note_ids=["n1"],
    )
    return sample.build()

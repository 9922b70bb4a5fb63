"""A realistic Dutch resident evening for the phase panel tests and screenshots."""

from __future__ import annotations

from datetime import date, datetime

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Dossier,
    Evaluation,
    Frame,
    Meeting,
    Note,
    NoteKind,
    NoteStatus,
    Phase,
    Promise,
    PromiseStatus,
    Theme,
)

MEETING_ID = "avond-1"


def sample_dossier() -> Dossier:
    """Herinrichting Parkstraat: one evening with themes, notes, a promise and an evaluation."""
    meeting = Meeting(
        id=MEETING_ID,
        title="Bewonersavond herinrichting Parkstraat",
        starts_at=datetime(2026, 12, 3, 19, 30),
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
        themes=[Theme("t-verkeer", "Verkeer", "#c0392b"), Theme("t-groen", "Groen", "#27ae60")],
        notes=[
            Note(
                "n1",
                1,
                "Er wordt veel te hard gereden, vooral 's avonds",
                theme_id="t-verkeer",
                raised_by_group="Parkstraat",
                votes=7,
            ),
            Note(
                "n2",
                2,
                "Blijven de oude kastanjes staan?",
                kind=NoteKind.QUESTION,
                theme_id="t-groen",
                raised_by_group="Vereniging Groen Dorp",
                status=NoteStatus.ANSWERED,
                answer="Ja, alle zes blijven staan",
            ),
            Note(
                "n3",
                3,
                "Waarom kan de bus niet om via de Dorpsweg?",
                kind=NoteKind.QUESTION,
                theme_id="t-verkeer",
                raised_by_group="Parkstraat",
            ),
            Note(
                "n4",
                4,
                "Maak een pluktuin bij de school",
                kind=NoteKind.IDEA,
                theme_id="t-groen",
                raised_by_group="Basisschool De Vlinder",
                votes=12,
            ),
        ],
        attendance=Attendance(count=38, by_group={"Parkstraat": 21, "Vereniging Groen Dorp": 6}),
        evaluation=Evaluation(
            scores={1: 1, 2: 2, 3: 6, 4: 14, 5: 5},
            remarks=["Fijn dat alles op het scherm kwam", "Volgende keer graag eerder beginnen"],
        ),
        expected_groups=["Parkstraat", "Vereniging Groen Dorp", "Basisschool De Vlinder", "Ondernemers"],
        next_steps="In februari komt het schetsontwerp; u krijgt binnen twee weken het verslag.",
    )
    earlier = Meeting(
        id="avond-0", title="Eerste bewonersavond Parkstraat", starts_at=datetime(2026, 6, 11, 19, 30)
    )
    return Dossier(
        title="Herinrichting Parkstraat",
        area="Oosterpark",
        meetings=[earlier, meeting],
        promises=[
            Promise(
                "p0",
                "avond-0",
                "Verlichting in het park laten nakijken",
                owner="Wijkbeheer",
                due=date(2026, 9, 1),
            ),
            Promise(
                "p-done",
                "avond-0",
                "Extra afvalbak bij het speelplein",
                owner="Wijkbeheer",
                status=PromiseStatus.DONE,
            ),
            Promise(
                "p1",
                MEETING_ID,
                "Snelheidsmeting in de Parkstraat",
                owner="Team Verkeer",
                due=date(2027, 1, 15),
                note_ids=["n1"],
            ),
        ],
    )

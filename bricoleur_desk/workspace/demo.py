"""The demo dossier: "Tijdelijk park Van Heekplein", a temporary park on a vacant lot.

Two resident evenings: September (closed, with promises, several already kept) and November
(under discussion, with a sketch of two alternatives over the map). Everything is fictional,
and every id and time is fixed so that the demo is the same each time it is built.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.model import (
    AgendaBlock,
    Attendance,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Meeting,
    Person,
    Phase,
    Promise,
    PromiseStatus,
    PromiseUpdate,
    Theme,
)
from .demo_notes import NOVEMBER, PARKSTRAAT, SCHOOL, SEPTEMBER, TENANTS, YOUTH, build_notes
from .demo_sketch import build_canvas

DOSSIER_ID = "d-van-heekplein"
SEPTEMBER_ID = "m-2026-09"
NOVEMBER_ID = "m-2026-11"

# Strong, distinct colours that stay apart on a washed-out projector.
THEMES = [
    ("groen", "Groen", "#2e7d32"),
    ("spelen", "Spelen", "#ef6c00"),
    ("veiligheid", "Veiligheid", "#c62828"),
    ("verkeer", "Verkeer en parkeren", "#1565c0"),
    ("geluid", "Geluid", "#6a1b9a"),
    ("beheer", "Beheer", "#00838f"),
]

FRAME = Frame(
    open=[
        "De indeling van het park: paden, open veld, ontmoetingsplekken",
        "Waar de speelplek komt en voor welke leeftijden",
        "Bankjes en andere plekken om te zitten",
        "Beplanting: bomen, struiken, bloemen",
        "Wie meehelpt met het beheer, en hoe",
    ],
    fixed=[
        "Budget: € 80.000 voor aanleg en drie jaar onderhoud (raadsbesluit 2024)",
        "Het terrein gaat in 2031 terug naar woningbouw: alles is tijdelijk of verplaatsbaar",
        "De strook aan de Lindelaan blijft vrij voor de brandweer",
        "Er komen geen extra parkeerplaatsen op het terrein",
    ],
)


def build_demo_dossier() -> Dossier:
    """A realistic, Dutch, fully fictional dossier with two meetings, 35 notes and a sketch."""
    return Dossier(
        id=DOSSIER_ID,
        title="Tijdelijk park Van Heekplein",
        area="Lindenhof, stadsdeel Noord",
        description=(
            "Op het braakliggende terrein aan het Van Heekplein komt een tijdelijk park, tot de "
            "woningbouw in 2031 begint. Omwonenden, Basisschool De Linde, de huurdersvereniging "
            "en ondernemers denken mee over de inrichting en het beheer."
        ),
        history=(
            "In 2019 is de oude textielfabriek gesloopt. De sloop gaf maanden stof- en "
            "geluidsoverlast, en de beloofde informatie over asbest kwam pas na een jaar: dat zit "
            "veel bewoners nog dwars. In 2022 is een plan voor een tijdelijk parkeerterrein na "
            "bezwaren uit de buurt ingetrokken. Sindsdien staan er bouwhekken. In 2024 besloot de "
            "gemeenteraad het terrein tot de woningbouw als tijdelijk park in te richten, samen "
            "met de buurt."
        ),
        retention_until=date(2033, 12, 31),
        house_style=HouseStyle(
            municipality="Gemeente Lindeveen",
            accent="#00557f",
            contact="Wijkteam Noord · wijknoord@lindeveen.example · telefoon 14 053",
        ),
        people=_people(),
        promises=_promises(),
        meetings=[_september(), _november()],
    )


def _people() -> list[Person]:
    return [
        Person("p-ozdemir", "Ayşe Özdemir", PARKSTRAAT, "a.ozdemir@example.nl", "06-12345671", True),
        Person("p-wisniewski", "Piotr Wiśniewski", "Lindelaan", "piotr.w@example.com", "06-12345672", True),
        Person("p-ahmed", "Fatima Ahmed", TENANTS, "f.ahmed@example.nl", "06-12345673", True),
        Person("p-vandermeer", "Joost van der Meer", PARKSTRAAT, "jvdmeer@example.nl", "053-4301234", False),
        Person("p-bakker", "Sanne Bakker", SCHOOL, "directie@delinde.example.nl", "053-4305678", True),
        Person("p-elamrani", "Youssef El Amrani", "Café De Zwaan", "info@dezwaan.example.nl", None, True),
        Person("p-jansen", "Gerda Jansen", "Schoolstraat", None, "06-12345677", False),
        Person("p-nguyen", "Linh Nguyen", YOUTH, "linh@deschakel.example.nl", "06-12345678", True),
    ]


def _themes(meeting_key: str) -> list[Theme]:
    # Themes belong to a meeting; ids are dossier-wide, so each evening has its own.
    return [Theme(f"t-{meeting_key}-{key}", name, color) for key, name, color in THEMES]


def _september() -> Meeting:
    key = "09"
    return Meeting(
        id=SEPTEMBER_ID,
        title="Eerste bewonersavond: wat vindt u belangrijk?",
        starts_at=datetime(2026, 9, 17, 19, 30),
        venue="Buurthuis De Schakel, Lindelaan 12",
        question="Hoe richten we het braakliggende terrein aan het Van Heekplein tot 2031 in als "
        "tijdelijk park, zodat de buurt er iets aan heeft?",
        phase=Phase.CLOSE,
        frame=FRAME,
        agenda=[
            AgendaBlock("Welkom en kennismaking", 10),
            AgendaBlock("Wat ligt vast en wat niet: de kaders", 15),
            AgendaBlock("Eerst alles op de muur: zorgen, vragen en ideeën", 40),
            AgendaBlock("Bespreken en beantwoorden", 35),
            AgendaBlock("Hoe verder, en hoe vond u de avond?", 10),
        ],
        themes=_themes(key),
        notes=build_notes(key, SEPTEMBER, datetime(2026, 9, 17, 19, 58)),
        attendance=Attendance(
            count=46,
            by_group={
                PARKSTRAAT: 14,
                "Lindelaan": 8,
                "Schoolstraat": 6,
                TENANTS: 9,
                SCHOOL: 4,
                "Ondernemers": 2,
                "Overig": 3,
            },
        ),
        evaluation=Evaluation(
            scores={1: 1, 2: 3, 3: 9, 4: 17, 5: 8},
            remarks=[
                "Fijn dat alles op het scherm kwam, ook mijn punt.",
                "Te weinig tijd voor de vragen over verkeer.",
                "Goed dat het in het buurthuis was en niet op het stadhuis.",
                "Graag de volgende keer iemand die Turks of Arabisch kan vertalen.",
                "Eindelijk wordt er geluisterd. Nu nog zien of het ook gebeurt.",
            ],
        ),
        expected_groups=[PARKSTRAAT, "Lindelaan", "Schoolstraat", TENANTS, SCHOOL, "Ondernemers"],
        summary=(
            "Zo'n 46 buurtbewoners, de school en het café kwamen naar het buurthuis. Er kwamen 14 "
            "punten op tafel, vooral over verkeer bij de school, veiligheid in het donker, overlast "
            "'s avonds en het beheer. Het idee van een speelplek voor jong en oud kreeg de meeste steun."
        ),
        next_steps=(
            "Op 26 november laten we twee schetsen zien op Basisschool De Linde. Vragen of ideeën "
            "in de tussentijd: wijknoord@lindeveen.example of bel 14 053."
        ),
    )


def _november() -> Meeting:
    key = "11"
    return Meeting(
        id=NOVEMBER_ID,
        title="Tweede bewonersavond: twee schetsen",
        starts_at=datetime(2026, 11, 26, 19, 30),
        venue="Aula Basisschool De Linde, Schoolstraat 3",
        question="Welke indeling heeft de voorkeur: de speelplek aan de Parkstraat (A) of in het midden (B)?",
        phase=Phase.DISCUSS,
        frame=FRAME,
        agenda=[
            AgendaBlock("Welkom en terugblik: wat is er met de toezeggingen gebeurd?", 15),
            AgendaBlock("Twee schetsen: alternatief A en B", 20),
            AgendaBlock("Eerst alles op de muur: reacties op de schetsen", 30),
            AgendaBlock("Pauze, koffie van Café De Zwaan", 10),
            AgendaBlock("Bespreken en stemmen met stickers", 25),
            AgendaBlock("Afspraken en evaluatie", 10),
        ],
        themes=_themes(key),
        notes=build_notes(key, NOVEMBER, datetime(2026, 11, 26, 20, 5)),
        attendance=Attendance(
            count=38,
            by_group={
                PARKSTRAAT: 11,
                "Lindelaan": 6,
                "Schoolstraat": 5,
                TENANTS: 7,
                SCHOOL: 5,
                YOUTH: 2,
                "Overig": 2,
            },
        ),
        canvases=[build_canvas(key)],
        expected_groups=[PARKSTRAAT, "Lindelaan", "Schoolstraat", TENANTS, SCHOOL, YOUTH, "Café De Zwaan"],
        next_steps=(
            "In januari kiezen we, met uw reacties, één ontwerp. In maart begint de aanleg. "
            "Het verslag van deze avond krijgt u binnen twee weken."
        ),
    )


def _promise(
    number: int,
    meeting_id: str,
    text: str,
    owner: str,
    due: date,
    notes: list[str],
    status: PromiseStatus = PromiseStatus.OPEN,
    updates: list[tuple[datetime, str]] | None = None,
) -> Promise:
    return Promise(
        id=f"a-{number:02d}",
        meeting_id=meeting_id,
        text=text,
        owner=owner,
        due=due,
        status=status,
        note_ids=notes,
        updates=[PromiseUpdate(at, update) for at, update in updates or []],
    )


def _promises() -> list[Promise]:
    done, dropped = PromiseStatus.DONE, PromiseStatus.DROPPED
    return [
        _promise(
            1,
            SEPTEMBER_ID,
            "Verkeer tellen in de Schoolstraat bij het halen en brengen, en een voorstel doen voor "
            "een kiss-and-ride-strook",
            "Team Verkeer",
            date(2026, 10, 31),
            ["n-09-01"],
            done,
            [
                (
                    datetime(2026, 10, 9, 10, 0),
                    "Geteld op 6 en 8 oktober: 64 auto's in het drukste kwartier.",
                ),
                (datetime(2026, 11, 4, 16, 30), "Voorstel besproken met De Linde; uitvoering voorjaar 2027."),
            ],
        ),
        _promise(
            2,
            SEPTEMBER_ID,
            "Het bodemonderzoek (asbest) openbaar maken en op de volgende avond toelichten",
            "Team Bodem, Omgevingsdienst",
            date(2026, 10, 15),
            ["n-09-02"],
            done,
            [
                (
                    datetime(2026, 10, 12, 9, 15),
                    "Rapport op de website: geen asbest boven de norm in de bovenlaag.",
                )
            ],
        ),
        _promise(
            3,
            SEPTEMBER_ID,
            "Afspraken maken met het jongerenwerk en handhaving over hangplekken en avondrust",
            "Wijkmanager Noord",
            date(2026, 12, 15),
            ["n-09-04"],
            updates=[
                (
                    datetime(2026, 11, 10, 14, 0),
                    "Eerste overleg met Jongerenwerk De Schakel; handhaving sluit in december aan.",
                )
            ],
        ),
        _promise(
            4,
            SEPTEMBER_ID,
            "Een beheerplan opstellen voor het tijdelijke park: maaien, afval, speeltoestellen",
            "Team Openbare Ruimte",
            date(2027, 1, 31),
            ["n-09-06"],
        ),
        _promise(
            5,
            SEPTEMBER_ID,
            "Met de huurdersvereniging uitzoeken waar moestuinbakken kunnen en wie ze verzorgt",
            "Wijkmanager Noord",
            date(2026, 12, 1),
            ["n-09-08"],
        ),
        _promise(
            6,
            SEPTEMBER_ID,
            "Een watertappunt bij de moestuinbakken onderzoeken",
            "Team Openbare Ruimte",
            date(2026, 11, 1),
            ["n-09-08"],
            dropped,
            [
                (
                    datetime(2026, 10, 28, 11, 0),
                    "Een wateraansluiting is op een tijdelijk terrein te duur; in plaats daarvan "
                    "komen er regentonnen.",
                )
            ],
        ),
        _promise(
            7,
            SEPTEMBER_ID,
            "Extra straatverlichting in de Schoolstraat",
            "Team Openbare Verlichting",
            date(2026, 11, 15),
            ["n-09-10"],
            done,
            [(datetime(2026, 11, 12, 15, 45), "Twee extra lichtmasten geplaatst op 12 november.")],
        ),
        _promise(
            8,
            NOVEMBER_ID,
            "Extra afvalbakken plaatsen en het ophaalschema rond het park aanpassen",
            "Team Afval en Reiniging",
            date(2027, 2, 15),
            ["n-11-07"],
        ),
        _promise(
            9,
            NOVEMBER_ID,
            "Een beheerafspraak voorbereiden met een beheergroep van bewoners",
            "Wijkmanager Noord",
            date(2027, 3, 1),
            ["n-11-13", "n-09-06"],
        ),
    ]

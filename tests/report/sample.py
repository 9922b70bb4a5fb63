"""A realistic dossier for report tests: a mixed neighbourhood, two evenings, a sketch."""

from __future__ import annotations

import math
from array import array
from datetime import date, datetime

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Background,
    BackgroundKind,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Label,
    NoteKind,
    NoteStatus,
    Pin,
    PromiseStatus,
    Sticky,
    Stroke,
    StrokeTool,
)
from bricoleur_desk.resources import resource_path
from tests.samples import DossierBuilder

NOTE_TEXTS = [
    (
        "verkeer",
        NoteKind.CONCERN,
        "Er wordt te hard gereden in de Kerkstraat, vooral 's ochtends als de kinderen naar school gaan.",
    ),
    ("verkeer", NoteKind.QUESTION, "Komt er een extra oversteekplaats bij de Jumbo?"),
    (
        "groen",
        NoteKind.CONCERN,
        "De drie lindes op het plein moeten blijven staan 🌳 — ze zijn ouder dan de wijk.",
    ),
    ("groen", NoteKind.IDEA, "Maak van het braakliggende stuk een buurttuin met moestuinbakken."),
    ("veiligheid", NoteKind.CONCERN, "Het fietspad langs de Molenweg is 's avonds slecht verlicht."),
    ("verkeer", NoteKind.CONCERN, "Parkeerdruk: bezoekers van de sportschool parkeren in onze straat."),
    ("geluid", NoteKind.QUESTION, "Hoe lang gaat de bouw duren en op welke uren mag er geheid worden?"),
    ("groen", NoteKind.CONCERN, "Eşim ve ben ağaçların kesilmesinden endişeliyiz (İlknur, Ağaçlı sokak)."),
    ("veiligheid", NoteKind.IDEA, "Een buurtapp-groep met de wijkagent, zoals in Zuid."),
    ("geluid", NoteKind.CONCERN, "Uwaga: hałas z budowy — łączy się z nocną zmianą, śpię w dzień."),
    (None, NoteKind.QUESTION, "Waarom is de informatieavond niet in het buurthuis maar hier?"),
    ("verkeer", NoteKind.IDEA, "Maak de Kerkstraat een fietsstraat: auto te gast."),
    ("groen", NoteKind.CONCERN, "نريد حديقة للأطفال قرب المدرسة"),
    ("veiligheid", NoteKind.CONCERN, "Let op: <b>vet</b> & cursief mag hier gewoon letterlijk staan."),
]


def _strokes(seed: int, count: int, width: float, height: float) -> list[Stroke]:
    strokes = []
    for i in range(count):
        cx = width * (0.15 + 0.7 * ((i * 37 + seed * 11) % 100) / 100)
        cy = height * (0.15 + 0.7 * ((i * 53 + seed * 7) % 100) / 100)
        flat = array("f")
        for k in range(40):
            a = k / 39 * math.pi * 1.5 + i
            flat.extend((cx + 60 * math.cos(a) + k * 2, cy + 40 * math.sin(a), 0.7))
        tool = StrokeTool.HIGHLIGHTER if i % 7 == 3 else StrokeTool.PEN
        color = "#ffd400" if tool == StrokeTool.HIGHLIGHTER else ("#c0392b" if i % 3 == 0 else "#1f1f1f")
        strokes.append(Stroke(id=f"st{seed}-{i}", points=flat, tool=tool, color=color, width=4.0))
    return strokes


def sample_dossier() -> Dossier:
    """Two evenings in Kerkbuurt-Oost; the second one is the one the report is about."""
    sample = DossierBuilder(
        "Herinrichting Kerkbuurt-Oost",
        id="d1",
        area="Kerkbuurt-Oost",
        house_style=HouseStyle(
            municipality="Gemeente Bricoleurwaard",
            accent="#00557f",
            contact="Vragen? Mail kerkbuurt@bricoleurwaard.example of bel 14 020",
        ),
    )
    people = [
        sample.person(
            "p1",
            "Annelies van der Berg",
            group="Kerkstraat",
            email="annelies@example.nl",
            phone="06-12345678",
            consent_contact=True,
        ),
        sample.person(
            "p2",
            "Mehmet Yılmaz",
            group="Molenweg",
            email="m.yilmaz@example.com",
            phone="+31 6 2345 6789",
            consent_contact=True,
        ),
        sample.person("p3", "Agnieszka Wiśniewska", group="Huurdersvereniging", phone="0201234567"),
        sample.person(
            "p4",
            "Joost Hendriks",
            group="Gemeente, team Verkeer",
            email="j.hendriks@gemeente.example",
            phone="14 020",
            consent_contact=True,
        ),
    ]
    sample.meeting(
        "m1", "Eerste bewonersavond Kerkbuurt-Oost", datetime(2026, 9, 15, 19, 30), venue="Buurthuis De Linde"
    )
    meeting = sample.meeting(
        "m2",
        "Tweede bewonersavond: het plein en de Kerkstraat",
        datetime(2026, 11, 24, 19, 30),
        venue="Basisschool De Regenboog, aula",
        question="Hoe richten we het plein en de Kerkstraat in, zodat het veilig, groen en levendig wordt?",
        frame=Frame(
            open=[
                "De inrichting van het plein: bankjes, spelen, groen",
                "Waar de oversteekplaatsen komen",
                "De naam van het plein",
            ],
            fixed=[
                "Het aantal woningen (120): vastgelegd in het bestemmingsplan van 2024",
                "Het budget van € 1,2 miljoen: besluit van de gemeenteraad",
                "De busroute blijft via de Molenweg, omdat de vervoerder dat eist",
            ],
        ),
        agenda=[
            AgendaBlock("Welkom en uitleg van de kaders", 15),
            AgendaBlock("Alles eerst opschrijven", 30),
            AgendaBlock("Pauze", 10),
            AgendaBlock("Bespreken en schetsen", 45),
            AgendaBlock("Evaluatie en afspraken", 15),
        ],
        attendance=Attendance(
            43, {"Kerkstraat": 14, "Molenweg": 9, "Huurdersvereniging": 6, "Ondernemers": 4, "Overig": 10}
        ),
        evaluation=Evaluation(
            {1: 1, 2: 2, 3: 7, 4: 15, 5: 9},
            [
                "Fijn dat alles eerst op de muur kwam.",
                "Graag de volgende keer eerder beginnen.",
                "Çok güzel bir akşamdı, teşekkürler!",
            ],
        ),
        summary=(
            "Op 24 november spraken 43 bewoners, ondernemers en de huurdersvereniging over de inrichting van "
            "het plein en de Kerkstraat. Verkeersveiligheid en het behoud van de lindes waren de grootste "
            "zorgen. De gemeente zoekt drie punten uit en komt daar in februari op terug."
        ),
        next_steps=(
            "In januari werkt het ontwerpbureau de schetsen uit tot twee varianten. Op de derde avond, "
            "in maart, kiezen we samen. U kunt tot 15 januari nog reageren."
        ),
    )
    sample.theme("verkeer", "Verkeer en parkeren", "#c0392b")
    sample.theme("groen", "Groen en spelen", "#2e8b57")
    sample.theme("veiligheid", "Veiligheid", "#8e44ad")
    sample.theme("geluid", "Geluid en bouwoverlast", "#d68910")
    for i, (theme, kind, text) in enumerate(NOTE_TEXTS, start=1):
        sample.note(
            text,
            kind=kind,
            theme_id=theme,
            raised_by_group=["Kerkstraat", "Molenweg", None, "Huurdersvereniging"][i % 4],
            raised_by=people[i % 3].id,
            votes=(i * 7) % 11,
        )
    notes = meeting.notes
    notes[0].status, notes[0].answer = NoteStatus.INVESTIGATE, None
    notes[1].status, notes[1].answer = (
        NoteStatus.ANSWERED,
        "Ja, die komt in het definitieve ontwerp, ter hoogte van nummer 40.",
    )
    notes[2].status = NoteStatus.INVESTIGATE
    notes[4].status, notes[4].answer = (
        NoteStatus.ANSWERED,
        "De verlichting wordt in het voorjaar vervangen door ledlampen.",
    )
    notes[5].status, notes[5].merged_into = NoteStatus.MERGED, "n1"
    notes[6].status, notes[6].answer = (
        NoteStatus.OUT_OF_FRAME,
        "de bouwtijden zijn vastgelegd in de omgevingsvergunning (7:00-19:00).",
    )
    notes[6].internal_remark = "Navragen bij Hendriks of heien op zaterdag echt uitgesloten is."
    notes[10].status, notes[10].answer = NoteStatus.ANSWERED, "Het buurthuis was die week verbouwd."
    map_png = resource_path("sample", "van-heekplein-map.png").read_bytes()
    square = sample.canvas(
        "c1",
        "Het plein: bestaande situatie",
        width=2000,
        height=1500,
        background=Background(BackgroundKind.IMAGE, "image/png", map_png),
    )
    sample.sheet(
        square,
        "s1",
        "Variant A: groen plein",
        strokes=_strokes(1, 30, 2000, 1500),
        stickies=[Sticky("k1", "Hier een bankje in de schaduw", 600, 400)],
        labels=[Label("l1", "speelplek", 900, 700, size=40)],
        pins=[
            Pin("pin1", "n1", 400, 300),
            Pin("pin2", "n3", 1200, 800),
            Pin("pin3", "n5", 1500, 1100),
        ],
    )
    sample.sheet(square, "s2", "Variant B: parkeren", visible=False, strokes=_strokes(2, 10, 2000, 1500))
    street = sample.canvas(
        "c2",
        "Kerkstraat als fietsstraat",
        width=1600,
        height=1000,
        background=Background(BackgroundKind.GRID),
    )
    sample.sheet(
        street, "s3", "Schets", strokes=_strokes(3, 12, 1600, 1000), pins=[Pin("pin4", "n12", 800, 500)]
    )
    sample.promise(
        "pr1",
        "m1",
        "Verkeerstelling in de Kerkstraat uitvoeren",
        owner="Joost Hendriks",
        due=date(2026, 10, 31),
    )
    sample.promise(
        "pr2",
        "m1",
        "Informatie over de bomen op de website zetten",
        owner="Team Communicatie",
        due=date(2026, 10, 1),
        status=PromiseStatus.DONE,
    )
    sample.promise(
        "pr3",
        "m2",
        "Uitzoeken of de lindes kunnen blijven staan",
        owner="Afdeling Groen",
        due=date(2027, 2, 1),
        note_ids=["n3"],
    )
    sample.promise(
        "pr4",
        "m2",
        "Snelheidsmetingen en advies over drempels",
        owner="Joost Hendriks",
        due=date(2027, 2, 15),
        note_ids=["n1"],
    )
    sample.promise(
        "pr5",
        "m2",
        "Verslag van deze avond naar alle aanwezigen sturen",
        owner="Team Communicatie",
        due=date(2026, 12, 8),
    )
    return sample.build()

"""The demo dossier's notes: what residents of the Van Heekplein said, in their own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain.model import Note, NoteKind, NoteStatus

CONCERN, QUESTION, IDEA = NoteKind.CONCERN, NoteKind.QUESTION, NoteKind.IDEA
OPEN, ANSWERED, INVESTIGATE = NoteStatus.OPEN, NoteStatus.ANSWERED, NoteStatus.INVESTIGATE
OUT_OF_FRAME, MERGED = NoteStatus.OUT_OF_FRAME, NoteStatus.MERGED

PARKSTRAAT = "Parkstraat"
LINDELAAN = "Lindelaan"
SCHOOLSTRAAT = "Schoolstraat"
TENANTS = "Huurdersvereniging Lindenhof"
SCHOOL = "Basisschool De Linde"
YOUTH = "Jongerenwerk De Schakel"
CAFE = "Café De Zwaan"


@dataclass(frozen=True)
class DemoNote:
    """One line of the tables below; ``merged_into`` is the number of the note it joined."""

    kind: NoteKind
    theme: str
    text: str
    group: str | None = None
    person: str | None = None
    status: NoteStatus = OPEN
    answer: str | None = None
    votes: int = 0
    merged_into: int | None = None
    remark: str | None = None


SEPTEMBER = [
    DemoNote(
        CONCERN,
        "verkeer",
        "Bij het halen en brengen van de school staan de auto's dubbel geparkeerd in de Schoolstraat. "
        "Als er een park komt, wordt dat alleen maar drukker.",
        group=SCHOOLSTRAAT,
        status=INVESTIGATE,
        votes=12,
    ),
    DemoNote(
        QUESTION,
        "veiligheid",
        "Zit er nog asbest in de grond? Bij de sloop in 2019 hebben we daar nooit meer iets over gehoord.",
        group=PARKSTRAAT,
        person="p-vandermeer",
        status=INVESTIGATE,
        remark="Dhr. Van der Meer diende in 2019 een klacht in over de sloop; persoonlijk terugbellen.",
    ),
    DemoNote(
        IDEA,
        "groen",
        "Laat de grote wilg bij de Hofstraat staan, die is ouder dan de fabriek was.",
        group=PARKSTRAAT,
        status=ANSWERED,
        answer="De wilg blijft staan: hij staat op de lijst met waardevolle bomen.",
        votes=9,
    ),
    DemoNote(
        CONCERN,
        "geluid",
        "Als hier 's avonds jongeren gaan hangen met scooters, slapen wij niet meer. "
        "Dat hadden we vroeger bij het oude schoolplein ook.",
        group=PARKSTRAAT,
        status=INVESTIGATE,
        votes=7,
    ),
    DemoNote(
        IDEA,
        "spelen",
        "Een speelplek voor de kleintjes, maar ook iets voor tieners: een pannakooi of een basketbalveldje.",
        group=TENANTS,
        status=ANSWERED,
        answer="Nemen we mee in de twee schetsen voor de volgende avond.",
        votes=14,
    ),
    DemoNote(
        QUESTION,
        "beheer",
        "Wie gaat het onderhouden? Het grasveld aan de Molenstraat wordt maar twee keer per jaar gemaaid.",
        group=LINDELAAN,
        person="p-wisniewski",
        status=INVESTIGATE,
    ),
    DemoNote(
        CONCERN,
        "verkeer",
        "Waar moeten bezoekers van het park parkeren? Er is nu al geen plek in de Lindelaan.",
        group=LINDELAAN,
        status=ANSWERED,
        answer="Het park is voor de buurt, te voet of met de fiets. Er komen fietsenrekken, "
        "geen extra parkeerplaatsen.",
        votes=5,
    ),
    DemoNote(
        IDEA,
        "groen",
        "Moestuinbakken voor de buurt, dan hebben de mensen in de flats ook een tuin.",
        group=TENANTS,
        person="p-ahmed",
        status=INVESTIGATE,
        votes=11,
    ),
    DemoNote(
        QUESTION,
        "verkeer",
        "Kan er niet gewoon een parkeergarage onder? Dan zijn we meteen van het parkeerprobleem af.",
        status=OUT_OF_FRAME,
        answer="Valt buiten de kaders: het terrein gaat in 2031 terug naar woningbouw en een "
        "parkeergarage past niet in het budget van € 80.000. Het parkeren in de wijk komt terug "
        "in het plan voor de woningbouw.",
        votes=3,
    ),
    DemoNote(
        CONCERN,
        "veiligheid",
        "De Schoolstraat is 's avonds heel donker. Mijn dochter durft daar niet langs.",
        group=SCHOOLSTRAAT,
        person="p-jansen",
        status=INVESTIGATE,
        votes=10,
    ),
    DemoNote(
        CONCERN,
        "veiligheid",
        "Het is ook echt te donker bij het hek aan de Schoolstraat.",
        group=SCHOOLSTRAAT,
        status=MERGED,
        merged_into=10,
    ),
    DemoNote(
        IDEA,
        "spelen",
        "Vraag het de kinderen van De Linde, die weten precies wat ze willen.",
        group=SCHOOL,
        person="p-bakker",
        status=ANSWERED,
        answer="Groep 6 en 7 maken in oktober tekeningen; die hangen op de volgende avond.",
        votes=8,
    ),
    DemoNote(
        QUESTION,
        "beheer",
        "Blijven de bouwhekken staan tot het park er is?",
        status=ANSWERED,
        answer="Nee, de hekken gaan weg zodra het terrein is geëgaliseerd (januari).",
    ),
    DemoNote(
        IDEA,
        "beheer",
        "Wij kunnen in de zomer een koffiekar neerzetten, dan houden we meteen een oogje in het zeil.",
        group=CAFE,
        person="p-elamrani",
        votes=6,
    ),
]

NOVEMBER = [
    DemoNote(
        IDEA,
        "spelen",
        "Speelplek aan de Parkstraat is fijn, dan kunnen we vanuit huis meekijken.",
        group=PARKSTRAAT,
        person="p-ozdemir",
        votes=9,
    ),
    DemoNote(
        CONCERN,
        "geluid",
        "Een speelplek aan de Parkstraat betekent juist lawaai vlak onder onze ramen.",
        group=PARKSTRAAT,
        votes=7,
    ),
    DemoNote(
        IDEA,
        "spelen",
        "In het midden is veiliger: verder van de straat, dan rennen de kinderen niet zo snel de weg op.",
        group=SCHOOL,
        votes=12,
    ),
    DemoNote(
        QUESTION,
        "veiligheid",
        "Komt er een hek om de speelplek? Anders lopen de honden er dwars doorheen.",
        status=ANSWERED,
        answer="Ja, een laag hek met een klaphek. Honden blijven buiten de speelplek.",
    ),
    DemoNote(
        CONCERN,
        "verkeer",
        "De brandweer moet er toch altijd langs kunnen? Niet dat er straks bomen in de weg staan.",
        group=LINDELAAN,
        status=ANSWERED,
        answer="Klopt: de strook aan de Lindelaan blijft vrij voor de brandweer. Daar komen geen "
        "bomen of bankjes.",
    ),
    DemoNote(
        IDEA,
        "groen",
        "Een bloemenweide in plaats van gras: goed voor de bijen en minder maaien.",
        votes=15,
    ),
    DemoNote(
        QUESTION,
        "beheer",
        "Wie ruimt het afval op? Nu al liggen er elke maandag zakken naast de glasbak.",
        group=TENANTS,
        status=INVESTIGATE,
        votes=6,
    ),
    DemoNote(
        CONCERN,
        "veiligheid",
        "Bij alternatief B is de speelplek vanaf de straat niet te zien. Dan gebeurt er van alles "
        "achter de struiken.",
        group=TENANTS,
        votes=5,
    ),
    DemoNote(
        IDEA,
        "groen",
        "Bankjes in de schaduw bij de bomen, niet in de volle zon. Denk ook aan de ouderen!",
        group=TENANTS,
        person="p-ahmed",
        votes=10,
    ),
    DemoNote(
        QUESTION,
        "verkeer",
        "Komen er fietsenrekken? Nu staan de fietsen overal tegen de gevels.",
        status=ANSWERED,
        answer="Ja, bij beide ingangen: aan de Parkstraat en aan de Schoolstraat.",
    ),
    DemoNote(
        CONCERN,
        "geluid",
        "Geen basketbalveld naast de Parkstraat: dat gebonk gaat door tot elf uur 's avonds.",
        group=PARKSTRAAT,
        person="p-vandermeer",
        votes=6,
    ),
    DemoNote(
        IDEA,
        "spelen",
        "Een natuurspeelplek met boomstammen en zand, geen plastic toestellen. Past ook bij tijdelijk: "
        "het kan straks mee naar een andere plek.",
        group=SCHOOL,
        person="p-bakker",
        votes=13,
    ),
    DemoNote(
        QUESTION,
        "beheer",
        "Kan de buurt zelf een deel beheren? Wij willen wel een beheergroep opzetten.",
        group=PARKSTRAAT,
        person="p-ozdemir",
        status=INVESTIGATE,
        votes=8,
    ),
    DemoNote(
        CONCERN,
        "beheer",
        "Één ding: kom deze keer wél terug met wat er met onze punten gebeurt. Na de sloop hoorden "
        "we maandenlang niks.",
        group=PARKSTRAAT,
        status=ANSWERED,
        answer="Terecht. Binnen twee weken na elke avond krijgt u het verslag, met alle "
        "toezeggingen, wie ze oppakt en wanneer.",
        votes=11,
    ),
    DemoNote(
        IDEA,
        "verkeer",
        "Maak van de Schoolstraat een echte schoolstraat: bij begin en eind van de school dicht voor auto's.",
        group=SCHOOL,
        votes=8,
    ),
    DemoNote(
        CONCERN,
        "veiligheid",
        "Zorg voor goede verlichting op de paden, maar niet recht in onze slaapkamers.",
        group=LINDELAAN,
        person="p-wisniewski",
        votes=4,
    ),
    DemoNote(
        QUESTION,
        "groen",
        "Mogen de bomen straks mee naar een andere plek als de woningen komen?",
        status=ANSWERED,
        answer="Ja. We planten verplantbare maten; in 2031 gaan ze naar het Molenpark.",
    ),
    DemoNote(
        IDEA,
        "spelen",
        "Een plek voor tieners met een overkapping, zodat ze niet bij de portieken hoeven te hangen.",
        group=YOUTH,
        person="p-nguyen",
        votes=4,
    ),
    DemoNote(
        CONCERN,
        "veiligheid",
        "Alternatief B: de speelplek ligt helemaal uit het zicht van de huizen.",
        group=PARKSTRAAT,
        status=MERGED,
        merged_into=8,
    ),
    DemoNote(
        QUESTION,
        "geluid",
        "Mag hier in de zomer een buurtfeest, samen met de moskee en de school? "
        "Wie doet de coördinatie van de vergunning?",
        group=TENANTS,
    ),
    DemoNote(
        IDEA,
        "groen",
        "Plant fruitbomen, appels en pruimen, dan hebben de kinderen er ook wat aan.",
        votes=3,
    ),
]


def build_notes(meeting_key: str, rows: list[DemoNote], first_at: datetime) -> list[Note]:
    """Notes numbered 1, 2, ... with ids ``n-<meeting_key>-01``, written three minutes apart."""

    def note_id(number: int) -> str:
        return f"n-{meeting_key}-{number:02d}"

    return [
        Note(
            id=note_id(number),
            number=number,
            text=row.text,
            kind=row.kind,
            theme_id=f"t-{meeting_key}-{row.theme}",
            raised_by=row.person,
            raised_by_group=row.group,
            status=row.status,
            answer=row.answer,
            merged_into=note_id(row.merged_into) if row.merged_into else None,
            votes=row.votes,
            created_at=first_at + timedelta(minutes=3 * (number - 1)),
            internal_remark=row.remark,
        )
        for number, row in enumerate(rows, start=1)
    ]

"""The held-out report set of issue 17, written to a dossier file as an evening leaves it.

1,000 notes of realistic length (most a sentence or three, some a long paragraph; answers and
internal remarks on many), 100 promises with updates, 20 maps, each its own 2,000 x 1,500 px
PNG, with 2,000 pen strokes of 60 points. Heavier than ``bench_report.big_dossier``: the notes
are longer, every map is a different image, and the report starts from the file.
"""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from bricoleur_desk.domain.model import (
    Background,
    BackgroundKind,
    Canvas,
    Dossier,
    Meeting,
    Note,
    NoteKind,
    NoteStatus,
    Person,
    Promise,
    PromiseUpdate,
    Sheet,
    Stroke,
    Theme,
)
from bricoleur_desk.resources import resource_path

from .strokes import make_strokes

PAGE = (2000.0, 1500.0)
SENTENCES = [
    "Het verkeer door de Kerkstraat is 's ochtends veel te druk voor de kinderen die naar school fietsen",
    "Waarom worden de lindes langs het plein gekapt terwijl ze nog gezond zijn",
    "Wij horen elke nacht het geluid van de bouwplaats, ook na tien uur",
    "Kan er een zebrapad komen bij de bushalte tegenover het buurthuis",
    "De stoep is na de werkzaamheden niet goed teruggelegd en er zijn al twee mensen gevallen",
    "Er is te weinig parkeerplaats voor bezoekers, vooral in het weekend",
    "Graag meer bankjes in de schaduw voor ouderen die hun boodschappen doen",
    "Het riool loopt bij zware regen over op de hoek van de Dorpsweg",
    "De containers voor plastic staan altijd vol en het afval waait over straat",
    "Kunnen de bewoners meepraten over welke bomen er terugkomen",
    "De verlichting in het park is kapot sinds de zomer en het voelt onveilig",
    "Wie betaalt het onderhoud van de speeltuin als de tijdelijke inrichting blijft",
    "Wij willen graag een moestuin op het braakliggende stuk achter de school",
    "Houd de fietsenstalling bij het station bereikbaar tijdens de bouw",
    "Het heien begint om zeven uur, dat is voor de nachtdienstwerkers in de straat onhoudbaar",
]


def note_text(rng: random.Random) -> str:
    """One to three sentences mostly, now and then a long story (up to ~15 sentences)."""
    count = rng.choice([1, 1, 2, 2, 2, 3, 3, 4]) if rng.random() > 0.08 else rng.randint(8, 15)
    return ". ".join(rng.choice(SENTENCES) for _ in range(count)) + "."


def map_png(index: int) -> bytes:
    """A 2000x1500 map: the demo map enlarged and cropped differently per index, with street names."""
    with Image.open(resource_path("sample", "van-heekplein-map.png")) as image:
        base = image.convert("RGB").resize((2000 + 40 * index, 1500 + 30 * index))
    big = base.crop((20 * index, 15 * index, 20 * index + 2000, 15 * index + 1500))
    draw = ImageDraw.Draw(big)
    rng = random.Random(index)
    for _ in range(40):
        x, y = rng.randrange(0, 1900), rng.randrange(0, 1480)
        draw.text((x, y), f"Straat {rng.randrange(1, 300)}", fill=(60, 60, 60))
    out = io.BytesIO()
    big.save(out, "PNG")
    return out.getvalue()


def heavy_dossier(strokes_per_map: int = 2000, maps: int = 20) -> tuple[Dossier, list[list[Stroke]]]:
    """The dossier and, per map, its strokes (for the Xournal++ peer)."""
    rng = random.Random(17)
    themes = [Theme(f"t{i}", f"Thema {i + 1}") for i in range(8)]
    people = [
        Person(f"person{i}", f"Voornaam{i} Achternaam{i}", group="Kerkstraat", email=f"p{i}@example.nl")
        for i in range(20)
    ]
    start = datetime(2026, 11, 24, 19, 30)
    notes = []
    for i in range(1, 1001):
        status = rng.choice(list(NoteStatus))
        answered = status != NoteStatus.OPEN
        notes.append(
            Note(
                f"n{i}",
                i,
                note_text(rng),
                rng.choice(list(NoteKind)),
                themes[i % 8].id if rng.random() > 0.05 else None,
                raised_by=rng.choice(people).id if rng.random() < 0.3 else None,
                raised_by_group=rng.choice(["Kerkstraat", "Dorpsweg", "Plein 3-17", None]),
                status=status,
                answer=note_text(rng) if answered else None,
                # n1 itself merged into n2: a note merged into itself is refused by the import
                merged_into=("n2" if i == 1 else "n1") if status == NoteStatus.MERGED else None,
                votes=rng.randint(0, 12),
                created_at=start + timedelta(seconds=8 * i),
                internal_remark=note_text(rng) if rng.random() < 0.2 else None,
            )
        )
    sets = [make_strokes(strokes_per_map, page=PAGE, seed=c + 101) for c in range(maps)]
    for c, strokes in enumerate(sets):
        for stroke in strokes:
            stroke.id = f"m{c}-{stroke.id}"  # stroke ids are unique in a dossier
    canvases = [
        Canvas(
            f"c{c}",
            f"Kaart {c + 1}",
            PAGE[0],
            PAGE[1],
            Background(BackgroundKind.IMAGE, "image/png", map_png(c)),
            [Sheet(f"s{c}", "Vel A", strokes=sets[c])],
        )
        for c in range(maps)
    ]
    meeting = Meeting("m1", "Grote bewonersavond", start, themes=themes, notes=notes, canvases=canvases)
    promises = [
        Promise(
            f"p{i}",
            "m1",
            f"Toezegging {i + 1}: " + note_text(rng),
            owner=rng.choice(["Team Verkeer", "Stadsbeheer", "Projectleider", None]),
            due=date(2027, 1, 1) + timedelta(days=i),
            note_ids=[f"n{rng.randint(1, 1000)}" for _ in range(rng.randint(0, 3))],
            updates=[
                PromiseUpdate(start + timedelta(days=d), note_text(rng)) for d in range(rng.randint(0, 2))
            ],
        )
        for i in range(100)
    ]
    dossier = Dossier("Groot dossier", meetings=[meeting], promises=promises, people=people)
    return dossier, sets


def write_heavy_dossier(path: Path) -> list[list[Stroke]]:
    """Write the held-out dossier to ``path`` (a new file); returns its strokes per map."""
    from bricoleur_desk.storage import create_dossier

    dossier, sets = heavy_dossier()
    create_dossier(path, dossier).close()
    return sets

"""A rich dossier touching every field and kind, and helpers to make files for storage tests."""

from __future__ import annotations

from array import array
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Background,
    BackgroundKind,
    ColleagueKind,
    ConsentWay,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Label,
    NoteKind,
    NoteStatus,
    Phase,
    Pin,
    PromiseStatus,
    PromiseUpdate,
    Sticky,
    Stroke,
    StrokeTool,
    WorkKind,
)
from tests.samples import DossierBuilder

# smallest valid PNG and a JPEG start: real image bytes, not text
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082"
)
JPEG_START = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(256)) * 4


def rich_dossier() -> Dossier:
    """Every kind and every field set to something other than its default."""
    points = array("f", [0.1, 0.2, 0.3, 1e-7, 3.4028234e38, 1.0, -5.5, -3.4028234e38, 0.0])
    sample = DossierBuilder(
        "Tijdelijk park Lindenplein",
        id="dos-1",
        area="Lindenbuurt",
        description="Een braakliggend kavel wordt voor vijf jaar een park.",
        history="In 2019 beloofde de gemeente bomen; die kwamen er niet.",
        retention_until=date(2031, 12, 31),
        house_style=HouseStyle(
            municipality="Gemeente Voorbeeld", logo_png=PNG_1PX, accent="#aa0000", contact="T 14 0"
        ),
    )
    sample.person(
        "p1",
        "Anna de Vries",
        group="Bewoners Lindenstraat",
        email="anna@example.nl",
        phone="06-1",
        consent_contact=True,
        consent_date=date(2026, 11, 26),
        consent_how=ConsentWay.SIGN_IN_SHEET,
    )
    sample.person("p2", "Bram")
    sample.stakeholder(
        "sh1", "Volkstuinvereniging De Linde", stake="Schaduw op de tuinen", spokesperson="Anna de Vries"
    )
    sample.stakeholder("sh2", "Basisschool De Linde")
    sample.colleague("col1", "Team Groen", kind=ColleagueKind.DEPARTMENT)
    sample.colleague("col2", "Joost Hendriks", department_id="col1", role="boomverzorger")
    sample.planned_work(
        "w1",
        "Herinrichting Lindenstraat",
        kind=WorkKind.PROJECT,
        period="voorjaar 2027",
        budget="€ 250.000",
        owner_id="col2",
        description="Riool en bestrating",
    )
    sample.promise(
        "pr1",
        "m1",
        "We laten de bomen terugkomen",
        owner="Team Groen",
        owner_id="col1",
        work_id="w1",
        due=date(2027, 3, 1),
        status=PromiseStatus.DONE,
        note_ids=["n1", "n2"],
        updates=[
            PromiseUpdate(datetime(2026, 11, 2, 10, 0), "Offerte aangevraagd"),
            PromiseUpdate(datetime(2026, 12, 1, 9, 30, 15, 123456), "Naïef tijdstip"),
        ],
    )
    sample.promise(
        "pr2", "m2", "Verkeerstelling", status=PromiseStatus.DROPPED, reason="Telling van vorig jaar volstaat"
    )
    sample.meeting(
        "m1",
        "Eerste avond",
        datetime(2026, 10, 14, 19, 30),
        venue="Buurthuis De Linde",
        question="Wat wilt u op het kavel?",
        phase=Phase.DISCUSS,
        frame=Frame(open=["inrichting", "speeltoestellen"], fixed=["budget € 80.000"]),
        agenda=[AgendaBlock("Welkom", 10), AgendaBlock("Inventarisatie", 45)],
        attendance=Attendance(count=42, by_group={"Lindenstraat": 12, "Ondernemers": 3}),
        evaluation=Evaluation(scores={1: 0, 2: 1, 3: 4, 4: 10, 5: 3}, remarks=["Fijne avond", "Te lang"]),
        expected_groups=["Lindenstraat", "School"],
        summary="Veel zorgen over verkeer.",
        introduction="Op 14 oktober spraken we over het kavel.",
        next_steps="We komen in maart terug.",
    )
    sample.theme("t1", "Verkeer", "#ff0000")
    sample.theme("t2", "Groen 🌳", "#00ff00")
    sample.note(
        "Er wordt te hard gereden\nop de hoek",
        kind=NoteKind.CONCERN,
        theme_id="t1",
        raised_by="p1",
        raised_by_group="Lindenstraat",
        status=NoteStatus.ANSWERED,
        answer="We plaatsen drempels",
        votes=7,
        created_at=datetime(2026, 10, 14, 19, 42, 3, tzinfo=UTC),
        internal_remark="Klacht loopt al sinds 2018",
        owner_id="col2",
        work_id="w1",
    )
    sample.note(
        "Waar komt de bank?",
        kind=NoteKind.QUESTION,
        status=NoteStatus.MERGED,
        merged_into="n1",
        created_at=datetime(2026, 10, 14, 19, 43),
    )
    sample.note("Een moestuin!", kind=NoteKind.IDEA, status=NoteStatus.OUT_OF_FRAME)
    map_canvas = sample.canvas(
        "c1",
        "Kaart",
        width=2048.5,
        height=1536.25,
        background=Background(BackgroundKind.IMAGE, "image/png", PNG_1PX),
    )
    sample.sheet(
        map_canvas,
        "s1",
        "Alternatief A",
        visible=False,
        opacity=0.35,
        locked=True,
        strokes=[
            Stroke("st1", points, StrokeTool.HIGHLIGHTER, "#123456", 12.5),
            Stroke("st2", array("f"), StrokeTool.PEN, "#000000", 0.1),
        ],
        stickies=[Sticky("sk1", "Hier een bank", 10.5, 20.25, "#ffcc00")],
        labels=[Label("lb1", "Speeltuin", 100.0, 200.0, "#333333", 24.0)],
        pins=[Pin("pin1", "n1", 300.125, 400.5)],
    )
    sample.sheet(map_canvas, "s2", "Alternatief B")
    sample.canvas("c2", "Leeg", background=Background(BackgroundKind.GRID))
    sample.meeting("m2", "Tweede avond", datetime(2027, 1, 20, 20, 0))
    return sample.build()


@pytest.fixture
def dossier() -> Dossier:
    return rich_dossier()


@pytest.fixture
def dossier_path(tmp_path: Path) -> Path:
    """A closed dossier file holding the rich dossier."""
    from bricoleur_desk.storage import create_dossier

    path = tmp_path / "lindenplein.bricoleur"
    create_dossier(path, rich_dossier()).close()
    return path

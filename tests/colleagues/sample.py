"""A dossier with a register inside the municipality: two departments, colleagues, planned works."""

from __future__ import annotations

from datetime import date, datetime

from bricoleur_desk.domain.model import (
    ColleagueKind,
    Dossier,
    NoteStatus,
    PromiseStatus,
    PromiseUpdate,
    WorkKind,
)
from tests.samples import DossierBuilder

TODAY = date(2026, 12, 10)
FIRST, SECOND = "avond-1", "avond-2"


def register_dossier() -> Dossier:
    sample = DossierBuilder("Schoolplein De Linde", id="dos-r")
    sample.person("pe1", "Anna de Vries", group="Lindestraat", email="anna@example.nl", phone="06-12345678")
    sample.colleague("verkeer", "Team Verkeer", kind=ColleagueKind.DEPARTMENT)
    sample.colleague("groen", "Team Groen", kind=ColleagueKind.DEPARTMENT)
    sample.colleague("sanne", "Sanne Bakker", department_id="verkeer", role="verkeerskundige")
    sample.colleague("wijk", "Wijkmanager Zuid", role="wijkmanager")  # in no department
    sample.planned_work(
        "riool", "Rioolvervanging Lindestraat", kind=WorkKind.WORK, period="najaar 2027", budget="€ 900.000",
        owner_id="verkeer",
    )  # fmt: skip
    sample.planned_work("vergroening", "Vergroeningsbudget Zuid", kind=WorkKind.BUDGET, period="2027")
    sample.meeting(FIRST, "Eerste avond", datetime(2026, 10, 1, 19, 30), venue="Buurthuis De Linde")
    sample.note(
        "Er wordt te hard gereden, vraag maar aan Anna de Vries (anna@example.nl)",
        raised_by="pe1",
        raised_by_group="Lindestraat",
        status=NoteStatus.INVESTIGATE,
        owner_id="sanne",
        work_id="riool",
        internal_remark="Speelt al sinds 2019",
    )
    sample.note("Meer bomen op het plein", raised_by_group="Ouders", status=NoteStatus.INVESTIGATE, owner_id="groen")
    sample.note("Waar blijft de zebra?", status=NoteStatus.INVESTIGATE)  # nobody owns it yet
    sample.note("Mooi plan", status=NoteStatus.ANSWERED, answer="Dank u")
    sample.note("Een bankje bij de speeltuin", status=NoteStatus.INVESTIGATE, owner_id="groen")  # promised and done
    sample.promise(
        "p-drempel", FIRST, "Drempels bekijken in de Lindestraat", owner="Sanne Bakker", owner_id="sanne",
        due=date(2026, 11, 1), note_ids=["n1"], work_id="riool",
        updates=[PromiseUpdate(datetime(2026, 10, 20, 9, 0), "Metingen gepland, bel 06-12345678")],
    )  # fmt: skip
    sample.promise("p-bomen", FIRST, "Plantplan rondsturen", owner="Team Groen", owner_id="groen", due=date(2027, 1, 15))
    sample.promise(
        "p-klaar", FIRST, "Bankje plaatsen", owner="Team Groen", owner_id="groen", status=PromiseStatus.DONE,
        note_ids=["n5"],
    )  # fmt: skip
    sample.promise("p-wijk", FIRST, "Beheergroep starten", owner="Wijkmanager Zuid", owner_id="wijk")
    sample.meeting(SECOND, "Tweede avond", datetime(2026, 12, 3, 19, 30))
    sample.note("Ook de Kerkstraat is gevaarlijk", id="n2-1", status=NoteStatus.INVESTIGATE, owner_id="verkeer")
    sample.promise("p-kerk", SECOND, "Kerkstraat meenemen", owner="Team Verkeer", owner_id="verkeer", due=date(2027, 2, 1))
    return sample.build()

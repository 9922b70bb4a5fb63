"""Two evenings about the Van Heekplein: promises made at the first, followed up at the second."""

from __future__ import annotations

from datetime import date, datetime

from bricoleur_desk.domain.model import Dossier, Phase, PromiseStatus, PromiseUpdate
from tests.samples import DossierBuilder

FIRST, SECOND = "avond-1", "avond-2"
BENCH, CROSSING, LIGHT, TREES = "p-bank", "p-oversteek", "p-licht", "p-bomen"
TODAY = date(2026, 12, 4)  # between the evenings: the lamp is overdue, the trees are not


def two_evenings() -> Dossier:
    """Evening 1 made four promises; by evening 2 one is done, one dropped, two still open."""
    sample = DossierBuilder("Van Heekplein opnieuw ingericht", area="Enschede centrum")
    sample.person("piet", "Piet de Vries", email="piet@example.nl")
    sample.meeting("avond-1", "Eerste bewonersavond Van Heekplein", datetime(2026, 10, 8, 19, 30))
    sample.note("Er staan geen bankjes bij de speeltuin", id="n-bank")
    sample.note("Oversteken bij de Oude Markt is gevaarlijk", id="n-oversteek")
    sample.meeting(
        SECOND, "Tweede bewonersavond Van Heekplein", datetime(2026, 12, 10, 19, 30), phase=Phase.PREPARE
    )
    sample.note("Wanneer komen de nieuwe bomen?", id="n-bomen-2")
    sample.promise(
        BENCH,
        FIRST,
        "Een bank bij de speeltuin plaatsen",
        owner="Team Openbare Ruimte",
        due=date(2026, 11, 30),
        status=PromiseStatus.DONE,
        note_ids=["n-bank"],
        updates=[
            PromiseUpdate(datetime(2026, 10, 20, 10, 0), "Bank besteld bij de leverancier"),
            PromiseUpdate(datetime(2026, 11, 24, 14, 0), "Gedaan: bank geplaatst naast de glijbaan"),
        ],
    )
    sample.promise(
        CROSSING,
        FIRST,
        "Een zebrapad bij de Oude Markt onderzoeken",
        owner="Verkeer",
        due=date(2026, 11, 15),
        status=PromiseStatus.DROPPED,
        reason="De provincie legt daar in 2027 een verkeerslicht aan; een zebrapad mag er dan niet komen",
        note_ids=["n-oversteek"],
        updates=[PromiseUpdate(datetime(2026, 10, 28, 9, 0), "Gevraagd aan de verkeersafdeling")],
    )
    sample.promise(
        LIGHT,
        FIRST,
        "Kapotte lantaarnpaal bij de fietsenstalling laten maken",
        owner="Team Openbare Ruimte",
        due=date(2026, 11, 1),
        updates=[PromiseUpdate(datetime(2026, 11, 3, 11, 0), "Melding gedaan bij Enexis")],
    )
    sample.promise(TREES, SECOND, "Plantplan voor de bomen rondsturen", owner="Groen", due=date(2027, 1, 15))
    return sample.build()

"""The register inside the municipality in the file and the JSON: owner texts become entries."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from bricoleur_desk.domain.model import ColleagueKind, Dossier, WorkKind
from bricoleur_desk.storage import create_dossier, open_dossier, sqlite_file
from bricoleur_desk.storage.interchange import dossier_from_json, dossier_to_json
from bricoleur_desk.storage.interchange_errors import InterchangeError
from bricoleur_desk.storage.migrate import MIGRATIONS
from tests.samples import DossierBuilder

from .conftest import rich_dossier


def _owners_dossier() -> Dossier:
    sample = DossierBuilder("Schoolplein", id="dos-o")
    sample.meeting("m1", "Avond", datetime(2026, 9, 1, 19, 30))
    sample.note("Te hard rijden")
    sample.promise("p1", "m1", "Drempels bekijken", owner="Team Verkeer", due=date(2026, 10, 1))
    sample.promise("p2", "m1", "Tellen", owner="  team   VERKEER ")  # the same team, typed again
    sample.promise("p3", "m1", "Bankje", owner="Joost Hendriks")
    sample.promise("p4", "m1", "Zonder eigenaar")
    sample.promise("p5", "m1", "Leeg", owner="   ")
    return sample.build()


def _downgrade_to_0003s(path: Path) -> None:
    """The file as the release before the register wrote it: later migrations undone."""
    from alembic import command
    from alembic.config import Config

    raw = sqlite_file.connect(path)
    sqlite_file.prepare_for_writing(raw)
    engine = sqlite_file.make_engine(raw)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with sqlite_file.foreign_keys_off(raw), engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003s")
    engine.dispose()
    sqlite_file.close(raw)


def test_migration_turns_owner_texts_into_register_entries_by_name(tmp_path: Path) -> None:
    path = tmp_path / "oud.bricoleur"
    create_dossier(path, _owners_dossier()).close()
    _downgrade_to_0003s(path)
    conn = sqlite3.connect(path)
    assert "colleague" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()

    with open_dossier(path) as opened:
        loaded = opened.load()
    names = [(c.name, c.kind) for c in loaded.colleagues]
    # one entry per distinct owner (without case and extra spaces), as first written
    assert names == [("Team Verkeer", ColleagueKind.DEPARTMENT), ("Joost Hendriks", ColleagueKind.DEPARTMENT)]
    by_id = {c.id: c.name for c in loaded.colleagues}
    promises = {p.id: p for p in loaded.promises}
    assert by_id[promises["p1"].owner_id] == by_id[promises["p2"].owner_id] == "Team Verkeer"
    assert promises["p2"].owner == "Team Verkeer"  # the printed name follows the entry
    assert by_id[promises["p3"].owner_id] == "Joost Hendriks"
    assert promises["p4"].owner_id is None and promises["p5"].owner_id is None
    assert promises["p1"].due == date(2026, 10, 1)  # nothing else changed
    # and the migrated file is written and read like any other
    with open_dossier(path) as opened:
        assert opened.load() == loaded


def test_the_register_round_trips_through_the_file_and_the_json(tmp_path: Path) -> None:
    dossier = rich_dossier()
    assert dossier.colleagues and dossier.planned_works  # the sample sets every field
    path = tmp_path / "r.bricoleur"
    create_dossier(path, dossier).close()
    with open_dossier(path) as opened:
        loaded = opened.load()
    assert loaded == dossier
    data = dossier_to_json(loaded)
    assert data["colleagues"][1] == {
        "id": "col2",
        "name": "Joost Hendriks",
        "kind": "colleague",
        "department": "col1",
        "role": "boomverzorger",
    }
    assert data["planned_works"][0]["kind"] == WorkKind.PROJECT.value
    assert data["promises"][0]["owned_by"] == "col1" and data["promises"][0]["planned_work"] == "w1"
    back = dossier_from_json(json.loads(json.dumps(data)))
    assert (back.colleagues, back.planned_works, back.promises) == (
        dossier.colleagues,
        dossier.planned_works,
        dossier.promises,
    )
    assert back.meetings[0].notes[0].owner_id == "col2" and back.meetings[0].notes[0].work_id == "w1"


def test_an_old_json_file_gets_register_entries_for_its_owner_texts() -> None:
    data = dossier_to_json(_owners_dossier())
    del data["colleagues"], data["planned_works"]  # as written before the register
    loaded = dossier_from_json(data)
    assert [c.name for c in loaded.colleagues] == ["Team Verkeer", "Joost Hendriks"]
    assert len({p.owner_id for p in loaded.promises if p.owner_id}) == 2
    # a file of today with an empty register keeps its owners as they are: nothing is invented
    data = dossier_to_json(_owners_dossier())
    assert dossier_from_json(data).colleagues == []


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d["promises"][0].update(owned_by="nobody"), "promises[0].owned_by", "unknown colleague"),
        (lambda d: d["promises"][0].update(planned_work="w9"), "promises[0].planned_work", "unknown planned work"),
        (lambda d: d["colleagues"][1].update(department="col2"), "colleagues[1].department", "is not a department"),
        (lambda d: d["planned_works"][0].update(kind="road"), "planned_works[0].kind", "expected one of"),
    ],
)
def test_bad_register_references_are_refused_with_their_path(change, path: str, message: str) -> None:  # type: ignore[no-untyped-def]
    data = dossier_to_json(rich_dossier())
    change(data)
    with pytest.raises(InterchangeError) as caught:
        dossier_from_json(data)
    assert caught.value.json_path == path and message in str(caught.value)

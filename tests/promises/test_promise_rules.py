"""The promises' rules and use cases: what an evening carries, late, filters, dated updates and
a dropped promise's reason, through the session (undoable) and into a real file and JSON."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from bricoleur_desk.domain.model import PromiseStatus
from bricoleur_desk.domain.promises import (
    PromiseFilter,
    carried_promises,
    earlier_promises,
    filtered,
    is_overdue,
    latest_update,
    overdue_promises,
    owners,
)
from bricoleur_desk.storage import create_dossier, open_dossier
from bricoleur_desk.storage.interchange import dumps, read_json_file
from bricoleur_desk.workspace import commands
from bricoleur_desk.workspace.promise_register import add_promise, add_update, edit_promise, set_status
from bricoleur_desk.workspace.session import DossierSession

from .sample import BENCH, CROSSING, FIRST, LIGHT, SECOND, TODAY, TREES, two_evenings


def test_the_second_evening_carries_every_earlier_promise_whatever_became_of_it() -> None:
    dossier = two_evenings()
    second = dossier.meeting(SECOND)
    assert [p.id for p in earlier_promises(dossier, second)] == [BENCH, CROSSING, LIGHT]
    assert [p.id for p in carried_promises(dossier, second)] == [TREES, BENCH, CROSSING, LIGHT]
    assert earlier_promises(dossier, dossier.meeting(FIRST)) == []


def test_late_is_worked_out_from_the_due_date_and_only_for_open_promises() -> None:
    dossier = two_evenings()
    by_id = {p.id: p for p in dossier.promises}
    light, bench, trees = by_id[LIGHT], by_id[BENCH], by_id[TREES]
    assert is_overdue(light, TODAY)
    assert not is_overdue(light, date(2026, 11, 1))  # due today is not late yet
    assert not is_overdue(bench, TODAY)  # done: past its date, but not late
    assert not is_overdue(trees, TODAY)
    assert [p.id for p in overdue_promises(dossier, TODAY)] == [LIGHT]
    assert [p.id for p in overdue_promises(dossier, date(2027, 2, 1))] == [LIGHT, TREES]


def test_filters_by_status_overdue_owner_and_evening() -> None:
    promises = two_evenings().promises
    ids = lambda which: [p.id for p in filtered(promises, which, TODAY)]  # noqa: E731
    assert ids(PromiseFilter(status=PromiseStatus.OPEN)) == [LIGHT, TREES]
    assert ids(PromiseFilter(overdue_only=True)) == [LIGHT]
    assert ids(PromiseFilter(owner=" team openbare ruimte ")) == [BENCH, LIGHT]
    assert ids(PromiseFilter(meeting_id=SECOND)) == [TREES]
    assert ids(PromiseFilter(status=PromiseStatus.OPEN, owner="Groen")) == [TREES]
    assert owners(promises) == ["Groen", "Team Openbare Ruimte", "Verkeer"]


def test_a_promise_made_updated_and_done_then_another_dropped_with_why_each_one_undo_step() -> None:
    session = DossierSession(two_evenings())
    made = commands.create(session, add_promise, FIRST, "  Afvalbak bij het bankje  ", "Stadsbeheer", None)
    assert made is not None
    promise = next(p for p in session.dossier.promises if p.id == made)
    assert (promise.text, promise.owner, promise.status) == ("Afvalbak bij het bankje", "Stadsbeheer", "open")
    assert commands.run(session, edit_promise, made, text="Afvalbak naast het bankje", due=date(2027, 1, 5))
    assert not commands.run(
        session, edit_promise, made, text="Afvalbak naast het bankje", owner="Stadsbeheer"
    )
    assert commands.run(session, add_update, made, "Gevraagd bij Twence", datetime(2026, 12, 1, 9, 0))
    assert commands.run(session, add_update, made, "Gedaan: afvalbak geplaatst", datetime(2026, 12, 8, 9, 0))
    assert latest_update(promise).text == "Gedaan: afvalbak geplaatst"
    assert commands.run(session, set_status, made, PromiseStatus.DONE)
    assert (promise.text, promise.due, promise.status) == (
        "Afvalbak naast het bankje",
        date(2027, 1, 5),
        "done",
    )

    with pytest.raises(ValueError, match="reason"):
        set_status(session.document, TREES, PromiseStatus.DROPPED, "   ")
    assert commands.run(session, set_status, TREES, PromiseStatus.DROPPED, " Geen budget meer dit jaar ")
    trees = next(p for p in session.dossier.promises if p.id == TREES)
    assert (trees.status, trees.reason) == (PromiseStatus.DROPPED, "Geen budget meer dit jaar")
    assert session.history.undo_label() == "Drop promise"
    assert session.undo()
    assert (trees.status, trees.reason) == (PromiseStatus.OPEN, None)
    assert session.redo()
    assert commands.run(session, set_status, TREES, PromiseStatus.OPEN)  # reopened: the reason goes
    assert trees.reason is None
    for _ in range(5):  # reopen, drop, done and the two updates
        assert session.undo()
    assert promise.updates == [] and promise.text == "Afvalbak naast het bankje"


def test_the_reason_and_updates_survive_the_file_and_the_json(tmp_path: Path) -> None:
    dossier = two_evenings()
    path = tmp_path / "plein.bricoleur"
    create_dossier(path, dossier).close()
    file = open_dossier(path)
    try:
        loaded = {p.id: p for p in file.load().promises}
    finally:
        file.close()
    assert loaded[CROSSING].reason.startswith("De provincie legt daar in 2027")
    assert loaded[BENCH].reason is None
    assert [u.text for u in loaded[BENCH].updates][-1] == "Gedaan: bank geplaatst naast de glijbaan"
    out = tmp_path / "plein.json"
    out.write_text(dumps(dossier), encoding="utf-8")
    assert '"reason": "De provincie' in out.read_text(encoding="utf-8")
    again = {p.id: p for p in read_json_file(out).promises}
    assert again[CROSSING].reason == loaded[CROSSING].reason and again[LIGHT].reason is None


def test_a_file_from_before_the_reason_opens_upgraded_with_no_reasons(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from bricoleur_desk.storage import backups
    from bricoleur_desk.storage.migrate import MIGRATIONS, _config

    path = tmp_path / "oud.bricoleur"
    written = two_evenings()
    create_dossier(path, written).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # take the file back to revision 0002, as an older build wrote it
        config = _config(MIGRATIONS)
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    conn = sqlite3.connect(path)
    assert "reason" not in [row[1] for row in conn.execute("PRAGMA table_info(promise)")]
    conn.close()
    file = open_dossier(path)
    try:
        promises = {p.id: p for p in file.load().promises}
    finally:
        file.close()
    assert backups.backups(written.id)  # kept as it was, before the upgrade, in the data folder
    assert all(p.reason is None for p in promises.values())
    assert [u.text for u in promises[CROSSING].updates] == ["Gevraagd aan de verkeersafdeling"]
    assert promises[CROSSING].status == PromiseStatus.DROPPED

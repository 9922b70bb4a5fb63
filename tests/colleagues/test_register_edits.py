"""The register's use cases: owners by name, renames and removals that reach every promise, undo."""

from __future__ import annotations

from bricoleur_desk.domain.model import ColleagueKind
from bricoleur_desk.workspace import colleagues as register
from bricoleur_desk.workspace import commands
from bricoleur_desk.workspace.meeting_flow import investigate_note
from bricoleur_desk.workspace.promise_register import add_promise, edit_promise
from bricoleur_desk.workspace.session import DossierSession

from .sample import FIRST, SECOND, register_dossier


def _session() -> DossierSession:
    return DossierSession(register_dossier())


def _promise(session: DossierSession, promise_id: str):  # type: ignore[no-untyped-def]
    return session.document.get(promise_id)


def test_an_owner_is_picked_by_name_and_a_new_name_joins_the_register_in_one_step() -> None:
    session = _session()
    known = commands.create(session, add_promise, FIRST, "Tellen", owner="  team   VERKEER ")
    assert _promise(session, known).owner_id == "verkeer" and _promise(session, known).owner == "Team Verkeer"
    before = len(session.dossier.colleagues)
    new = commands.create(session, add_promise, FIRST, "Afval", owner="Team Afval")
    entry = session.dossier.colleagues[-1]
    assert len(session.dossier.colleagues) == before + 1
    assert (entry.name, entry.kind) == ("Team Afval", ColleagueKind.DEPARTMENT)
    assert _promise(session, new).owner_id == entry.id
    session.undo()  # the promise and the new entry go together
    assert len(session.dossier.colleagues) == before and new not in session.document


def test_editing_the_owner_and_the_planned_work_of_a_promise() -> None:
    session = _session()
    assert commands.run(session, edit_promise, "p-bomen", owner="Sanne Bakker", work_id="vergroening")
    promise = _promise(session, "p-bomen")
    assert (promise.owner_id, promise.owner, promise.work_id) == ("sanne", "Sanne Bakker", "vergroening")
    assert not commands.run(session, edit_promise, "p-bomen", owner="sanne bakker")  # the same entry
    assert commands.run(session, edit_promise, "p-bomen", owner="")
    assert (promise.owner_id, promise.owner) == (None, None)


def test_a_rename_reaches_every_promise_it_owns_and_undo_restores_both() -> None:
    session = _session()
    assert commands.run(session, register.edit_colleague, "groen", name="Team Groen en Water")
    owned = [p for p in session.dossier.promises if p.owner_id == "groen"]
    assert [p.owner for p in owned] == ["Team Groen en Water"] * 2
    session.undo()
    assert [p.owner for p in owned] == ["Team Groen"] * 2
    assert session.document.get("groen").name == "Team Groen"


def test_removing_a_colleague_hands_everything_to_the_department_and_leaves_no_name() -> None:
    session = _session()
    assert commands.run(session, register.remove_colleague, "sanne")
    dossier = session.dossier
    assert "sanne" not in session.document
    assert (_promise(session, "p-drempel").owner_id, _promise(session, "p-drempel").owner) == ("verkeer", "Team Verkeer")
    assert dossier.meetings[0].notes[0].owner_id == "verkeer"
    assert not any("Sanne" in (p.owner or "") for p in dossier.promises)
    session.undo()
    assert _promise(session, "p-drempel").owner == "Sanne Bakker" and dossier.meetings[0].notes[0].owner_id == "sanne"
    # a department that goes leaves its promises without an owner and its colleagues without a department
    assert commands.run(session, register.remove_colleague, "verkeer")
    assert _promise(session, "p-kerk").owner_id is None and _promise(session, "p-kerk").owner is None
    assert session.document.get("sanne").department_id is None
    assert session.document.get("riool").owner_id is None


def test_a_department_made_a_colleague_lets_its_colleagues_go() -> None:
    session = _session()
    assert commands.run(session, register.edit_colleague, "verkeer", kind=ColleagueKind.COLLEAGUE)
    assert session.document.get("sanne").department_id is None
    # and a department never sits in a department
    assert commands.run(session, register.edit_colleague, "wijk", kind=ColleagueKind.DEPARTMENT, department_id="groen")
    assert session.document.get("wijk").department_id is None


def test_planned_works_are_added_edited_linked_and_removed() -> None:
    session = _session()
    work = commands.create(session, register.add_planned_work, "  Herinrichting plein ", period="2028", owner_id="groen")
    assert work is not None and session.document.get(work).title == "Herinrichting plein"
    assert commands.run(session, register.edit_planned_work, work, budget="€ 2 mln", title="")
    assert session.document.get(work).budget == "€ 2 mln" and session.document.get(work).title == "Herinrichting plein"
    note = session.dossier.meetings[1].notes[0]
    assert commands.run(session, register.link_work, note.id, work)
    assert commands.run(session, register.remove_planned_work, work)
    assert note.work_id is None
    session.undo()
    assert note.work_id == work


def test_investigating_a_note_gives_the_question_to_the_owner_too() -> None:
    session = _session()
    note = session.dossier.meetings[1].notes[0]
    commands.create(session, investigate_note, SECOND, note.id, "Kerkstraat tellen", "Sanne Bakker", None)
    assert note.owner_id == "sanne"
    assert session.dossier.promises[-1].owner_id == "sanne"


def test_erasing_a_resident_masks_their_name_in_the_register_too() -> None:
    from dataclasses import replace

    from bricoleur_desk.workspace.erasure import erasure_edit

    dossier = register_dossier()
    dossier.planned_works[1] = replace(
        dossier.planned_works[1], description="Idee van Anna de Vries: moestuinbakken op het plein"
    )
    dossier.colleagues[2].role = "verkeerskundige, contact voor Anna de Vries"
    session = DossierSession(dossier)
    edit, erasure = erasure_edit(session.dossier, ["pe1"])
    session.apply(edit)
    assert "Anna" not in (session.dossier.planned_works[1].description or "")
    assert "Anna" not in (session.dossier.colleagues[2].role or "")
    assert session.dossier.colleagues[2].name == "Sanne Bakker"  # a colleague's own name stays
    assert erasure.objects_masked >= 2

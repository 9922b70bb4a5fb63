"""Stakeholders: stored in the dossier file, exchanged as JSON, edited in their table, kept off the public report."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from bricoleur_desk.domain.model import Stakeholder
from bricoleur_desk.storage.interchange import dossier_from_json, dossier_to_json
from bricoleur_desk.ui.dossier.stakeholders import StakeholderTable
from bricoleur_desk.workspace import commands
from bricoleur_desk.workspace import dossier_overview as overview
from bricoleur_desk.workspace.files import load_dossier, write_json
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.reporting import export_report
from bricoleur_desk.workspace.save_status import SAVED
from tests.dossier.conftest import SECOND, pdf_text


def test_stakeholders_round_trip_through_the_file_and_json(demo_file: Path, tmp_path: Path) -> None:
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        new_id = commands.create(
            session,
            overview.add_stakeholder,
            "  Volkstuinvereniging   Het Lindeveld ",
            "Schaduw van de nieuwe bomen op de tuinen;\nwater voor de moestuin",
            "Kees Hofman (secretaris)",
        )
        assert new_id is not None
        commands.run(session, overview.edit_stakeholder, "sh-schoolstraat", spokesperson="Gerda Jansen")
        commands.run(session, overview.remove_stakeholder, "sh-ondernemers")
        expected = [(s.id, s.name, s.stake, s.spokesperson) for s in session.dossier.stakeholders]
    finally:
        opened.close()
    assert ("sh-ondernemers" not in [e[0] for e in expected]) and len(expected) == 9
    added = expected[-1]
    assert added[1:] == (
        "Volkstuinvereniging Het Lindeveld",
        "Schaduw van de nieuwe bomen op de tuinen;\nwater voor de moestuin",
        "Kees Hofman (secretaris)",
    )
    # the file holds them, in their order
    stored = load_dossier(demo_file)
    assert [(s.id, s.name, s.stake, s.spokesperson) for s in stored.stakeholders] == expected
    # and so does the JSON interchange, back and forth
    out = tmp_path / "demo.json"
    write_json(stored, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["stakeholders"][-1] == {
        "id": added[0],
        "name": added[1],
        "stake": added[2],
        "spokesperson": added[3],
    }
    back = dossier_from_json(data)
    assert [(s.id, s.name, s.stake, s.spokesperson) for s in back.stakeholders] == expected
    # a stakeholder without stake or spokesperson is written without those keys
    school = next(s for s in data["stakeholders"] if s["id"] == "sh-hofstee")
    assert "spokesperson" not in school


def test_a_json_file_without_stakeholders_still_reads(demo_file: Path) -> None:
    data = dossier_to_json(load_dossier(demo_file))
    del data["stakeholders"]
    for meeting in data["meetings"]:
        meeting.pop("introduction", None)
    dossier = dossier_from_json(data)
    assert dossier.stakeholders == [] and len(dossier.meetings) == 2
    warnings: list[str] = []
    data["stakeholders"] = [{"id": "x", "name": "Buurtcomité", "mood": "boos"}]
    assert dossier_from_json(data, warn=warnings.append).stakeholders == [Stakeholder("x", "Buurtcomité")]
    assert any("mood" in w for w in warnings)


def test_the_table_adds_edits_and_removes_stakeholders(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        table = StakeholderTable(session, SECOND)
        qtbot.addWidget(table)
        table.resize(700, 400)
        table.show()
        assert table.table.rowCount() == 9
        qtbot.keyClicks(table.add_input, "Buurtpreventie WhatsApp-groep")
        qtbot.keyClick(table.add_input, Qt.Key.Key_Return)
        assert session.dossier.stakeholders[-1].name == "Buurtpreventie WhatsApp-groep"
        assert table.table.rowCount() == 10 and table.add_input.text() == ""
        row = table.table.rowCount() - 1
        table.table.item(row, 1).setText("Inbraken in de straat")  # as typing in the cell ends
        assert session.dossier.stakeholders[-1].stake == "Inbraken in de straat"
        table.table.item(row, 0).setText("   ")  # a name cannot be emptied: it comes back
        assert session.dossier.stakeholders[-1].name == "Buurtpreventie WhatsApp-groep"
        assert table.table.item(row, 0).text() == "Buurtpreventie WhatsApp-groep"
        table.table.selectRow(row)
        table.table.setFocus()
        qtbot.keyClick(table.table, Qt.Key.Key_Delete)
        assert len(session.dossier.stakeholders) == 9 and table.table.rowCount() == 9
        session.undo()  # the removal is one undo step
        assert session.dossier.stakeholders[-1].stake == "Inbraken in de straat"
        assert table.table.rowCount() == 10
        qtbot.waitUntil(lambda: session.save_status == SAVED)
    finally:
        opened.close()


def test_spokespeople_are_in_the_internal_report_only(demo_file: Path, tmp_path: Path) -> None:
    dossier = load_dossier(demo_file)
    internal = export_report(dossier, tmp_path / "intern.pdf", meeting_id=SECOND, audience="internal", background=True)
    public = export_report(dossier, tmp_path / "publiek.pdf", meeting_id=SECOND, audience="public", background=True)
    inside, outside = pdf_text(internal.path), pdf_text(public.path)
    for text in (inside, outside):
        assert "Wie er belang bij hebben" in text
        assert "Zorgcentrum De Hofstee" in text and "rollator" in text
    assert "Fatima Ahmed" in inside and "Woordvoerder" in inside  # a cell may wrap: the name alone
    assert "Fatima Ahmed" not in outside and "Woordvoerder" not in outside
    assert "Linh Nguyen" not in outside


def test_a_spokesperson_is_personal_data_for_the_residents_rights(demo_file: Path) -> None:
    from bricoleur_desk.workspace.erasure import erase_person_in_file
    from bricoleur_desk.workspace.rights import person_data

    (data,) = person_data(load_dossier(demo_file), "p-ahmed")["people"]
    assert any(m["object_id"] == "sh-lindenhof" and m["field"] == "spokesperson" for m in data["mentions"])
    erase_person_in_file(demo_file, "p-ahmed")
    stakeholder = next(s for s in load_dossier(demo_file).stakeholders if s.id == "sh-lindenhof")
    assert "Fatima" not in stakeholder.spokesperson and "Ahmed" not in stakeholder.spokesperson
    assert stakeholder.name == "Huurdersvereniging Lindenhof"  # the group itself stays

"""After each evening: which expected groups did not come, in the close panel, the dossier view and the report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bricoleur_desk.domain.attendance import expected_but_absent
from bricoleur_desk.domain.model import Attendance, Meeting
from bricoleur_desk.ui.phases.close_panel import ClosePanel
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.reporting import export_report
from tests.dossier.conftest import FIRST, SECOND, pdf_text
from tests.phases.showing import shown


def _evening(expected: list[str], by_group: dict[str, int]) -> Meeting:
    return Meeting(
        "m", "Avond", datetime(2026, 12, 1, 19, 30), expected_groups=expected, attendance=Attendance(0, by_group)
    )


def test_expected_but_absent_compares_names_without_case_or_spacing() -> None:
    assert expected_but_absent(_evening(["School", "Café"], {})) is None  # not counted by group
    assert expected_but_absent(_evening(["School", "Café"], {"school ": 3})) == ["Café"]
    assert expected_but_absent(_evening(["School", "Café"], {"School": 3, "Café": 0})) == ["Café"]
    assert expected_but_absent(_evening(["School"], {"SCHOOL": 1, "Overig": 4})) == []
    assert expected_but_absent(_evening([], {"Overig": 4})) == []


def test_the_close_panel_says_which_expected_groups_did_not_come(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        panel = shown(qtbot, ClosePanel(session, SECOND))
        assert panel.absent_label.isVisible()
        assert panel.absent_label.text() == "Expected but absent: Café De Zwaan"
        # attendance is counted against the stakeholders too: the care home has a row
        assert "Zorgcentrum De Hofstee" in panel.attendance.spins
        assert list(panel.attendance.spins)[:7] == session.dossier.meeting(SECOND).expected_groups
        panel.attendance.spins["Café De Zwaan"].setValue(2)
        assert session.dossier.meeting(SECOND).attendance.by_group["Café De Zwaan"] == 2
        assert panel.absent_label.text() == "Every expected group came."
        # the first evening: everyone came
        first = shown(qtbot, ClosePanel(session, FIRST))
        assert first.absent_label.text() == "Every expected group came."
        # an evening without counts by group cannot say who stayed away
        commands.run(session, meeting_flow.set_group_attendance, SECOND, "Café De Zwaan", 0)
        for group in list(session.dossier.meeting(SECOND).attendance.by_group):
            commands.run(session, meeting_flow.set_group_attendance, SECOND, group, 0)
        assert "Count who came per group" in panel.absent_label.text()
    finally:
        opened.close()


def test_the_internal_report_names_the_groups_that_stayed_away(demo_file: Path, tmp_path: Path) -> None:
    dossier = load_dossier(demo_file)
    internal = export_report(dossier, tmp_path / "intern.pdf", meeting_id=SECOND, audience="internal")
    assert "Verwacht maar niet gekomen: Café De Zwaan." in pdf_text(internal.path)
    english = export_report(dossier, tmp_path / "intern-en.pdf", meeting_id=FIRST, audience="internal", lang="en")
    assert "Every expected group came." in pdf_text(english.path)
    # the public report lists the groups that came, and does not point at anyone who did not
    public = export_report(dossier, tmp_path / "publiek.pdf", meeting_id=SECOND, audience="public")
    assert "Verwacht maar niet gekomen" not in pdf_text(public.path)


def test_the_next_evening_s_prepare_page_names_the_groups_that_stayed_away_last_time(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.commands.new_meeting.trigger()
    prepare = window.workspace.views.prepare
    qtbot.waitUntil(prepare.isVisible)
    box = prepare.last_time
    assert box.shown is not None and box.shown.meeting.id == SECOND
    assert box.shown.absent == ("Café De Zwaan",)
    assert "Expected but absent: Café De Zwaan" in box.remarks.text()
    # once the café is counted after all, the line goes
    commands.run(window.opened.session, meeting_flow.set_group_attendance, SECOND, "Café De Zwaan", 2)
    assert "Expected but absent" not in box.remarks.text()

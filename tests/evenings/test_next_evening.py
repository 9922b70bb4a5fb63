"""A new evening from the last one: what it carries over, and what the prepare page shows of last time."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bricoleur_desk.domain.model import PromiseStatus
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.phases.last_time_box import LastTimeBox
from bricoleur_desk.ui.phases.prepare_panel import PreparePanel
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.meetings import last_time, next_meeting
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.save_status import SAVED
from tests.phases.showing import shown

REMARKS = ["Graag een tolk Turks of Arabisch", "Meer tijd voor vragen over verkeer"]


def test_a_new_evening_copies_question_frame_agenda_themes_and_groups(demo_file: Path) -> None:
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        last = session.dossier.latest_meeting()
        assert last is not None and last.themes and last.notes
        new_id = commands.create(session, next_meeting, now=datetime(2026, 12, 4, 10, 0))
        assert new_id is not None
        new = session.dossier.meeting(new_id)
        assert new.starts_at > last.starts_at and new.notes == []
        assert new.question == last.question
        assert (new.frame.open, new.frame.fixed) == (last.frame.open, last.frame.fixed)
        assert new.frame is not last.frame and new.agenda is not last.agenda
        assert [(b.title, b.minutes) for b in new.agenda] == [(b.title, b.minutes) for b in last.agenda]
        assert new.expected_groups == last.expected_groups
        assert [(t.name, t.color) for t in new.themes] == [(t.name, t.color) for t in last.themes]
        assert not {t.id for t in new.themes} & {t.id for t in last.themes}  # their own themes
    finally:
        opened.close()
    stored = load_dossier(demo_file).meeting(new_id)  # the copied themes are in the file too
    assert [t.name for t in stored.themes] == [t.name for t in last.themes]
    opened = open_for_editing(demo_file)
    try:
        # renaming a theme of the new evening leaves the last evening's theme as it was
        theme = opened.session.dossier.meeting(new_id).themes[0]
        from bricoleur_desk.workspace.capture import rename_theme

        commands.run(opened.session, rename_theme, theme.id, "Iets anders")
        assert opened.session.dossier.meeting(last.id).themes[0].name == last.themes[0].name
    finally:
        opened.close()


def test_last_time_is_the_evening_before_with_its_remarks_and_every_open_promise(demo_file: Path) -> None:
    dossier = load_dossier(demo_file)
    first, second = sorted(dossier.meetings, key=lambda m: m.starts_at)
    assert last_time(dossier, first.id) is None
    seen = last_time(dossier, second.id)
    assert seen is not None and seen.meeting.id == first.id
    assert seen.remarks == tuple(first.evaluation.remarks)
    assert seen.forms == sum(first.evaluation.scores.values()) == 38
    assert round(seen.average, 2) == round(142 / 38, 2)
    assert last_time(dossier, max(dossier.meetings, key=lambda m: m.starts_at).id).meeting.id == first.id
    expected = [p.id for p in dossier.promises if p.meeting_id == first.id and p.status == PromiseStatus.OPEN]
    assert [p.id for p in seen.open_promises] == expected and expected


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    assert window.open_path(demo_file)
    return window


def test_new_meeting_shows_last_remarks_and_open_promises_on_the_prepare_page(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = window.opened.session
    last = session.dossier.latest_meeting()
    commands.run(session, meeting_flow.set_remarks, last.id, REMARKS)
    window.commands.new_meeting.trigger()
    assert window.workspace.meeting_id != last.id
    prepare = window.workspace.views.prepare
    assert isinstance(prepare, PreparePanel)
    qtbot.waitUntil(prepare.isVisible)  # the new meeting's views show on the next event-loop turn
    box = prepare.last_time
    assert box.isVisible()
    assert last.title in box.title.text()
    for remark in REMARKS:
        assert remark in box.remarks.text()
    open_promises = [p for p in session.dossier.promises if p.status == PromiseStatus.OPEN]
    assert len(open_promises) == 5
    for promise in open_promises:
        assert promise.text in box.promises.text().replace("&quot;", '"').replace("&#x27;", "'")
    done = next(p for p in session.dossier.promises if p.status == PromiseStatus.DONE)
    assert done.text not in box.promises.text()
    # the themes came along: the note list offers them for the first note of the new evening
    new = session.dossier.meeting(window.workspace.meeting_id)
    assert [t.name for t in new.themes] == [t.name for t in last.themes]

    # a promise closed elsewhere disappears from the list at once
    commands.run(session, meeting_flow.set_promise_status, open_promises[0].id, PromiseStatus.DONE)
    assert open_promises[0].text not in box.promises.text()
    qtbot.waitUntil(lambda: session.save_status == SAVED)


def test_the_first_evening_has_no_last_time(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_for_editing(demo_file)
    try:
        first = min(opened.session.dossier.meetings, key=lambda m: m.starts_at)
        panel = shown(qtbot, PreparePanel(opened.session, first.id))
        assert not panel.last_time.isVisible()
        box = shown(qtbot, LastTimeBox(opened.session, "m-2026-11", today=date(2026, 12, 5)))
        assert box.isVisible()
        assert "Turks of Arabisch" in box.remarks.text()
        assert "score 3.7 from 38 forms" in box.remarks.text()
        # due 1 December, today the 5th: overdue, said in words and not only in colour
        assert "overdue" in box.promises.text()
    finally:
        opened.close()


def test_many_open_promises_show_the_overdue_first_and_a_count_of_the_rest(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from bricoleur_desk.domain.edits import Insert
    from bricoleur_desk.domain.model import Promise
    from bricoleur_desk.ui.phases.last_time_box import SHOWN_PROMISES

    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        for n in range(12):
            due = date(2027, 6, 1) if n else date(2026, 10, 1)  # the first one long overdue
            promise = Promise(
                id=f"p-extra-{n}", meeting_id="m-2026-09", text=f"Extra toezegging {n}", due=due
            )
            session.apply(Insert("promise", None, promise))
        box = shown(qtbot, LastTimeBox(session, "m-2026-11", today=date(2026, 12, 5)))
        text = box.promises.text()
        assert "(15)" in text  # 3 open in the demo, 12 more
        assert text.count("<li>") == SHOWN_PROMISES + 1 and "and 7 more" in text
        assert text.index("Extra toezegging 0") < text.index("Afspraken maken met het jongerenwerk")
    finally:
        opened.close()


def test_a_new_evening_comes_after_the_last_one_even_when_that_is_planned_far_ahead(demo_file: Path) -> None:
    from bricoleur_desk.domain.document import DossierDocument

    doc = DossierDocument(load_dossier(demo_file))
    last = doc.dossier.latest_meeting()
    early = next_meeting(doc, now=datetime(2026, 11, 1, 9, 0))  # before the last evening
    new = early.edit.obj
    assert new.starts_at == datetime(2026, 12, 3, 19, 30)  # a week after 26 November
    later = next_meeting(doc, now=datetime(2026, 12, 4, 9, 0)).edit.obj
    assert later.starts_at == datetime(2026, 12, 11, 19, 30) and later.starts_at > last.starts_at

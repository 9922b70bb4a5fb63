"""A note joins a planned work from the Discuss panel (werk met werk), and the action list says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from bricoleur_desk.domain.model import NoteStatus, Phase
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.action_list import export_action_list
from bricoleur_desk.workspace.files import load_dossier, write_demo


def test_a_note_joins_a_planned_work_from_the_discuss_panel(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo = write_demo(tmp_path / "demo.bricoleur")
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    assert window.open_path(demo)
    views = window.workspace.views
    session = window.opened.session
    meeting = session.dossier.meeting(views.meeting_id)
    assert meeting.phase == Phase.DISCUSS
    note = next(n for n in meeting.notes if n.status == NoteStatus.INVESTIGATE and n.work_id is None)
    views.capture.select_notes([note.id])
    box = views.discuss.remark_box
    qtbot.waitUntil(box.work_box.isVisible)
    titles = [box.work_box.itemText(i) for i in range(box.work_box.count())]
    assert titles[0] == "—" and titles[1:] == [w.title for w in session.dossier.planned_works]
    box.work_box.setFocus()
    qtbot.keyClick(box.work_box, Qt.Key.Key_Down)  # a closed combo box chooses with the arrow keys
    assert note.work_id == session.dossier.planned_works[0].id
    assert session.history.undo_label() == "Link to planned work"
    session.undo()
    assert note.work_id is None and box.work_box.currentIndex() == 0  # the box follows the undo
    session.redo()
    session.flush()
    stored = load_dossier(window.opened.path).meeting(meeting.id).note(note.id)
    assert stored.work_id == session.dossier.planned_works[0].id
    # the department that owns the note sees the planned work beside it
    owner = next(c for c in session.dossier.colleagues if c.id == note.owner_id)
    out = tmp_path / "lijst.csv"
    export_action_list(session.dossier, out, department=owner.id, today=date(2026, 11, 25))
    row = next(r for r in out.read_text(encoding="utf-8-sig").splitlines() if note.text[:30] in r)
    assert session.dossier.planned_works[0].title in row
    window.close()

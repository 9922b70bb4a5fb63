"""The report cache filled where sheets are written (#17): by a JSON import, and by the app in the
background after sketch edits; a report right after an edit never takes forms made before it;
the export dialog takes what is kept and writes the same pages as the command line."""

from __future__ import annotations

import sqlite3
from array import array
from pathlib import Path

import pytest

from bricoleur_desk.app import main
from bricoleur_desk.domain.edits import Insert
from bricoleur_desk.domain.model import Dossier, Stroke
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.open_dossier_controller import OpenDossierController
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.workspace.files import import_json, write_json
from bricoleur_desk.workspace.report_file import load_for_report

from .test_report_cache import _pages, _report_with_cache, _report_without_cache, _sketch_forms


def _kept(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return set(conn.execute("SELECT kind, owner FROM report_cache").fetchall())
    finally:
        conn.close()


def _sheets_with_strokes(dossier: Dossier) -> set[str]:
    return {s.id for m in dossier.meetings for c in m.canvases for s in c.sheets if s.strokes}


def _maps(dossier: Dossier) -> set[str]:
    return {c.id for m in dossier.meetings for c in m.canvases if c.background.data}


@pytest.fixture
def imported(tmp_path: Path, dossier: Dossier) -> Path:
    write_json(dossier, tmp_path / "evening.json")
    path = tmp_path / "imported.bricoleur"
    import_json(tmp_path / "evening.json", path)
    return path


def test_an_import_keeps_every_sheets_forms_and_map_and_the_first_report_makes_nothing(
    imported: Path, dossier: Dossier, tmp_path: Path
) -> None:
    kept = _kept(imported)
    assert {("forms", s) for s in _sheets_with_strokes(dossier)} <= kept
    assert {("background", c) for c in _maps(dossier)} <= kept
    first, made, skipped = _report_with_cache(imported, tmp_path / "first.pdf")
    assert made == 0 and _sheets_with_strokes(dossier) <= skipped  # strokes not even read
    assert first == _report_without_cache(imported, tmp_path / "plain.pdf")


def _new_stroke() -> Stroke:
    points = array("f")
    for i in range(40):
        points.extend((300.0 + 12 * i, 200.0 + 5 * i, 0.5))
    return Stroke("fresh-stroke", points, color="#d00000", width=6.0)


def _open(qtbot, path: Path) -> OpenDossierController:
    controller = OpenDossierController()
    controller.open(path)
    keeping = controller.sketch_keeping
    assert keeping is not None
    keeping._timer.setInterval(50)  # the quiet time, shortened for the test
    return controller


def test_the_app_keeps_an_edited_sheet_in_the_background_and_the_report_shows_the_edit(
    qtbot, dossier: Dossier, tmp_path: Path
) -> None:
    path = tmp_path / "evening.bricoleur"
    create_dossier(path, dossier).close()
    before = _report_without_cache(path, tmp_path / "before.pdf")
    controller = _open(qtbot, path)
    keeping = controller.sketch_keeping
    try:
        qtbot.waitUntil(lambda: keeping.idle, timeout=30000)  # first: what the file lacked
        assert {("forms", s) for s in _sheets_with_strokes(dossier)} <= _kept(path)
        sheet_id = sorted(_sheets_with_strokes(dossier))[0]
        kept_before = keeping.keeper.kept_sheets
        controller.opened.session.apply(Insert("stroke", sheet_id, _new_stroke()))
        assert not keeping.idle
        qtbot.waitUntil(lambda: keeping.idle and keeping.keeper.kept_sheets > kept_before, timeout=30000)
        # while the window has the file open: the report reads a copy and takes the kept forms
        dossier_now, store = load_for_report(path)
        assert sheet_id in store.skipped  # kept for the strokes as they are now
    finally:
        controller.close()
    after, made, _ = _report_with_cache(path, tmp_path / "after.pdf")
    assert made == 0
    assert _sketch_forms(after) != _sketch_forms(before)  # the new stroke is on paper
    assert after == _report_without_cache(path, tmp_path / "plain.pdf")


def test_a_report_right_after_an_edit_never_takes_the_forms_made_before_it(
    qtbot, dossier: Dossier, tmp_path: Path
) -> None:
    path = tmp_path / "evening.bricoleur"
    create_dossier(path, dossier).close()
    controller = _open(qtbot, path)
    keeping = controller.sketch_keeping
    try:
        qtbot.waitUntil(lambda: keeping.idle, timeout=30000)
        sheet_id = sorted(_sheets_with_strokes(dossier))[0]
        keeping._timer.setInterval(60_000)  # the background will not catch up before the report
        controller.opened.session.apply(Insert("stroke", sheet_id, _new_stroke()))
        controller.opened.session.flush()
        assert not keeping.idle
        dossier_now, store = load_for_report(path)
        assert sheet_id not in store.skipped  # the kept forms are for the strokes before the edit
        new = next(s for m in dossier_now.meetings for c in m.canvases for s in c.sheets if s.id == sheet_id)
        assert "fresh-stroke" in {stroke.id for stroke in new.strokes}
    finally:
        controller.close()
    stale, _, _ = _report_with_cache(path, tmp_path / "stale.pdf")
    assert stale == _report_without_cache(path, tmp_path / "plain.pdf")


def test_the_export_dialog_takes_the_kept_sketches_and_writes_the_command_lines_pages(
    qtbot, dossier: Dossier, tmp_path: Path
) -> None:
    path = tmp_path / "evening.bricoleur"
    create_dossier(path, dossier).close()
    controller = _open(qtbot, path)
    keeping = controller.sketch_keeping
    try:
        qtbot.waitUntil(lambda: keeping.idle, timeout=30000)
        dialog = ReportDialog(controller.opened.session, tmp_path, open_viewer=False, keeper=keeping.keeper)
        qtbot.addWidget(dialog)
        dialog.internal_radio.setChecked(True)
        dialog.path_edit.setText(str(tmp_path / "dialog.pdf"))
        assert dialog.export() is not None, dialog.status_label.text()
        taken = dialog.last_sketch_store
        assert taken is not None and taken.found and not taken.made  # every sketch taken as kept
        meeting = dialog.meeting_id()
        # the command line, while the window has the file open (it reads a copy)
        assert main(["report", str(path), "--meeting", meeting, "--audience", "internal", "--out", str(tmp_path / "cli.pdf")]) == 0
    finally:
        controller.close()
    from_dialog = _pages(tmp_path / "dialog.pdf")
    assert _sketch_forms(from_dialog)
    assert from_dialog == _pages(tmp_path / "cli.pdf")

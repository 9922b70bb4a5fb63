"""The Conflicts tab against a real PostgreSQL: both versions side by side, resolved without loss.

Needs the merging push and ``bricoleur_desk.archive.conflicts`` (the team issue's merge, #21),
built in parallel on another branch: these tests run once that branch is merged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.archive.connection import open_archive
from bricoleur_desk.archive.transfer import pull, push
from bricoleur_desk.domain.edits import Change, Remove
from bricoleur_desk.storage import read_dossier_file
from tests.accessibility.names import unnamed_controls

from .cluster import Server
from .test_archive import _edit, small_dossier, write
from .window_helpers import cells, connect, main_window, select_row, wait


def _two_laptops_disagree(tmp_path: Path, archive_url: str) -> tuple[str, Path]:
    """Mine and a colleague's copy: both change note 1, the colleague deletes note 2 that I change."""
    mine = write(tmp_path / "mine.bricoleur", small_dossier("Molenstraat", ["Drempels", "Bomen", "Bankjes"]))
    dossier_id = read_dossier_file(mine).id
    archive = open_archive(archive_url)
    push(archive, mine)
    colleague = pull(archive, dossier_id, tmp_path / "colleague.bricoleur").path
    _edit(colleague, Change("n1", (("text", "Drempels bij de school"),)), Remove("note", "n2"))
    push(archive, colleague)
    _edit(mine, Change("n1", (("text", "Drempels en een zebrapad"),)), Change("n2", (("text", "Bomen blijven staan"),)))
    pushed = push(archive, mine)
    assert pushed.conflicts == 2
    archive.engine.dispose()
    return dossier_id, mine


def test_the_conflicts_tab_shows_both_versions_and_keeps_the_one_chosen(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    dossier_id, _mine = _two_laptops_disagree(tmp_path, archive_url)
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    bar = archive.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(archive.tabs.indexOf(archive.conflicts)).center())
    wait(qtbot, archive)
    tab = archive.conflicts
    assert tab.table.rowCount() == 2 and tab.count_label.text() == "Conflicts to resolve: 2"
    assert set(cells(tab.table, 0)) == {"Molenstraat"} and {who.split("@")[0] for who in cells(tab.table, 2)} == {"postgres"}  # role@host
    assert unnamed_controls(archive) == []

    # changed on both sides: both texts shown; keep mine (the pushed one)
    what = next(w for w in cells(tab.table, 1) if w.startswith("note 1"))
    select_row(qtbot, tab.table, what, column=1)
    assert "text: Drempels bij de school" in tab.archive_side.toPlainText()
    assert "text: Drempels en een zebrapad" in tab.pushed_side.toPlainText()
    qtbot.mouseClick(tab.keep_pushed_button, Qt.MouseButton.LeftButton)
    wait(qtbot, archive)
    assert archive.message.text() == f"Resolved: {what}."
    assert tab.table.rowCount() == 1

    # deleted by the colleague, changed by me: the archive's side says deleted; keep the archive's
    select_row(qtbot, tab.table, cells(tab.table, 1)[0], column=1)
    assert tab.archive_side.toPlainText() == "(deleted on this side)"
    assert "text: Bomen blijven staan" in tab.pushed_side.toPlainText()
    qtbot.mouseClick(tab.keep_archive_button, Qt.MouseButton.LeftButton)
    wait(qtbot, archive)
    assert tab.table.rowCount() == 0 and tab.count_label.text() == "No conflicts: every push merged cleanly."

    check = pull(open_archive(archive_url), dossier_id, tmp_path / "check.bricoleur").path
    notes = {n.id: n.text for n in read_dossier_file(check).meetings[0].notes}
    assert notes["n1"] == "Drempels en een zebrapad" and "n2" not in notes and notes["n3"] == "Bankjes"


def test_a_push_that_left_conflicts_says_so_in_the_window(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    mine = write(tmp_path / "mine.bricoleur", small_dossier("Molenstraat", ["Drempels"]))
    dossier_id = read_dossier_file(mine).id
    archive_db = open_archive(archive_url)
    push(archive_db, mine)
    colleague = pull(archive_db, dossier_id, tmp_path / "colleague.bricoleur").path
    _edit(colleague, Change("n1", (("text", "Drempels bij de school"),)))
    push(archive_db, colleague)
    archive_db.engine.dispose()
    _edit(mine, Change("n1", (("text", "Drempels en een zebrapad"),)))
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    archive.push_file(mine)
    wait(qtbot, archive)
    assert archive.message.text().endswith("Conflicts to resolve on the Conflicts tab: 1.")

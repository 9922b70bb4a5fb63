"""Rolling backups: in the user data folder, private, the last 20 kept, restored without loss."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.storage import DossierFileError, backups, open_dossier, read_dossier_file
from bricoleur_desk.workspace.backups import RollingBackups
from bricoleur_desk.workspace.opened import open_for_editing

from .conftest import rich_dossier

DOSSIER = rich_dossier().id


def _note_texts(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM note ORDER BY id")]
    finally:
        conn.close()


def _first_note(path: Path) -> str:
    return read_dossier_file(path).meetings[0].notes[0].id


def test_a_backup_is_private_complete_and_in_the_test_data_folder(dossier_path: Path) -> None:
    opened = open_for_editing(dossier_path)
    note = opened.session.dossier.meetings[0].notes[0].id
    opened.session.apply(Change.of(note, text="Nog niet in het bestand zelf"))  # still in the -wal
    made = opened.file.back_up()
    opened.close()
    assert made.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))  # never the real user's folder
    assert made.parent == backups.backups_root() / DOSSIER
    assert made.stat().st_mode & 0o777 == 0o600
    assert made.parent.stat().st_mode & 0o777 == 0o700
    assert "Nog niet in het bestand zelf" in _note_texts(made)
    assert not Path(f"{made}-wal").exists() and not Path(f"{made}-journal").exists()
    assert not list(made.parent.glob(".*"))  # no temporary left behind
    (described,) = backups.list_backups(DOSSIER)
    assert described.path == made and described.reason == "evening" and described.dossier_id == DOSSIER
    assert described.notes == sum(len(m.notes) for m in rich_dossier().meetings)
    assert described.evening in [m.title for m in rich_dossier().meetings] and described.evening_date is not None


def test_only_the_last_twenty_are_kept(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as file:
        file.load()
        made = [file.back_up() for _ in range(23)]
    kept = backups.backups(DOSSIER)
    assert kept == made[3:]
    assert [b.path for b in backups.list_backups(DOSSIER)] == made[3:][::-1]  # newest first
    assert not any(p.exists() for p in made[:3])


def test_rolling_backups_follow_the_changes(dossier_path: Path) -> None:
    opened = open_for_editing(dossier_path)
    rolling = RollingBackups(opened)
    assert rolling.tick() is None  # nothing written since opening
    note = opened.session.dossier.meetings[0].notes[0].id
    opened.session.apply(Change.of(note, text="Eerste wijziging"))
    first = rolling.tick()
    assert first is not None and "Eerste wijziging" in _note_texts(first)
    assert rolling.tick() is None  # no change since the last backup
    opened.session.apply(Change.of(note, text="Tweede wijziging"))
    second = rolling.tick()
    opened.close()
    assert second is not None and backups.backups(DOSSIER) == [first, second]


def test_restoring_keeps_the_current_file_as_a_backup(dossier_path: Path) -> None:
    note = _first_note(dossier_path)
    with open_dossier(dossier_path) as file:
        file.load()
        old = file.back_up()
    opened = open_for_editing(dossier_path)
    opened.session.apply(Change.of(note, text="Na de backup geschreven"))
    opened.close()

    kept = backups.restore(dossier_path, old, DOSSIER)

    assert read_dossier_file(dossier_path) == rich_dossier()
    assert kept.name.endswith("-restore.bricoleur") and "Na de backup geschreven" in _note_texts(kept)
    assert backups.backups(DOSSIER) == [old, kept]
    backups.restore(dossier_path, kept, DOSSIER)  # and back: nothing was lost
    assert "Na de backup geschreven" in _note_texts(dossier_path)
    assert len(backups.backups(DOSSIER)) == 3


def test_restore_refuses_what_is_not_this_dossiers_backup(dossier_path: Path, tmp_path: Path) -> None:
    with open_dossier(dossier_path) as file:
        file.load()
        mine = file.back_up()
    stranger = backups.folder_for("another-dossier") / mine.name
    stranger.parent.mkdir(parents=True)
    stranger.write_bytes(mine.read_bytes())
    outside = tmp_path / mine.name
    outside.write_bytes(mine.read_bytes())
    before = dossier_path.read_bytes()
    with pytest.raises(DossierFileError, match="is not a backup of this dossier"):
        backups.restore(dossier_path, outside, DOSSIER)
    with pytest.raises(DossierFileError, match="is not a backup of this dossier"):
        backups.restore(dossier_path, stranger, "another-dossier")  # it holds dossier dos-1
    damaged = backups.folder_for(DOSSIER) / "20260101-000000-000000-evening.bricoleur"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50)
    with pytest.raises(DossierFileError, match="truncated"):
        backups.restore(dossier_path, damaged, DOSSIER)
    assert dossier_path.read_bytes() == before
    assert backups.describe(damaged).notes is None  # listed, but as unreadable


def test_a_dossier_id_that_is_no_file_name_gets_a_safe_folder() -> None:
    for hostile in ("../../etc", "a/b", ".hidden", "", "x" * 300, "con\x00"):
        folder = backups.folder_for(hostile)
        assert folder.parent == backups.backups_root() and folder.name.startswith("id-")
    assert backups.folder_for("d-van-heek_1").name == "d-van-heek_1"


def test_purge_shreds_every_backup_and_the_folder(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as file:
        file.load()
        made = [file.back_up() for _ in range(3)]
    (backups.folder_for(DOSSIER) / ".cut-short.bricoleur.1234.tmp").write_bytes(b"half")
    assert backups.purge(DOSSIER) == made
    assert not backups.folder_for(DOSSIER).exists()


def test_reading_an_older_file_that_another_window_holds_makes_no_backup(tmp_path: Path) -> None:
    from bricoleur_desk.storage.writer_lock import WriterLock

    from .test_merge_records import _file_at_0001

    path = tmp_path / "oud.bricoleur"
    _file_at_0001(path)
    before = path.read_bytes()
    lock = WriterLock.acquire(path)  # as a window of an older version would hold it
    try:
        dossier = read_dossier_file(path)  # a private copy is updated and read
    finally:
        lock.release()
    assert dossier.id == DOSSIER
    assert backups.backups(DOSSIER) == []  # the copy needed no backup; the user's file is unchanged
    assert path.read_bytes() == before

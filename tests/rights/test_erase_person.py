"""Erasing a resident: gone from the dossier's texts and from every byte of the file, its -wal,
its migration backups and its ink cache; a plain delete leaves no readable text either."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bricoleur_desk.domain.edits import Change, Remove
from bricoleur_desk.storage import backups, open_dossier, read_dossier_file, sqlite_file
from bricoleur_desk.ui.canvas.ink import cache as ink_cache
from bricoleur_desk.ui.canvas.ink.tiles import TILE
from bricoleur_desk.workspace.erasure import erase_people
from bricoleur_desk.workspace.opened import open_for_editing

from .sample import EMAIL, MENTION_NOTE, NAME, OTHER, PERSON, found_in, secrets, write_named


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )


def _make_older(path: Path) -> None:
    """Take the file back to schema 0001, as an earlier version of the app wrote it."""
    from alembic import command
    from sqlalchemy import create_engine

    from bricoleur_desk.storage.migrate import MIGRATIONS, _config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = _config(MIGRATIONS)
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    engine.dispose()


def _cache_tiles(dossier_id: str, seed: str) -> Path:
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#1f1f1f"))
    digest = (seed * 200)[:40] + "ab" * ink_cache.KEY_BYTES
    ink_cache.save_tiles(dossier_id, digest, TILE, {(0, 0): image})
    (written,) = ink_cache.cache_folder(dossier_id).glob(f"{digest[:40]}.bin")
    return written


def _leaks(path: Path) -> list[str]:
    raw = path.read_bytes()
    return [f"{path.name}: {secret} as {form}" for secret in secrets() for form in found_in(raw, secret)]


def test_erase_person_on_the_command_line_leaves_no_byte_of_her(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    path = write_named(tmp_path / "avond.bricoleur")
    _make_older(path)
    legacy = tmp_path / "avond.bricoleur.bak-0001"  # as earlier versions left it beside the file
    shutil.copyfile(path, legacy)
    open_for_editing(path).close()  # this version opens it: the migration keeps a backup
    dossier_id = read_dossier_file(path).id
    rolling = backups.backups(dossier_id)
    assert [b.name[-len("-update-0001.bricoleur"):] for b in rolling] == ["-update-0001.bricoleur"]
    assert rolling[0].is_relative_to(Path(os.environ["XDG_DATA_HOME"]))  # the test's own data folder
    backups_made = [legacy, *rolling]
    ours = _cache_tiles(dossier_id, "1")
    theirs = _cache_tiles("another-dossier", "2")
    assert _leaks(path) and all(_leaks(b) for b in backups_made)  # the check sees her where she is

    result = _cli("erase-person", path, "--person", PERSON)

    assert result.returncode == 0, result.stderr
    assert PERSON in result.stdout and NAME not in result.stdout
    assert "2 backups" in result.stdout and "1 cached sketch files" in result.stdout
    left = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal"), *backups_made, ours) if p.exists()]
    assert left == [path]  # backups, side files and the dossier's cache are shredded
    assert not backups.folder_for(dossier_id).exists()
    assert _leaks(path) == []
    assert theirs.exists()  # another dossier's cache is not touched
    assert ink_cache.load_tiles("another-dossier", (("2" * 200)[:40] + "ab" * ink_cache.KEY_BYTES), TILE)

    dossier = read_dossier_file(path)
    assert PERSON not in [p.id for p in dossier.people] and len(dossier.people) == 7
    meeting = dossier.meeting("m-2026-11")
    her_notes = [meeting.note("n-11-01"), meeting.note("n-11-13")]
    assert [(n.raised_by, n.raised_by_group) for n in her_notes] == [(None, "Parkstraat")] * 2
    mention = meeting.note(MENTION_NOTE)
    assert mention.text == f"[naam] vraagt of {OTHER} ook mee wil doen aan de beheergroep"
    assert mention.internal_remark == "Bel haar op [telefoon] of mail [e-mail]"
    assert meeting.frame.open[-1] == "De plek van de bank die [naam] voorstelde"
    assert meeting.summary == "Mevrouw [naam] bood aan de beheergroep te trekken."
    assert meeting.evaluation.remarks[-1] == "[naam] vond het een goede avond"
    assert dossier.promises[0].updates[-1].text == "Gebeld met [naam]"
    sticky = next(s for s in meeting.canvases[0].sheets[0].stickies if s.id == "st-rights")
    assert sticky.text == "Idee van [naam], [telefoon]"
    assert dossier.history.endswith("Contact: [e-mail].")


def test_erasing_in_an_open_dossier_empties_the_wal_and_cannot_be_undone(tmp_path: Path) -> None:
    path = write_named(tmp_path / "open.bricoleur")
    opened = open_for_editing(path)
    try:
        session = opened.session
        # typed this evening: her name goes through the -wal, and the undo history holds it
        session.apply(Change.of("m-2026-11", next_steps=f"{NAME} krijgt bericht via {EMAIL}"))
        session.apply(Change.of("m-2026-11", next_steps="Iedereen krijgt bericht"))
        assert _leaks(Path(f"{path}-wal"))
        report = erase_people(opened, [PERSON])
        assert report.person_ids == [PERSON] and report.notes_relinked == 2
        assert not session.history.can_undo() and not session.undo()
        wal = Path(f"{path}-wal")
        assert not wal.exists() or _leaks(wal) == []
        assert _leaks(path) == []
    finally:
        opened.close()
    assert _leaks(path) == []


def test_an_unknown_person_is_one_line_and_changes_nothing(tmp_path: Path, english_messages: None) -> None:
    path = write_named(tmp_path / "d.bricoleur")
    before = path.read_bytes()
    result = _cli("erase-person", path, "--person", "p-nobody")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no person with id 'p-nobody'" in result.stderr and len(result.stderr.splitlines()) == 1
    assert path.read_bytes() == before


def test_erasing_is_refused_while_the_app_has_the_dossier_open(tmp_path: Path, english_messages: None) -> None:
    path = write_named(tmp_path / "d.bricoleur")
    with open_dossier(path):
        result = _cli("erase-person", path, "--person", PERSON)
    assert result.returncode == 1 and "close it there first" in result.stderr
    assert _leaks(path)


@pytest.mark.parametrize("secure", [True, False])
def test_a_deleted_note_leaves_no_readable_text_because_secure_delete_is_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, secure: bool
) -> None:
    if not secure:
        # proves the check bites: SQLite's usual default (Windows, macOS, python.org builds; some
        # Linux builds turn it on) leaves the deleted text in the page's free space
        monkeypatch.setattr(sqlite_file, "secure_delete", lambda conn: conn.execute("PRAGMA secure_delete=OFF"))
    path = write_named(tmp_path / "d.bricoleur")
    opened = open_for_editing(path)
    text = opened.session.dossier.meeting("m-2026-11").note("n-11-05").text
    assert text.encode() in path.read_bytes()
    opened.session.apply(Remove("note", "n-11-05"))
    opened.close()
    assert (text.encode() in path.read_bytes()) is not secure


def test_an_edited_text_leaves_no_readable_old_version(tmp_path: Path) -> None:
    path = write_named(tmp_path / "d.bricoleur")
    opened = open_for_editing(path)
    old = opened.session.dossier.meeting("m-2026-11").note("n-11-05").text
    opened.session.apply(Change.of("n-11-05", text="Bereikbaarheid voor hulpdiensten"))
    opened.close()
    raw = path.read_bytes()
    assert b"Bereikbaarheid voor hulpdiensten" in raw and old.encode() not in raw


def test_backups_are_found_beside_a_file_whose_name_has_glob_characters(tmp_path: Path) -> None:
    path = tmp_path / "plan [2026]*.bricoleur"
    path.write_bytes(b"")
    mine = [tmp_path / f"{path.name}.bak-0001", tmp_path / f"{path.name}.bak-0001-2"]
    other = tmp_path / "plan 2.bricoleur.bak-0001"
    for p in (*mine, other):
        p.write_bytes(b"x")
    assert sqlite_file.backups_of(path) == mine
    sqlite_file.shred(mine[0])
    assert not mine[0].exists() and other.exists()


def test_erasure_purges_the_rolling_backups_and_the_next_one_holds_no_byte_of_her(tmp_path: Path) -> None:
    from bricoleur_desk.workspace.backups import RollingBackups

    path = write_named(tmp_path / "avond.bricoleur")
    opened = open_for_editing(path)
    rolling = RollingBackups(opened)
    opened.session.apply(Change.of(MENTION_NOTE, answer="Wordt meegenomen"))
    made = [rolling.tick()]
    opened.session.apply(Change.of(MENTION_NOTE, answer="Is meegenomen"))
    made.append(rolling.tick())
    assert all(p is not None and _leaks(p) for p in made)  # they hold her, byte for byte

    report = erase_people(opened, [PERSON])

    assert all(p in report.backups_shredded for p in made)
    assert not backups.folder_for(opened.session.dossier.id).exists()
    after = rolling.tick()  # the erasure wrote the file: the next backup is of the erased dossier
    opened.close()
    assert after is not None and _leaks(after) == []
    assert not any(p.exists() for p in made if p is not None)

"""Encrypted dossiers on disk: the commands, a wrong passphrase, and no readable text in any byte."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from rights.sample import EMAIL, NAME, found_in, secrets, write_named

from bricoleur_desk.domain.edits import Change, Insert
from bricoleur_desk.domain.model import Note
from bricoleur_desk.storage import backups_of, open_dossier, read_dossier_file
from bricoleur_desk.storage.backups import backups as rolling_backups
from bricoleur_desk.storage.encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    encrypt_copy,
    encrypt_in_place,
    remember_passphrase,
)
from bricoleur_desk.storage.interchange import dumps
from bricoleur_desk.workspace.opened import open_for_editing

from .conftest import PASSPHRASE

NEW_NOTE = "Fietsenstalling bij de ingang van Zuiderpark"


def _cli(*args: str | Path, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BRICOLEUR_PASSPHRASE", None)
    if passphrase is not None:
        env["BRICOLEUR_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,  # not a terminal: nobody to ask
        timeout=120,
    )


def _leaks(path: Path, extra: tuple[str, ...] = ()) -> list[str]:
    raw = path.read_bytes()
    assert raw, path
    return [f"{path.name}: {s} as {form}" for s in (*secrets(), *extra) for form in found_in(raw, s)]


def _as_json(path: Path) -> dict:
    return json.loads(dumps(read_dossier_file(path)))


def test_encrypt_and_decrypt_round_trip_on_the_command_line(tmp_path: Path, english_messages: None) -> None:
    plain = write_named(tmp_path / "plein.bricoleur")
    assert _leaks(plain)  # the test would find the name: the plain file has it
    encrypted, decrypted = tmp_path / "versleuteld.bricoleur", tmp_path / "terug.bricoleur"

    done = _cli("encrypt", plain, "--out", encrypted)
    assert done.returncode == 0, done.stderr
    assert _leaks(encrypted) == []
    assert not encrypted.read_bytes().startswith(b"SQLite format 3")
    assert _cli("export", encrypted, "--json", tmp_path / "uit.json").returncode == 0

    done = _cli("decrypt", encrypted, "--out", decrypted)
    assert done.returncode == 0, done.stderr
    assert decrypted.read_bytes().startswith(b"SQLite format 3")
    assert _as_json(decrypted) == _as_json(plain)
    assert json.loads((tmp_path / "uit.json").read_text("utf-8")) == _as_json(plain)


def test_a_wrong_or_missing_passphrase_is_one_line_and_exit_1(tmp_path: Path, english_messages: None) -> None:
    plain = write_named(tmp_path / "plein.bricoleur")
    encrypted = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(plain, encrypted, PASSPHRASE)
    before = encrypted.read_bytes()

    wrong = _cli("decrypt", encrypted, "--out", tmp_path / "x.bricoleur", passphrase="zomeravond")
    assert wrong.returncode == 1
    assert wrong.stderr.splitlines() == [f"bricoleur-desk: {encrypted}: the passphrase is wrong (or the file is damaged)"]
    assert not (tmp_path / "x.bricoleur").exists()

    missing = _cli("report", encrypted, "--out", tmp_path / "r.pdf", passphrase=None)
    assert missing.returncode == 1
    assert missing.stderr.splitlines() == [
        f"bricoleur-desk: {encrypted}: is encrypted; a passphrase is needed to open it"
    ]
    assert encrypted.read_bytes() == before

    with pytest.raises(WrongPassphraseError):
        remember_passphrase(encrypted, "fout")
        read_dossier_file(encrypted)
    with pytest.raises(PassphraseNeededError):
        read_dossier_file(encrypted)  # the wrong one is forgotten


def test_edits_to_an_encrypted_dossier_leave_no_text_in_the_file_or_its_wal(tmp_path: Path) -> None:
    encrypted = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), encrypted, PASSPHRASE)
    remember_passphrase(encrypted, PASSPHRASE)
    opened = open_for_editing(encrypted)
    try:
        session = opened.session
        session.apply(Insert("note", "m-2026-11", Note("n-enc", 99, NEW_NOTE)))
        session.apply(Change.of("m-2026-11", next_steps=f"{NAME} mailt {EMAIL}"))
        session.flush()
        wal = Path(f"{encrypted}-wal")
        assert wal.stat().st_size > 0  # the edits are in the -wal now, not yet in the file
        assert _leaks(wal, (NEW_NOTE, "Zuiderpark")) == []
        assert _leaks(encrypted, (NEW_NOTE, "Zuiderpark")) == []
    finally:
        opened.close()
    assert _leaks(encrypted, (NEW_NOTE, "Zuiderpark")) == []
    read_back = read_dossier_file(encrypted)
    assert NEW_NOTE in [n.text for n in read_back.meeting("m-2026-11").notes]


def test_the_file_is_a_standard_sqlcipher_4_database(tmp_path: Path) -> None:
    encrypted = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), encrypted, PASSPHRASE)
    conn = sqlcipher3.connect(str(encrypted))  # sqlcipher's own key derivation from the passphrase
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        (title,) = conn.execute("SELECT title FROM dossier").fetchone()
    finally:
        conn.close()
    assert title == read_dossier_file(tmp_path / "plein.bricoleur").title
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted).execute("SELECT * FROM dossier").fetchall()


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


def test_encrypting_in_place_covers_the_backups_and_later_backups_are_encrypted(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    path = write_named(folder / "plein.bricoleur")
    _make_older(path)
    open_dossier(path).close()  # migrated: the plain 0001 file kept as a backup in the data folder
    dossier_id = read_dossier_file(path).id
    (plain_backup,) = rolling_backups(dossier_id)
    assert _leaks(plain_backup) and backups_of(path) == []

    assert encrypt_in_place(path, PASSPHRASE) == [path, plain_backup]
    assert sorted(p.name for p in folder.iterdir()) == ["plein.bricoleur"]  # no plain leftover
    assert [p.name for p in plain_backup.parent.iterdir()] == [plain_backup.name]
    assert _leaks(path) == [] and _leaks(plain_backup) == []
    assert read_dossier_file(path).title  # opens with the remembered passphrase

    # an encrypted dossier from an older version: its migration backup is encrypted too
    older = tmp_path / "ouder.bricoleur"
    write_named(older)
    _make_older(older)
    encrypt_in_place(older, PASSPHRASE)
    open_dossier(older).close()
    backup = rolling_backups(read_dossier_file(older).id)[-1]  # the newest: its migration's
    assert _leaks(backup) == [] and _leaks(older) == []
    remember_passphrase(backup, PASSPHRASE)
    conn = sqlcipher3.connect(str(backup))
    conn.execute("PRAGMA key = '" + PASSPHRASE + "'")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


def test_a_copy_of_an_open_encrypted_dossier_is_encrypted(tmp_path: Path) -> None:
    encrypted = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), encrypted, PASSPHRASE)
    remember_passphrase(encrypted, PASSPHRASE)
    opened = open_for_editing(encrypted)  # a window has it open: the copy is made beside it
    try:
        opened.session.apply(Insert("note", "m-2026-11", Note("n-enc", 99, NEW_NOTE)))
        opened.session.flush()
        done = _cli("copy", encrypted, "--out", tmp_path / "kopie.bricoleur")
        assert done.returncode == 0, done.stderr
    finally:
        opened.close()
    copy = tmp_path / "kopie.bricoleur"
    assert _leaks(copy, (NEW_NOTE,)) == []
    remember_passphrase(copy, PASSPHRASE)
    assert NEW_NOTE in [n.text for n in read_dossier_file(copy).meeting("m-2026-11").notes]


def test_an_open_encrypted_dossier_is_not_overwritten_and_needs_no_passphrase_to_refuse(tmp_path: Path) -> None:
    from bricoleur_desk.storage import DossierLockedError, create_dossier
    from bricoleur_desk.storage.driver import forget

    encrypted = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), encrypted, PASSPHRASE)
    remember_passphrase(encrypted, PASSPHRASE)
    opened = open_dossier(encrypted)
    try:
        forget(encrypted)
        with pytest.raises(DossierLockedError):
            create_dossier(encrypted, read_dossier_file(tmp_path / "plein.bricoleur"), overwrite=True)
    finally:
        opened.close()

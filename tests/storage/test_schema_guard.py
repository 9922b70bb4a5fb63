"""A dossier whose schema holds objects the app did not create is refused; `clean` copies it without them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bricoleur_desk.app import main
from bricoleur_desk.storage import open_dossier, read_dossier_file
from bricoleur_desk.storage.schema_guard import ForeignSchemaError, foreign_objects

from .conftest import rich_dossier

CRAFTED = {
    "rename": "CREATE TRIGGER rename AFTER UPDATE ON person BEGIN UPDATE person SET name = 'X'; END",
    "spy": "CREATE TABLE spy (text TEXT)",
    "copy_deleted": "CREATE TRIGGER copy_deleted BEFORE DELETE ON note BEGIN INSERT INTO spy VALUES (old.text); END",
    "block": "CREATE TRIGGER block BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'no'); END",
    "people": "CREATE VIEW people AS SELECT name FROM person",
    "ix_note_parent": None,  # our own index name, now UNIQUE on the text: saving a same note fails
}


def _craft(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for name, sql in CRAFTED.items():
            if sql is None:
                conn.execute(f"DROP INDEX {name}")
                conn.execute(f"CREATE UNIQUE INDEX {name} ON note (text)")
            else:
                conn.execute(sql)
    conn.close()


def test_a_file_the_migrations_made_holds_nothing_foreign(dossier_path: Path) -> None:
    conn = sqlite3.connect(dossier_path)
    assert foreign_objects(conn) == []
    conn.close()


def test_triggers_views_and_foreign_tables_are_refused_before_any_write(dossier_path: Path) -> None:
    _craft(dossier_path)
    before = dossier_path.read_bytes()
    for action in (open_dossier, read_dossier_file):
        with pytest.raises(ForeignSchemaError) as caught:
            action(dossier_path)
        message = str(caught.value)
        assert message.startswith(f"{dossier_path}: holds database objects Bricoleur Desk did not create (")
        assert "trigger 'rename'" in message and "view 'people'" in message and "and 1 more" in message
        assert message.endswith("make a clean copy with: bricoleur-desk clean FILE --out NEW")
        assert "\n" not in message
    assert dossier_path.read_bytes() == before


def test_clean_makes_a_copy_without_them_that_opens(
    dossier_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _craft(dossier_path)
    out = tmp_path / "schoon.bricoleur"
    assert main(["clean", str(dossier_path), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"bricoleur-desk: wrote {out}; left out: ") and "trigger 'block'" in said
    conn = sqlite3.connect(out)
    assert foreign_objects(conn) == []
    conn.close()
    assert read_dossier_file(out) == rich_dossier()
    with open_dossier(out) as opened:  # writing works, and nothing rewrites the names
        opened.load()
    assert main(["clean", str(dossier_path), "--out", str(dossier_path)]) == 1  # never over the input

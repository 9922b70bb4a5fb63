"""What a later merge of two copies needs: a version per row, raised by each write, and deletions recorded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bricoleur_desk.domain.edits import Change, Move, Remove
from bricoleur_desk.storage import create_dossier, open_dossier, sqlite_file
from bricoleur_desk.storage.entities import ENTITIES
from bricoleur_desk.storage.identity import SCHEMA_REVISION
from bricoleur_desk.storage.migrate import MIGRATIONS
from bricoleur_desk.workspace.session import DossierSession

from .conftest import rich_dossier


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _versions(path: Path, table: str) -> dict[str, int]:
    return dict(_query(path, f"SELECT id, version FROM {table}"))  # type: ignore[arg-type]


def _deletions(path: Path) -> dict[str, tuple[object, ...]]:
    return {row[0]: row[1:] for row in _query(path, "SELECT id, kind, deleted_at, version FROM deletion")}  # type: ignore[misc]


def test_a_new_file_has_every_row_at_version_one(dossier_path: Path) -> None:
    for table in ENTITIES:
        assert set(_versions(dossier_path, table).values()) == {1}, table
    assert _deletions(dossier_path) == {}


def test_each_write_of_a_row_raises_its_version_and_only_its_own(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        session.apply(Change.of("n1", text="Er wordt te hard gereden"))
        session.apply(Change.of("n1", text="Er wordt veel te hard gereden"))
        session.apply(Change.of("t2", name="Groen"))
        session.apply(Move("theme", "t2", 0))  # a move is a change too: the order is merged later
    assert _versions(dossier_path, "note") == {"n1": 3, "n2": 1, "n3": 1}
    assert _versions(dossier_path, "theme") == {"t1": 1, "t2": 3}


def test_a_deletion_is_recorded_with_its_children_and_undoing_it_continues_the_version(
    dossier_path: Path,
) -> None:
    before = datetime.now(UTC)
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        session.apply(Change.of("n3", text="Een moestuin met kas"))
        session.apply(Remove("note", "n3"))
        session.apply(Remove("sheet", "s1"))  # its strokes, stickies, labels and pins go with it
    assert "n3" not in _versions(dossier_path, "note")
    recorded = _deletions(dossier_path)
    assert set(recorded) == {"n3", "s1", "st1", "st2", "sk1", "lb1", "pin1"}
    kind, deleted_at, version = recorded["n3"]
    assert (kind, version) == ("note", 3)  # written twice, then deleted
    assert before <= datetime.fromisoformat(str(deleted_at)) <= datetime.now(UTC) + timedelta(seconds=1)
    assert recorded["st1"][0::2] == ("stroke", 2)

    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        session.apply(Remove("note", "n2"))
        assert session.undo()  # n2 is back: it is not deleted any more, and its version goes on
    assert "n2" not in _deletions(dossier_path)
    assert _versions(dossier_path, "note")["n2"] == 3


def _file_at_0001(path: Path) -> None:
    """A dossier file at revision 0001: the rich dossier written today, then every later migration undone."""
    from alembic import command
    from alembic.config import Config

    create_dossier(path, rich_dossier()).close()
    raw = sqlite_file.connect(path)
    sqlite_file.prepare_for_writing(raw)
    engine = sqlite_file.make_engine(raw)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # foreign keys off, as when upgrading: a rebuilt parent table must not cascade to its children
    with sqlite_file.foreign_keys_off(raw), engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    engine.dispose()
    sqlite_file.close(raw)


def _contents(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(_query(path, f"SELECT {', '.join(c)} FROM {t}"), key=repr) for t, c in columns.items()}


def test_a_file_of_the_first_release_is_backed_up_then_given_versions(tmp_path: Path) -> None:
    path = tmp_path / "oud.bricoleur"
    _file_at_0001(path)
    # the tables of the first release (a table added later, like stakeholder or colleague, is not there yet)
    found = {t: [str(row[1]) for row in _query(path, f"PRAGMA table_info({t})")] for t in ENTITIES}
    columns = {t: c for t, c in found.items() if c}
    assert "stakeholder" not in columns and "colleague" not in columns and "version" not in columns["note"]
    assert _query(path, "SELECT name FROM sqlite_master WHERE name = 'deletion'") == []
    original, held = _dump(path), _contents(path, columns)
    with open_dossier(path) as opened:
        loaded = opened.load()
    # every value the old file held is still there (a later field may add its default)
    assert _contents(path, columns) == held
    sheet = loaded.meetings[0].canvases[0].sheets[0]
    assert [n.text for n in loaded.meetings[0].notes] == [n.text for n in rich_dossier().meetings[0].notes]
    assert [s.points for s in sheet.strokes] == [
        s.points for s in rich_dossier().meetings[0].canvases[0].sheets[0].strokes
    ]
    from bricoleur_desk.storage import backups

    (kept,) = backups.backups(loaded.id)
    assert kept.name.endswith("-update-0001.bricoleur") and _dump(kept) == original
    with open_dossier(path) as opened:
        session = DossierSession(opened.load(), store=opened)
        session.apply(Remove("note", "n3"))
    assert _versions(path, "note") == {"n1": 1, "n2": 1}
    assert _deletions(path)["n3"][0::2] == ("note", 2)
    assert _query(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()

"""Refuse a dossier whose SQLite schema holds objects the app did not create; make a clean copy.

A trigger or a view in a file from someone else runs inside every save: it can rewrite names,
copy deleted text into a hidden table or block saving. The migrations create tables, their
``ix_<table>_parent`` indexes and nothing else (tests/storage/test_schema_guard.py checks this
against a file the migrations made), so anything more in ``sqlite_master`` is foreign. The check
reads only ``sqlite_master``: opening stays fast and needs no SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import sqlite_file, temporaries
from .entities import ENTITIES
from .errors import DossierFileError, Message

# made by the migrations besides the entities' tables; sqlite_* tables are SQLite's own
_OTHER_TABLES = {"alembic_version", "archive_base", "archive_origin", "deletion", "report_cache"}
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


class ForeignSchemaError(DossierFileError):
    """The file holds triggers, views, tables or indexes that Bricoleur Desk did not create."""


def _expected_indexes() -> dict[str, str]:
    """Index name -> the SQL the migrations create it with."""
    return {
        f"ix_{e.table}_parent": f"CREATE INDEX ix_{e.table}_parent ON {e.table} ({e.parent_column}, position)"
        for e in ENTITIES.values()
        if e.parent_column is not None
    }


_TABLES = {e.table for e in ENTITIES.values()} | _OTHER_TABLES | _SQLITE_TABLES
_INDEXES = _expected_indexes()


def foreign_objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, name) of every schema object the app's migrations do not create."""
    found = []
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"):
        if kind == "table" and name in _TABLES:
            continue
        if kind == "index" and (
            (sql is None and str(name).startswith("sqlite_autoindex_")) or _INDEXES.get(name) == sql
        ):
            continue
        found.append((str(kind), str(name)))
    return found


def check_schema(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse the file, before anything is written, when it holds objects the app did not create."""
    found = foreign_objects(conn)
    if found:
        listed: str | Message = ", ".join(f"{kind} {name!r}" for kind, name in found[:5])
        if len(found) > 5:
            listed = Message("{listed} and {count} more", listed=listed, count=len(found) - 5)
        raise ForeignSchemaError(
            path,
            "holds database objects Bricoleur Desk did not create ({listed}), which could act "
            "on every save; make a clean copy with: bricoleur-desk clean FILE --out NEW",
            listed=listed,
        )


def clean_copy(path: Path, target: Path) -> list[tuple[str, str]]:
    """Copy ``path`` to ``target`` without the objects the app did not create; returns what was left out.

    The copy is made with SQLite's backup API into a private temporary file, the foreign objects
    are dropped there (dropping never runs a trigger) and it is renamed into place when complete.
    """
    path, target = Path(path), Path(target)
    sqlite_file.check_can_open(path)
    sqlite_file.check_header(path)
    try:
        source = sqlite_file.connect_reader(path)
    except sqlite_file.Error as e:
        raise sqlite_file.translate(path, e) from None
    try:
        with temporaries.replacing(target, ".tmp") as temp:
            sqlite_file.copy_into(source, temp)
            copy = sqlite_file.connect_like(source, temp)
            try:
                copy.execute("PRAGMA trusted_schema = OFF")
                removed = foreign_objects(copy)
                copy.execute("BEGIN")
                # triggers and views first: a table they refer to may be dropped after them
                order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
                for kind, name in sorted(removed, key=lambda item: order.get(item[0], 4)):
                    if kind in order:
                        quoted = '"' + name.replace('"', '""') + '"'
                        copy.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")
                copy.execute("COMMIT")
                copy.execute("VACUUM")  # what the dropped objects held is gone from the file too
                left = foreign_objects(copy)
            finally:
                copy.close()
            if left:
                raise DossierFileError(
                    path, "could not remove {kind} {name} from the copy", kind=left[0][0], name=repr(left[0][1])
                )
    except sqlite_file.Error as e:
        raise sqlite_file.translate(path, e) from None
    finally:
        source.close()
    sqlite_file.fsync_folder(target.parent)
    return removed

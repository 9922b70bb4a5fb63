"""A dossier file's rows exactly as stored, for the team archive (bricoleur_desk/archive).

The archive keeps what the file keeps: every entity's rows with their ``version`` and the
``deletion`` records, so that a later merge of two laptops' work (the team issue) has the same
history in the archive as in a file. Rows are read and written through the tables of
``schema.py``, so values arrive decoded (dates, enums, JSON, bytes) whatever the database.
The SQLite details stay in ``dossier_file`` and ``sqlite_file``; this module only adds the
whole-table reads, a new file made from rows, the record of where a file came from
(``archive_origin``) with each row's version as the archive had it then (``archive_base``, the
base of the next push's merge), and the replacement of a file's rows by a merged dossier.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import Connection

from ..domain.model import Dossier
from . import sqlite_file
from .dossier_file import DossierFile, create_filled
from .errors import DossierFileError
from .schema import ARCHIVE_BASE, ARCHIVE_ORIGIN, DELETION, TABLES

Row = dict[str, Any]

# what the archive copies, parents before children; "deletion" last
COPIED: dict[str, Table] = {**TABLES, "deletion": DELETION}


@dataclass(frozen=True)
class StoredDossier:
    """A dossier read from its file: the domain object, every row as stored, and its origins."""

    dossier: Dossier
    tables: dict[str, list[Row]]  # table name (COPIED's keys) -> rows, each a dict by column
    origins: dict[str, int]  # archive id -> the revision last pulled from or pushed to it
    encrypted: bool
    bases: dict[str, dict[str, int]]  # archive id -> {row id: its version in that archive then}


def read_stored(opened: DossierFile) -> StoredDossier:
    """Everything the archive keeps of an open dossier, read in one transaction (checked by ``load``)."""
    dossier = opened.load()  # refuses a damaged row before anything leaves the laptop
    conn = opened._connection()
    try:
        with conn.begin():
            tables = {name: [dict(r) for r in conn.execute(select(t)).mappings()] for name, t in COPIED.items()}
            origins = {r.archive_id: r.revision for r in conn.execute(select(ARCHIVE_ORIGIN))}
            bases: dict[str, dict[str, int]] = {archive_id: {} for archive_id in origins}
            for r in conn.execute(select(ARCHIVE_BASE)):
                bases.setdefault(r.archive_id, {})[r.id] = r.version
    except Exception as e:
        raise opened._translate(e) from None
    return StoredDossier(dossier, tables, origins, sqlite_file.is_encrypted(opened.path), bases)


def versions(tables: Mapping[str, Sequence[Row]]) -> dict[str, int]:
    """Each entity row's id -> its version (deletion records left out): what a base records."""
    return {row["id"]: row["version"] for name in TABLES for row in tables.get(name, ())}


class FileUpdate:
    """The file's side of a push, in a transaction that :func:`updating` commits at its end."""

    def __init__(self, opened: DossierFile, conn: Connection) -> None:
        self._opened = opened
        self._conn = conn

    def record(
        self, archive_id: str, dossier_id: str, revision: int, base: Mapping[str, int], known: Mapping[str, int]
    ) -> None:
        """The file now matches ``revision`` of the dossier in that archive, whose rows had ``base``'s
        versions; ``known`` is the base the file held so far (only the difference is written)."""
        _put_origin(self._conn, archive_id, dossier_id, revision, base, known)

    def replace_rows(self, tables: Mapping[str, Sequence[Row]], before: Mapping[str, Sequence[Row]]) -> Dossier:
        """The file's rows, which were ``before``, become ``tables`` (a merged dossier), returned as read
        back; refused unless it reads back.

        Only what differs is written: rows gone are deleted (children first), rows changed are
        updated in place (a delete would take their children along), new rows are inserted
        (parents first); the deletion records are replaced whole.
        """
        from .reader import BadRowError, DossierMissingError, read_dossier

        old = {row["id"]: row for name in TABLES for row in before.get(name, ())}
        new = {row["id"]: row for name in TABLES for row in tables.get(name, ())}
        for name in reversed(TABLES):
            table = TABLES[name]
            gone = [row["id"] for row in before.get(name, ()) if row["id"] not in new]
            for start in range(0, len(gone), 500):
                self._conn.execute(delete(table).where(table.c.id.in_(gone[start : start + 500])))
        for name, table in TABLES.items():
            for row in tables.get(name, ()):
                known = old.get(row["id"])
                if known is None:
                    self._conn.execute(insert(table), row)
                elif known is not row and known != row:
                    self._conn.execute(update(table).where(table.c.id == row["id"]).values(row))
        self._conn.execute(delete(DELETION))
        if tables.get("deletion"):
            self._conn.execute(insert(DELETION), list(tables["deletion"]))
        try:
            return read_dossier(self._opened._raw_connection())[0]  # the same connection: sees this transaction
        except (BadRowError, DossierMissingError, ValueError, KeyError, TypeError) as e:
            raise DossierFileError(
                self._opened.path,
                "the merged dossier would not read back ({reason}); nothing was pushed and the file is unchanged",
                reason=e.message if isinstance(e, BadRowError) else f"{type(e).__name__}: {e}",
            ) from None


@contextmanager
def updating(opened: DossierFile) -> Iterator[FileUpdate]:
    """One transaction on the open file, committed when the block ends (after the archive's commit
    inside it), rolled back when anything in the block fails."""
    conn = opened._connection()
    try:
        with conn.begin():
            yield FileUpdate(opened, conn)
    except DossierFileError:
        raise
    except Exception as e:
        raise opened._translate(e) from None


def _put_origin(
    conn: Connection,
    archive_id: str,
    dossier_id: str,
    revision: int,
    base: Mapping[str, int],
    known: Mapping[str, int] | None = None,
) -> None:
    conn.execute(delete(ARCHIVE_ORIGIN).where(ARCHIVE_ORIGIN.c.archive_id == archive_id))
    conn.execute(
        insert(ARCHIVE_ORIGIN),
        {"archive_id": archive_id, "dossier_id": dossier_id, "revision": revision, "at": datetime.now(UTC)},
    )
    known = known or {}
    # the driver's own executemany: a push of 15,000 rows records their base in a few milliseconds
    gone = [(archive_id, row_id) for row_id in known if row_id not in base]
    if gone:
        conn.exec_driver_sql("DELETE FROM archive_base WHERE archive_id = ? AND id = ?", gone)
    changed = [(archive_id, row_id, version) for row_id, version in base.items() if known.get(row_id) != version]
    if changed:
        conn.exec_driver_sql("INSERT OR REPLACE INTO archive_base (archive_id, id, version) VALUES (?, ?, ?)", changed)


def _fill(conn: Connection, tables: Mapping[str, Sequence[Row]]) -> None:
    for name, table in COPIED.items():
        rows = list(tables.get(name, ()))
        if rows:
            conn.execute(insert(table), rows)


def create_from_rows(
    path: Path, tables: Mapping[str, Sequence[Row]], origin: tuple[str, str, int]
) -> Dossier:
    """A new dossier file holding exactly these rows (all or nothing), recording its origin; what it holds.

    ``origin`` is (archive id, dossier id, revision); the rows' versions are recorded as the
    base of the next push. The new file is read back once as the app
    opens it: a row the reader refuses removes the file again and says why.
    """

    def fill(conn: Connection) -> None:
        _fill(conn, tables)
        _put_origin(conn, *origin, versions(tables))

    opened = create_filled(Path(path), fill)
    try:
        dossier = opened.load()
    except DossierFileError:
        opened.close()
        Path(path).unlink(missing_ok=True)
        raise
    opened.close()
    return dossier

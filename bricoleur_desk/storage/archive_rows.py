"""A dossier file's rows exactly as stored, for the team archive (bricoleur_desk/archive).

The archive keeps what the file keeps: every entity's rows with their ``version`` and the
``deletion`` records, so that a later merge of two laptops' work (the team issue) has the same
history in the archive as in a file. Rows are read and written through the tables of
``schema.py``, so values arrive decoded (dates, enums, JSON, bytes) whatever the database.
The SQLite details stay in ``dossier_file`` and ``sqlite_file``; this module only adds the
whole-table reads, a new file made from rows, and the record of where a file came from
(``archive_origin``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import Connection

from ..domain.model import Dossier
from . import sqlite_file
from .dossier_file import DossierFile, create_filled
from .errors import DossierFileError
from .schema import ARCHIVE_ORIGIN, DELETION, TABLES

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


def read_stored(opened: DossierFile) -> StoredDossier:
    """Everything the archive keeps of an open dossier, read in one transaction (checked by ``load``)."""
    dossier = opened.load()  # refuses a damaged row before anything leaves the laptop
    conn = opened._connection()
    try:
        with conn.begin():
            tables = {name: [dict(r) for r in conn.execute(select(t)).mappings()] for name, t in COPIED.items()}
            origins = {r.archive_id: r.revision for r in conn.execute(select(ARCHIVE_ORIGIN))}
    except Exception as e:
        raise opened._translate(e) from None
    return StoredDossier(dossier, tables, origins, sqlite_file.is_encrypted(opened.path))


def record_origin(opened: DossierFile, archive_id: str, dossier_id: str, revision: int) -> None:
    """Remember in the file that it now matches ``revision`` of the dossier in that archive."""
    conn = opened._connection()
    try:
        with conn.begin():
            _put_origin(conn, archive_id, dossier_id, revision)
    except Exception as e:
        raise opened._translate(e) from None


def _put_origin(conn: Connection, archive_id: str, dossier_id: str, revision: int) -> None:
    conn.execute(delete(ARCHIVE_ORIGIN).where(ARCHIVE_ORIGIN.c.archive_id == archive_id))
    conn.execute(
        insert(ARCHIVE_ORIGIN),
        {"archive_id": archive_id, "dossier_id": dossier_id, "revision": revision, "at": datetime.now(UTC)},
    )


def create_from_rows(
    path: Path, tables: Mapping[str, Sequence[Row]], origin: tuple[str, str, int]
) -> Dossier:
    """A new dossier file holding exactly these rows (all or nothing), recording its origin; what it holds.

    ``origin`` is (archive id, dossier id, revision). The new file is read back once as the app
    opens it: a row the reader refuses removes the file again and says why.
    """

    def fill(conn: Connection) -> None:
        for name, table in COPIED.items():
            rows = list(tables.get(name, ()))
            if rows:
                conn.execute(insert(table), rows)
        _put_origin(conn, *origin)

    opened = create_filled(Path(path), fill)
    try:
        dossier = opened.load()
    except DossierFileError:
        opened.close()
        Path(path).unlink(missing_ok=True)
        raise
    opened.close()
    return dossier

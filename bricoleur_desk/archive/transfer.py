"""Push a dossier file into the team archive and pull one back out as a file.

A push is one transaction: the dossier's rows in the archive are replaced by the file's, or
nothing happens. It replaces only what this file was pulled from: the file records the archive's
id and the revision it was pulled (or last pushed) at (``archive_origin``), and a push whose
revision is no longer the archive's is refused, so a colleague's newer work is never
overwritten (merging both is the team issue's). After the commit the file records the new
revision. A pull writes a new file that opens offline like any other, with the same rows,
versions and deletion records, and the revision it was pulled at.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text, update

from ..domain.model import Dossier
from ..storage import archive_rows, open_dossier, shred
from ..storage.errors import DossierFileError
from .access import PublicCopy, store_public_copy, team_at_push
from .connection import Archive
from .errors import ArchiveError, PushRefusedError
from .schema import COPIED, DOSSIERS, INFO

PUSH_LOST_PROBLEM = (
    "{database}: the connection was lost during the push; nothing was changed in the archive and the file is as it was"
)


@dataclass(frozen=True)
class Pushed:
    dossier_id: str
    title: str
    revision: int
    replaced: bool  # an earlier revision was replaced (False: new in the archive)


@dataclass(frozen=True)
class Pulled:
    dossier_id: str
    title: str
    revision: int
    path: Path
    encrypted: bool


def push(
    archive: Archive,
    path: Path,
    *,
    team: str | None = None,
    public: Callable[[Dossier], PublicCopy] | None = None,
) -> Pushed:
    """Send the dossier in ``path`` to the archive, all or nothing; refused when changed there meanwhile.

    The file is opened as its only writer (a window that has it open is asked to close it), so
    nothing changes it between the read and the record of the new revision. ``team``: whose
    dossier it is (archive/access.py; kept when None). ``public`` makes the masked copy advisers
    see (workspace/archive_access.py); without it the dossier has none.
    """
    with open_dossier(Path(path)) as opened:
        stored = archive_rows.read_stored(opened)
        dossier = stored.dossier
        masked = public(dossier) if public is not None else None  # before the transaction: may take seconds
        with archive.transaction(lost=PUSH_LOST_PROBLEM) as conn:
            archive_id = str(conn.execute(select(INFO.c.archive_id)).scalar_one())
            # two pushes of the same dossier at once: the second waits, then sees the first's revision
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"), {"id": dossier.id})
            current = conn.execute(select(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier.id)).first()
            pulled = stored.origins.get(archive_id)
            summary = {
                "title": dossier.title,
                "changed_at": func.now(),
                "changed_by": func.current_user(),
                "encrypted_source": stored.encrypted,
                **team_at_push(conn, archive, team, new=current is None),
            }
            if current is None:
                revision = (pulled or 0) + 1
                conn.execute(insert(DOSSIERS).values(dossier_id=dossier.id, revision=revision, **summary))
            else:
                _check_not_changed(archive, Path(path), dossier.id, pulled, current)
                revision = current.revision + 1
                for table in COPIED.values():  # each row hangs on archive_dossier only: any order
                    conn.execute(delete(table).where(table.c.dossier_id == dossier.id))
                conn.execute(
                    update(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier.id).values(revision=revision, **summary)
                )
            for name, table in COPIED.items():
                if stored.tables[name]:
                    _copy_in(conn, table, dossier.id, stored.tables[name])
            store_public_copy(conn, dossier.id, masked)
        try:
            archive_rows.record_origin(opened, archive_id, dossier.id, revision)
        except DossierFileError as e:
            raise ArchiveError(
                "{path}: pushed as revision {revision}, but the file could not record it ({reason}); "
                "pull the dossier again before the next push",
                path=path,
                revision=revision,
                reason=e.problem,
            ) from None
    return Pushed(dossier.id, dossier.title, revision, current is not None)


def _copy_in(conn: Any, table: Table, dossier_id: str, rows: list[dict[str, Any]]) -> None:
    """Insert the rows with COPY: a 10,000-stroke push in a third of the time of an INSERT per row.

    Each value goes through its column type's bind processing first (an ISO datetime's text, a
    JSON value's text, an enum's value), exactly as an INSERT through SQLAlchemy would send it.
    """
    columns = [c for c in table.columns if c.computed is None]
    keys = [c.name for c in columns]
    if conn.execute(text("SELECT row_security_active(:t)"), {"t": table.name}).scalar():
        # PostgreSQL has no COPY FROM under row-level security (a team member's push): INSERT
        conn.execute(insert(table), [{**{k: row.get(k) for k in keys}, "dossier_id": dossier_id} for row in rows])
        return
    processors = [c.type._cached_bind_processor(conn.dialect) for c in columns]
    names = ", ".join(conn.dialect.identifier_preparer.quote(c.name) for c in columns)
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {conn.dialect.identifier_preparer.quote(table.name)} ({names}) FROM STDIN") as copy:
        for row in rows:
            row = {**row, "dossier_id": dossier_id}
            copy.write_row(
                [value if process is None or value is None else process(value) for value, process in zip(
                    [row.get(k) for k in keys], processors, strict=True
                )]
            )


def _check_not_changed(archive: Archive, path: Path, dossier_id: str, pulled: int | None, current: Any) -> None:
    when = f"{current.changed_at.astimezone():%Y-%m-%d %H:%M}"
    if pulled is None:
        raise PushRefusedError(
            "{database}: dossier {dossier} is already in the archive (revision {revision}, pushed by {who} "
            "on {when}) and {path} was not pulled from it; nothing was pushed: pull the archive's version "
            "and make your changes there",
            database=archive.name,
            dossier=dossier_id,
            revision=current.revision,
            who=current.changed_by,
            when=when,
            path=path,
        )
    if pulled != current.revision:
        raise PushRefusedError(
            "{database}: dossier {dossier} was changed in the archive since {path} was pulled (revision "
            "{pulled}, now {revision}, by {who} on {when}); nothing was pushed and the file is unchanged: "
            "pull the archive's version into another file and carry your changes over",
            database=archive.name,
            dossier=dossier_id,
            path=path,
            pulled=pulled,
            revision=current.revision,
            who=current.changed_by,
            when=when,
        )


def pull(archive: Archive, dossier_id: str, out: Path, *, passphrase: str | None = None, plain: bool = False) -> Pulled:
    """Write the archive's dossier as a new file ``out`` (never over an existing file).

    A dossier pushed from an encrypted file is written encrypted with ``passphrase``, or plain
    only when ``plain`` says so: the archive never silently turns an encrypted dossier into a
    plain file on a laptop.
    """
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise ArchiveError("{path}: already exists; choose another name or remove it first", path=out)
    with archive.transaction() as conn:
        # one snapshot for every table: a push committed meanwhile is seen whole or not at all
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        archive_id = str(conn.execute(select(INFO.c.archive_id)).scalar_one())
        summary = conn.execute(select(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier_id)).first()
        if summary is None:
            raise ArchiveError(
                "{database}: no dossier {dossier} in the archive; archive list shows the ids",
                database=archive.name,
                dossier=dossier_id,
            )
        if summary.encrypted_source and passphrase is None and not plain:
            raise ArchiveError(
                "{database}: dossier {dossier} came from an encrypted file; pull it with --encrypt "
                "(asks for a passphrase) or, to write it unencrypted, with --plain",
                database=archive.name,
                dossier=dossier_id,
            )
        tables = {name: _rows(conn, name, dossier_id) for name in COPIED}
    origin = (archive_id, dossier_id, int(summary.revision))
    if passphrase is None:
        dossier = archive_rows.create_from_rows(out, tables, origin)
    else:
        dossier = _create_encrypted(out, tables, origin, passphrase)
    return Pulled(dossier.id, dossier.title, int(summary.revision), out, passphrase is not None)


def _rows(conn: Any, name: str, dossier_id: str) -> list[dict[str, Any]]:
    table = COPIED[name]
    in_file = archive_rows.COPIED[name].c
    columns = [c for c in table.columns if c.name in in_file]
    query = select(*columns).where(table.c.dossier_id == dossier_id)
    return [dict(row) for row in conn.execute(query).mappings()]


def _create_encrypted(out: Path, tables: dict[str, list[dict[str, Any]]], origin: tuple[str, str, int], passphrase: str) -> Any:
    from ..storage.encryption import encrypt_copy

    with tempfile.TemporaryDirectory(prefix="bricoleur-pull-") as folder:  # private (0700)
        plain_copy = Path(folder) / out.name
        try:
            dossier = archive_rows.create_from_rows(plain_copy, tables, origin)
            encrypt_copy(plain_copy, out, passphrase)
        finally:
            if plain_copy.exists():
                shred(plain_copy)
    return dossier


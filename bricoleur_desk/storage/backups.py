"""Rolling backups of a dossier in the user's data folder, made with SQLite's backup API.

Where: ``<user data folder>/bricoleur-desk/backups/<dossier id>/``, one folder per dossier
(readable by its owner only, 0700), each backup one self-contained SQLite file (0600) named
``YYYYMMDD-HHMMSS-ffffff-REASON.bricoleur`` (UTC), so that the names sort by age. Reasons:
``evening`` (the window's timer, every ten minutes of an evening with changes),
``update-REVISION`` (before a migration changes the file) and ``restore`` (the file as it was
before a backup was restored over it). The last :data:`KEEP` are kept; older ones are shredded,
like every backup an erasure purges (they hold the people as they were).

A backup is written under a private temporary name and renamed into place when complete: a
crash leaves no half backup. Listing reads each backup read-only (``immutable``): it is never
migrated, locked or changed by being looked at.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import driver, sqlite_file, temporaries
from .errors import DossierFileError
from .writer_lock import WriterLock

log = logging.getLogger(__name__)
KEEP = 20
SUFFIX = ".bricoleur"
EVENING = "evening"
RESTORE = "restore"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9.-]+)\.bricoleur$")
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$")


def update_reason(revision: str) -> str:
    """The reason of the backup made before the file is updated from ``revision``."""
    return "update-" + re.sub(r"[^a-z0-9.-]", "-", revision.lower())[:40]


def backups_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("bricoleur-desk", appauthor=False)) / "backups"


def folder_for(dossier_id: str) -> Path:
    """The folder of one dossier's backups (an id that is no safe file name is hashed)."""
    name = dossier_id if _SAFE_ID.match(dossier_id) else "id-" + hashlib.blake2b(
        dossier_id.encode(), digest_size=16
    ).hexdigest()
    return backups_root() / name


@dataclass(frozen=True)
class Backup:
    """One backup: when and why it was made, and what it holds (None where it cannot be read)."""

    path: Path
    made_at: datetime  # UTC
    reason: str
    evening: str | None = None  # the meeting last written to: its title
    evening_date: date | None = None
    notes: int | None = None
    dossier_id: str | None = None


def save(conn: sqlite3.Connection, dossier_id: str, reason: str = EVENING, *, keep: int = KEEP) -> Path:
    """A complete copy of the database behind ``conn`` as this dossier's newest backup.

    Consistent also while the dossier is being written (one read transaction, the ``-wal``
    included). Raises ``DossierFileError`` naming the backup when it cannot be written.
    """
    folder = _folder(dossier_id)
    target = folder / f"{datetime.now(UTC).strftime(_STAMP)}-{reason}{SUFFIX}"
    while target.exists():  # two within a microsecond: never overwrite one
        target = target.with_name(f"{datetime.now(UTC).strftime(_STAMP)}-{reason}{SUFFIX}")
    try:
        with temporaries.replacing(target, ".tmp", mode=0o600) as temp:
            sqlite_file.copy_into(conn, temp)
    except sqlite3.Error as e:
        raise sqlite_file.translate(target, e) from None
    except OSError as e:
        raise DossierFileError(target, "cannot write the backup: {reason}", reason=e.strerror or e) from None
    sqlite_file.fsync_folder(folder)
    prune(dossier_id, keep)
    return target


def backups(dossier_id: str) -> list[Path]:
    """This dossier's backups, oldest first."""
    try:
        paths = [p for p in folder_for(dossier_id).iterdir() if _NAME.match(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(paths, key=lambda p: p.name)


def describe(path: Path) -> Backup:
    """When, why, and what a backup holds: its evening and its number of notes."""
    match = _NAME.match(path.name)
    made_at = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC) if match else datetime.min
    reason = match.group(2) if match else ""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return Backup(path, made_at, reason)
    try:
        (dossier_id,) = conn.execute("SELECT id FROM dossier LIMIT 1").fetchone() or (None,)
        (notes,) = conn.execute("SELECT count(*) FROM note").fetchone()
        row = conn.execute(
            "SELECT title, starts_at FROM meeting m ORDER BY"
            " (SELECT max(created_at) FROM note n WHERE n.meeting_id = m.id) DESC NULLS LAST,"
            " position DESC LIMIT 1"
        ).fetchone()
    except sqlite3.Error:  # damaged, or an older schema without these columns
        return Backup(path, made_at, reason)
    finally:
        conn.close()
    evening, evening_date = (None, None) if row is None else (str(row[0]), _date(row[1]))
    return Backup(path, made_at, reason, evening, evening_date, int(notes), dossier_id)


def list_backups(dossier_id: str) -> list[Backup]:
    """This dossier's backups described, newest first."""
    return [describe(p) for p in reversed(backups(dossier_id))]


def prune(dossier_id: str, keep: int = KEEP) -> list[Path]:
    """Shred all but the newest ``keep`` backups; returns what was shredded."""
    old = backups(dossier_id)[: max(0, len(backups(dossier_id)) - keep)]
    for path in old:
        sqlite_file.shred(path)
    return old


def purge(dossier_id: str) -> list[Path]:
    """Shred every backup of this dossier (an erasure: they hold the people as they were)."""
    gone = backups(dossier_id)
    for path in gone:
        sqlite_file.shred(path)
    folder = folder_for(dossier_id)
    for leftover in folder.glob(".*.tmp*") if folder.is_dir() else ():
        sqlite_file.shred(leftover)  # a backup cut short by a crash
    with contextlib.suppress(OSError):
        folder.rmdir()
    return gone


def restore(path: Path, backup: Path, dossier_id: str) -> Path:
    """Put ``backup`` back as the dossier ``path`` (closed); the file as it was becomes a backup.

    Returns that new backup. The backup must be one of this dossier's; the dossier file is
    written with SQLite's backup API under the writer's lock, so no window has it meanwhile.
    """
    backup = Path(backup)
    if backup.resolve().parent != folder_for(dossier_id).resolve() or not _NAME.match(backup.name):
        raise DossierFileError(backup, "is not a backup of this dossier")
    sqlite_file.check_header(backup)
    held = describe(backup)
    if held.dossier_id != dossier_id:
        raise DossierFileError(backup, "is not a backup of this dossier")
    lock = WriterLock.acquire(path)
    try:
        conn = sqlite_file.connect(path)
        try:
            kept = save(conn, dossier_id, RESTORE, keep=KEEP + 1)  # the restored one is not pruned now
            # a backup of an encrypted dossier is encrypted with the dossier's key (copy_into)
            source = driver.connect(
                f"{backup.absolute().as_uri()}?mode=ro&immutable=1", driver.key_of(conn), uri=True
            )
            try:
                source.backup(conn)
            finally:
                source.close()
        except sqlite_file.Error as e:
            raise sqlite_file.translate(path, e) from None
        finally:
            sqlite_file.close(conn)
    finally:
        lock.release()
    log.info("restored %s from backup %s; the file as it was is kept as %s", path, backup.name, kept.name)
    prune(dossier_id)
    return kept


def dossier_id_of(conn: sqlite3.Connection) -> str | None:
    """The id of the dossier in a file (any schema revision); None when it has none."""
    try:
        row = conn.execute("SELECT id FROM dossier LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _folder(dossier_id: str) -> Path:
    folder = folder_for(dossier_id)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as e:
        raise DossierFileError(folder, "cannot write the backup: {reason}", reason=e.strerror or e) from None
    return folder


def _date(value: object) -> date | None:
    try:
        return datetime.fromisoformat(str(value)).date() if value else None
    except ValueError:
        return None

"""Everything SQLite-specific about a dossier file: checking it, locking it, its PRAGMAs, its engine.

Journal mode, measured on this machine: WAL commits take p99 0.43 ms against 0.84 ms with the
rollback journal, and every keystroke is a commit. WAL's known trap is its ``-shm`` shared-memory
index, which breaks on network shares (municipal home drives often are). With
``locking_mode=EXCLUSIVE`` set *before* ``journal_mode=WAL`` SQLite keeps that index in the
process's heap and never creates ``-shm``; the exclusive lock is what we want anyway (never two
writers). The ``-wal`` side file is checkpointed (TRUNCATE) and removed on close, so a closed
dossier is one self-contained file that can be copied or mailed.

Validation never writes: the 100-byte SQLite header is read with plain file I/O (a read-only
SQLite connection to a WAL-mode file would create ``-wal``/``-shm`` files next to it, measured
here), and the schema checks run on the exclusively locked connection before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DossierFileError, DossierLockedError, NotADossierError
from .identity import APPLICATION_ID

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# how long a second opener waits for the lock before saying the dossier is open elsewhere
BUSY_TIMEOUT_S = 0.2
LOCKED_PROBLEM = "is open in another Bricoleur Desk window or on another computer; close it there first"


def check_can_open(path: Path) -> None:
    """Refuse a missing file, a folder or a file we may not read and write, with a clear message."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DossierFileError(path, "no such file") from None
    except PermissionError:
        raise DossierFileError(path, "permission denied (cannot look at the file)") from None
    except OSError as e:
        raise DossierFileError(path, f"cannot open the file: {e.strerror or e}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DossierFileError(path, "is a folder, not a dossier file")
    if not stat.S_ISREG(info.st_mode):
        raise NotADossierError(path, "is not a regular file")
    if not os.access(path, os.R_OK):
        raise DossierFileError(path, "permission denied (cannot read the file)")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite needs to write the file and, for its journal, the folder it is in
        raise DossierFileError(path, "permission denied (the file or its folder is read-only)")


def check_header(path: Path) -> None:
    """Tell an empty file, another format, a truncated copy or another app's database from a dossier."""
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
            size = os.fstat(f.fileno()).st_size
    except OSError as e:
        raise DossierFileError(path, f"cannot read the file: {e.strerror or e}") from None
    if size == 0:
        raise NotADossierError(path, "the file is empty, it is not a Bricoleur Desk dossier")
    if not header.startswith(SQLITE_MAGIC):
        raise NotADossierError(path, "not a Bricoleur Desk dossier (the file has another format)")
    if len(header) < HEADER_SIZE:
        raise NotADossierError(path, f"the file is truncated ({size} bytes), it may be an incomplete copy")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # the in-header page count is only trusted when written by SQLite >= 3.7.0 (valid_for matches)
    expected = page_size * page_count if valid_for == change_counter else 0
    if size < expected:
        raise NotADossierError(
            path, f"the file is truncated ({size} of {expected} bytes), it may be an incomplete copy"
        )
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotADossierError(path, "not a Bricoleur Desk dossier (an SQLite database of another program)")


def connect(path: Path) -> sqlite3.Connection:
    """The one connection to a dossier file, holding its exclusive lock until closed."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise DossierFileError(path, f"cannot open the file: {e}") from None
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        # the lock is taken now, so a second window fails here and not on its first edit;
        # nothing is written by an empty exclusive transaction
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.Error as e:
        conn.close()
        raise translate(path, e) from None
    return conn


def translate(path: Path, error: sqlite3.Error) -> DossierFileError:
    """The user's version of an SQLite error on a dossier file."""
    message = str(error)
    if isinstance(error, sqlite3.OperationalError) and ("locked" in message or "busy" in message):
        return DossierLockedError(path, LOCKED_PROBLEM)
    if isinstance(error, sqlite3.DatabaseError) and (
        "malformed" in message or "not a database" in message or "corrupt" in message
    ):
        return NotADossierError(path, f"the file is damaged ({message}); it may be an incomplete copy")
    if isinstance(error, sqlite3.OperationalError) and "full" in message:
        return DossierFileError(
            path, "the disk is full: recent changes are not saved yet; they will be once there is space"
        )
    if isinstance(error, sqlite3.OperationalError) and "disk I/O" in message:
        return DossierFileError(
            path, "the disk or network share failed: recent changes are not saved yet; keep this window open"
        )
    return DossierFileError(path, f"cannot use the file: {message}")


def schema_revision(path: Path, conn: sqlite3.Connection) -> str:
    """The Alembic revision the file was written at; refuses a database without one."""
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            raise NotADossierError(path, "not a Bricoleur Desk dossier (it has no schema version)")
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as e:
        raise translate(path, e) from None
    if len(rows) != 1:
        raise NotADossierError(path, "not a Bricoleur Desk dossier (it has no single schema version)")
    return str(rows[0][0])


def prepare_for_writing(conn: sqlite3.Connection, *, new: bool = False) -> None:
    """Set the PRAGMAs every write relies on (after validation: WAL mode may write the header)."""
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    # locking_mode=EXCLUSIVE (set in connect) before WAL: no -shm file, see the module docstring
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"cannot switch to WAL journal mode (got {mode})")
    if new:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")


def close(conn: sqlite3.Connection) -> None:
    """Fold the -wal file back into the dossier and release the lock: one self-contained file."""
    try:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@contextlib.contextmanager
def foreign_keys_off(conn: sqlite3.Connection) -> Iterator[None]:
    """Run a migration with foreign keys off (call check_foreign_keys before committing).

    Alembic's batch mode rebuilds a table by copy-and-drop; with foreign keys on, dropping a
    parent table would cascade-delete every child row (the notes of every meeting).
    """
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def backup(path: Path, conn: sqlite3.Connection, revision: str) -> Path:
    """Copy the dossier next to itself as NAME.bak-REVISION before a migration changes it."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    n = 2
    while target.exists():  # an earlier attempt's backup is kept: it is the older one
        target = path.with_name(f"{path.name}.bak-{revision}-{n}")
        n += 1
    wal = Path(f"{path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            # committed work still in the -wal (after a crash): let SQLite copy a consistent image
            dest = sqlite3.connect(target)
            try:
                conn.backup(dest)
            finally:
                dest.close()
        else:
            shutil.copy2(path, target)
    except (OSError, sqlite3.Error) as e:
        with contextlib.suppress(OSError):
            target.unlink()
        raise DossierFileError(path, f"cannot make a backup before updating the file: {e}") from None
    return target


def make_engine(conn: sqlite3.Connection) -> Engine:
    """An SQLAlchemy engine over the one locked connection (the lock belongs to the connection)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    # the connection runs in autocommit (isolation_level=None) so that PRAGMAs work; SQLAlchemy's
    # transactions then need an explicit BEGIN (the pysqlite recipe in SQLAlchemy's SQLite docs)
    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    return engine


def remove_side_files(path: Path) -> None:
    """Remove a file and the -wal/-journal SQLite may have left next to it."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def check_foreign_keys(conn: sqlite3.Connection) -> None:
    """Refuse to commit a migration that left a row pointing at a parent that is gone."""
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"the update left {len(broken)} broken references")

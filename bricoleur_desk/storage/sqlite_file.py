"""Everything SQLite-specific about a dossier file: checking it, its PRAGMAs, its connections, copies.

Journal mode, measured on this machine: WAL commits take p99 0.43 ms against 0.84 ms with the
rollback journal, and every keystroke is a commit. While a window has the dossier open it is in
WAL mode with SQLite's normal locking, so a report, an export or a copy can read it at the same
time (readers use the ``-shm`` shared-memory index); one writer is enforced by the app's own
lock (``writer_lock``). WAL's known trap is that ``-shm`` index, which breaks on network shares
(municipal home drives often are): on a network file system (``file_system.on_network_share``)
the writer sets ``locking_mode=EXCLUSIVE`` *before* ``journal_mode=WAL``, SQLite keeps the index
in the process's heap and never creates ``-shm``, and the file system's own lock keeps every
other process out (readers there are told to ask the open window for a copy).

The ``-wal`` file is checkpointed when the room has been idle a few seconds (so a plain copy of
the file is complete), and on close it is folded back and the file switched to the rollback
journal: a closed dossier is one self-contained file that can be copied, mailed or read from a
read-only medium. A crash or a full disk during a checkpoint leaves page 1 saying the file is
longer than it is yet; the ``-wal`` still holds every committed page, so the header check
accepts that state and SQLite finishes the work on the next open.

Validation never writes: the 100-byte SQLite header is read with plain file I/O, and the schema
checks run before anything is written. An encrypted dossier (SQLCipher) has no readable header:
it is recognised by its first kilobyte (``driver.looks_encrypted``), its key applied and checked
first, and every connection, plain or encrypted, is made by ``driver`` (which also chooses the
driver SQLAlchemy uses): this module and ``driver`` are the only ones that know about either.

Every connection that writes (the writer, a new file, a migration, a copy or a backup) has
``secure_delete`` on: SQLite overwrites deleted content with zeros instead of leaving it readable
in free space, so a deleted note or an erased resident is gone from the file, not just unlisted.
:func:`compact` (``VACUUM``, and the ``-wal`` folded in and emptied) follows an erasure.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import driver
from .errors import DossierFileError, DossierLockedError, NotADossierError, ReadOnlyDossierError
from .file_system import read_only_medium
from .identity import APPLICATION_ID
from .writer_lock import LOCKED_PROBLEM

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
HEADER_SIZE = 100
# how long a connection waits for SQLite's lock (a reader's snapshot, a checkpoint) before giving up
BUSY_TIMEOUT_S = 0.2
# pages in the -wal before SQLite checkpoints by itself (the app checkpoints when the room is idle)
AUTOCHECKPOINT_PAGES = 4000
# either driver's errors (plain sqlite3, SQLCipher's sqlcipher3): ``except sqlite_file.Error``
Error = driver.ERRORS
NETWORK_LOCKED_PROBLEM = (
    "is open in Bricoleur Desk on a network share, which lets no other program read it meanwhile; "
    "use Dossier → Save a copy as… in that window, or close it there first"
)


def check_can_open(path: Path) -> None:
    """Refuse a missing file, a folder or a file we may not read and write, with a clear message."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DossierFileError(path, "no such file") from None
    except PermissionError:
        raise DossierFileError(path, "permission denied (cannot look at the file)") from None
    except OSError as e:
        raise DossierFileError(path, "cannot open the file: {reason}", reason=e.strerror or e) from None
    if stat.S_ISDIR(info.st_mode):
        raise DossierFileError(path, "is a folder, not a dossier file")
    if not stat.S_ISREG(info.st_mode):
        raise NotADossierError(path, "is not a regular file")
    if not os.access(path, os.R_OK):
        raise DossierFileError(path, "permission denied (cannot read the file)")
    if read_only_medium(path):
        raise ReadOnlyDossierError(path, "is on a read-only medium")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite needs to write the file and, for its journal, the folder it is in
        raise ReadOnlyDossierError(path, "permission denied (the file or its folder is read-only)")


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` is an SQLite database (a dossier or another program's, plain or encrypted)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return True
    except OSError:
        return False
    return driver.looks_encrypted(path)


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted (SQLCipher) dossier."""
    return driver.looks_encrypted(path)


def share_passphrase(path: Path, copy: Path) -> None:
    """Open ``copy`` (a private snapshot of ``path``) with the passphrase of ``path``, if any."""
    driver.share_passphrase(path, copy)


def forget_passphrase(path: Path) -> None:
    """Forget the passphrase of ``path`` (a private snapshot that is gone, a dossier closed for good)."""
    driver.forget(path)


def key_for(path: Path) -> driver.Key | None:
    """The key to open ``path`` with: None for a plain file; asks or raises for an encrypted one."""
    return driver.key_for(path) if driver.looks_encrypted(path) else None


def check_header(path: Path) -> None:
    """Tell an empty file, another format, a truncated copy or another app's database from a dossier."""
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
            size = os.fstat(f.fileno()).st_size
    except OSError as e:
        raise DossierFileError(path, "cannot read the file: {reason}", reason=e.strerror or e) from None
    if size == 0:
        raise NotADossierError(path, "the file is empty, it is not a Bricoleur Desk dossier")
    if driver.looks_encrypted(path):
        _check_encrypted(path)
        return
    if not header.startswith(SQLITE_MAGIC):
        raise NotADossierError(path, "not a Bricoleur Desk dossier (the file has another format)")
    if len(header) < HEADER_SIZE:
        raise NotADossierError(path, "the file is truncated ({size} bytes), it may be an incomplete copy", size=size)
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # the in-header page count is only trusted when written by SQLite >= 3.7.0 (valid_for matches)
    expected = page_size * page_count if valid_for == change_counter else 0
    if size < expected and not _has_wal(path):
        # with a -wal beside it, a shorter file is a checkpoint cut short: the -wal has the pages
        raise NotADossierError(
            path,
            "the file is truncated ({size} of {expected} bytes), it may be an incomplete copy",
            size=size,
            expected=expected,
        )
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotADossierError(path, "not a Bricoleur Desk dossier (an SQLite database of another program)")


def _check_encrypted(path: Path) -> None:
    """The key applied and checked (a wrong passphrase is told apart), then the application id."""
    key = driver.key_for(path)  # raises PassphraseNeededError when there is none to be had
    try:
        conn = driver.connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True, isolation_level=None)
    except Error as e:
        raise translate(path, e) from None
    try:
        driver.check_key(path, conn)
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
    except Error as e:
        raise translate(path, e) from None
    finally:
        conn.close()
    if application_id != APPLICATION_ID:
        raise NotADossierError(path, "not a Bricoleur Desk dossier (an SQLite database of another program)")


def _has_wal(path: Path) -> bool:
    """Whether a -wal file with a valid WAL header lies beside ``path``."""
    try:
        with open(f"{path}-wal", "rb") as f:
            head = f.read(32)
    except OSError:
        return False
    return len(head) == 32 and struct.unpack(">I", head[:4])[0] in WAL_MAGIC


def connect(path: Path, *, exclusive: bool = False, key: driver.Key | None = None) -> sqlite3.Connection:
    """The writer's connection; ``exclusive`` (on network shares) keeps every other process out.

    An encrypted file is opened with its key (see :func:`key_for`); ``key`` encrypts a new file.
    """
    key = key or key_for(path)
    try:
        conn = driver.connect(path, key, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        if key is not None:
            driver.check_key(path, conn)
        secure_delete(conn)
    except Error as e:
        raise DossierFileError(path, "cannot open the file: {reason}", reason=e) from None
    if not exclusive:
        return conn
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        # the lock is taken now, so another computer fails here and not on its first edit;
        # nothing is written by an empty exclusive transaction
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except Error as e:
        conn.close()
        raise translate(path, e) from None
    return conn


def connect_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection beside a writer that has the dossier open (never writes the file)."""
    key = key_for(path)
    try:
        conn = driver.connect(
            f"{path.absolute().as_uri()}?mode=ro", key, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
        if key is not None:
            driver.check_key(path, conn)
        conn.execute("PRAGMA query_only=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Error as e:
        error = translate(path, e)
        if isinstance(error, DossierLockedError):
            raise DossierLockedError(path, NETWORK_LOCKED_PROBLEM) from None
        raise error from None
    return conn


def copy_into(source: sqlite3.Connection, target: Path) -> None:
    """A complete, consistent copy of the open database in ``target`` (a new private file).

    SQLite's backup API reads every page, those still in the ``-wal`` too, under one read
    transaction; the copy is switched to the rollback journal so that it is one file. The copy of
    an encrypted dossier is encrypted with the same key.
    """
    dest = connect_like(source, target)
    try:
        secure_delete(dest)
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def connect_like(source: sqlite3.Connection, target: Path) -> sqlite3.Connection:
    """A connection to the new file ``target`` with the driver and key of ``source`` (for a copy)."""
    return driver.connect(target, driver.key_of(source), isolation_level=None)


def translate(path: Path, error: BaseException) -> DossierFileError:
    """The user's version of an SQLite (or SQLCipher) error on a dossier file."""
    message = str(error)
    operational = driver.is_error(error, "OperationalError")
    if operational and ("locked" in message or "busy" in message):
        return DossierLockedError(path, LOCKED_PROBLEM)
    if driver.is_error(error, "DatabaseError") and (
        "malformed" in message or "not a database" in message or "corrupt" in message
    ):
        return NotADossierError(path, "the file is damaged ({reason}); it may be an incomplete copy", reason=message)
    if operational and "full" in message:
        return DossierFileError(
            path, "the disk is full: recent changes are not saved yet; they will be once there is space"
        )
    if operational and "disk I/O" in message:
        return DossierFileError(
            path, "the disk or network share failed: recent changes are not saved yet; keep this window open"
        )
    if operational and "readonly" in message.replace("-", ""):
        return ReadOnlyDossierError(path, "the file cannot be written (read-only)")
    return DossierFileError(path, "cannot use the file: {reason}", reason=message)


def schema_revision(path: Path, conn: sqlite3.Connection) -> str:
    """The Alembic revision the file was written at; refuses a database without one."""
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            raise NotADossierError(path, "not a Bricoleur Desk dossier (it has no schema version)")
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except Error as e:
        raise translate(path, e) from None
    if len(rows) != 1:
        raise NotADossierError(path, "not a Bricoleur Desk dossier (it has no single schema version)")
    return str(rows[0][0])


def secure_delete(conn: sqlite3.Connection) -> None:
    """Deleted content is overwritten with zeros, never left readable in the file's free space.

    A per-connection setting (SQLite's default is off); it writes nothing by itself.
    """
    conn.execute("PRAGMA secure_delete=ON")


def prepare_for_writing(conn: sqlite3.Connection, *, new: bool = False) -> None:
    """Set the PRAGMAs every write relies on (they write nothing: a dossier only looked at is untouched)."""
    secure_delete(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    if new:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")


def start_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL before the first edit (it writes the header; readers may be busy a moment)."""
    # on a network share locking_mode=EXCLUSIVE (set in connect) comes before WAL: no -shm file
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"cannot switch to WAL journal mode (got {mode})")


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Fold the -wal into the dossier file (the room is idle); False when a reader or the disk kept it."""
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except Error:
        return False
    return busy == 0


def fold_back(conn: sqlite3.Connection) -> None:
    """Fold the -wal file back and switch to the rollback journal: one self-contained file."""
    with contextlib.suppress(*Error):
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return  # nothing was written: the file stays exactly as it was
        if checkpoint(conn):
            # fails harmlessly while a reader is still busy: then the -wal stays until next time
            conn.execute("PRAGMA journal_mode=DELETE")


def compact(conn: sqlite3.Connection) -> None:
    """Rebuild the file without free pages (``VACUUM``) and empty the ``-wal``: after an erasure,
    no earlier version of a page is left in the file or beside it. Raises when a reader holds the
    ``-wal`` (its old pages would stay until that reader is done)."""
    wal = conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    if wal and not checkpoint(conn):
        raise sqlite3.OperationalError("database is busy: another program is reading it")
    conn.execute("VACUUM")
    if wal and not checkpoint(conn):
        raise sqlite3.OperationalError("database is busy: another program is reading it")


def backups_of(path: Path) -> list[Path]:
    """The ``NAME.bak-REVISION`` copies earlier versions made beside ``path`` before migrations."""
    return sorted(p for p in path.parent.glob(f"{glob_escape(path.name)}.bak-*") if p.is_file())


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def shred(path: Path) -> None:
    """Overwrite a file (and its SQLite side files) with zeros, flush it to disk, remove it.

    The best a program can do on its own: a copy-on-write or journaling file system, or an SSD's
    wear levelling, may keep old blocks; full-disk encryption covers those (docs/PRIVACY.md).
    """
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal"), Path(f"{path}-shm")):
        try:
            with open(p, "r+b") as f:
                size = os.fstat(f.fileno()).st_size
                zeros = bytes(min(size, 1 << 20))
                left = size
                while left > 0:
                    left -= f.write(zeros[: min(left, len(zeros))])
                f.flush()
                os.fsync(f.fileno())
        except FileNotFoundError:
            continue
        p.unlink()


def close(conn: sqlite3.Connection) -> None:
    """Fold back and close (a connection without SQLAlchemy on it)."""
    try:
        fold_back(conn)
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


def make_engine(conn: sqlite3.Connection) -> Engine:
    """An SQLAlchemy engine over the one locked connection (the lock belongs to the connection)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    # the dialect's DB-API module is the connection's driver, so SQLAlchemy wraps its errors
    engine = create_engine("sqlite://", module=driver.dbapi(conn), creator=lambda: conn, poolclass=StaticPool)

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

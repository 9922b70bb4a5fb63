"""An open dossier file: validated, migrated after a backup, locked, and written on every change.

Reading without editing (:func:`read_dossier_file`: the report, an export, a copy, a dossier on
a read-only medium) never takes the writer's lock and never changes the file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import backups, schema_guard, sqlite_file, temporaries
from .errors import (
    DamagedRowError,
    DossierFileError,
    DossierLockedError,
    NewerVersionError,
    NotADossierError,
    ReadOnlyDossierError,
)
from .file_state import FileState
from .file_system import on_network_share
from .identity import SCHEMA_REVISION
from .writer_lock import WriterLock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from ..domain.document import Changed, DossierDocument
    from ..domain.model import Dossier

FILE_SUFFIX = ".bricoleur"
log = logging.getLogger(__name__)


def preload_writer() -> None:
    """Import what writing needs (SQLAlchemy, the schema), e.g. from a worker thread after opening.

    Opening reads with plain sqlite3; without this the first edit of the evening would wait
    for SQLAlchemy's import. It only imports: connections stay on the thread that uses them.
    """
    from sqlalchemy.pool import StaticPool  # noqa: F401

    from . import repository  # noqa: F401


NO_SIZE_LIMIT = 1073741823  # SQLite's largest max_page_count


class DossierFile:
    """One open dossier file; the only writer until :meth:`close`. Use it from one thread at a time."""

    def __init__(
        self, path: Path, raw: sqlite3.Connection, engine: Engine | None = None, lock: WriterLock | None = None
    ) -> None:
        self.path = path
        self._raw: sqlite3.Connection | None = raw
        self._lock = lock
        self._engine = engine  # made at the first write: SQLAlchemy is not needed to open and read
        self._conn: Connection | None = None
        self._state = FileState()  # what the file holds, learnt by load() and kept by write()
        self._dossier_id: str | None = None
        self._behind = False  # a write failed: the next one compares the whole document
        self._wal = False  # switched to WAL at the first write

    @property
    def closed(self) -> bool:
        return self._raw is None

    @property
    def has_unsaved_changes(self) -> bool:
        """A write failed and none has succeeded since (the next one catches up): warn before closing."""
        return self._behind

    def read_committed(self) -> Dossier:
        """What the file holds now, read without changing what the store remembers about it."""
        from .reader import read_dossier

        return read_dossier(self._raw_connection())[0]

    @property
    def rows_written(self) -> int:
        """Rows inserted, changed or deleted in the file since it was opened."""
        return self._raw_connection().total_changes

    @property
    def page_count(self) -> int:
        """The file's size in database pages."""
        return int(self._raw_connection().execute("PRAGMA page_count").fetchone()[0])

    def set_size_limit(self, pages: int | None) -> None:
        """Let the file grow to ``pages`` pages at most (None: no limit); past it a write fails as on a full disk."""
        self._raw_connection().execute(f"PRAGMA max_page_count={int(pages or NO_SIZE_LIMIT)}")

    def load(self, *, without_strokes_of: frozenset[str] = frozenset()) -> Dossier:
        """The whole dossier as it is in the file now (for reading only without some sheets' strokes)."""
        from .reader import BadRowError, DossierMissingError, read_dossier

        raw = self._raw_connection()
        try:
            raw.execute("BEGIN")  # one consistent read
            try:
                dossier, stored = read_dossier(raw, without_strokes_of)
            finally:
                raw.execute("COMMIT")
        except DossierMissingError:
            raise NotADossierError(self.path, "the file holds no dossier") from None
        except BadRowError as e:
            raise DamagedRowError(self.path, e.message) from None
        except sqlite_file.Error as e:
            raise sqlite_file.translate(self.path, e) from None
        except (ValueError, KeyError, TypeError) as e:  # a value no version of the app writes
            raise NotADossierError(
                self.path, "the file is damaged ({reason})", reason=f"{type(e).__name__}: {e}"
            ) from None
        self._state.rows, self._dossier_id = stored, dossier.id
        return dossier

    def warm_up(self) -> None:
        """Import SQLAlchemy and prepare writing now (e.g. once the window shows), not at the first edit."""
        self._connection()

    def write(self, doc: DossierDocument, changed: list[Changed]) -> None:
        """Commit the current state of the changed objects (the Store of workspace/session.py)."""
        conn = self._connection()
        if not self._wal:
            try:
                sqlite_file.start_wal(self._raw_connection())
            except sqlite_file.Error as e:
                self._behind = True
                raise sqlite_file.translate(self.path, e) from None
            self._wal = True
        from .repository import write

        if self._dossier_id is not None and doc.dossier.id != self._dossier_id:
            # a second dossier row would make the file ambiguous: a programming error
            raise ValueError(f"{self.path} holds dossier {self._dossier_id}, not {doc.dossier.id}")
        if self._behind:
            # the session does not hand a failed change over again (a full disk, a lost network
            # share): once writing works again, everything that differs from the file is written
            changed = [*changed, *_everything(doc, self._state)]
        try:
            with conn.begin():
                updates = write(conn, doc, changed, self._state)
        except Exception as e:
            self._behind = True
            raise self._translate(e) from None
        self._state.apply(updates)  # only what was committed
        self._behind = False

    def back_up(self, reason: str = backups.EVENING) -> Path:
        """A complete copy of the dossier as it is now among its rolling backups (user data folder)."""
        raw = self._raw_connection()
        dossier_id = self._dossier_id or backups.dossier_id_of(raw)
        if dossier_id is None:
            raise NotADossierError(self.path, "the file holds no dossier")
        return backups.save(raw, dossier_id, reason)

    def checkpoint(self) -> bool:
        """Fold recent changes into the file itself (call when the room is idle): a plain copy is complete."""
        if self._raw is None or self._behind:
            return False
        return sqlite_file.checkpoint(self._raw)

    def disguise_deleted_ids(self, ids: list[str]) -> None:
        """Replace these ids in the deletion records by a digest: an imported id may spell a name
        ("p-ozdemir"). A later merge of a copy of the same dossier can compute the same digest."""
        from .deletions import disguised

        raw = self._raw_connection()
        try:
            raw.execute("BEGIN")
            try:
                for old in ids:
                    raw.execute("UPDATE deletion SET id = ? WHERE id = ?", (disguised(self._dossier_id or "", old), old))
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
        except sqlite_file.Error as e:
            raise sqlite_file.translate(self.path, e) from None

    def compact(self) -> None:
        """Rebuild the file without free pages and empty its ``-wal`` (after an erasure)."""
        try:
            sqlite_file.compact(self._raw_connection())
        except sqlite_file.Error as e:
            raise sqlite_file.translate(self.path, e) from None

    def save_copy(self, target: Path) -> Path:
        """A complete copy of the dossier as it is now, even with changes not yet checkpointed."""
        target = Path(target)
        raw = self._raw_connection()
        if target.exists() and (target.resolve() == self.path.resolve() or os.path.samefile(target, self.path)):
            raise DossierFileError(target, "is the open dossier itself; choose another name")
        _check_new_dossier_target(target)
        try:
            with temporaries.replacing(target, ".tmp") as temp:
                sqlite_file.copy_into(raw, temp)  # into the empty private file
        except sqlite_file.Error as e:
            raise sqlite_file.translate(target, e) from None
        except OSError as e:
            raise DossierFileError(target, "cannot write the copy: {reason}", reason=e.strerror or e) from None
        sqlite_file.fsync_folder(target.parent)
        log.info("saved a copy of %s as %s", self.path, target)
        return target

    def close(self) -> None:
        """Checkpoint into one self-contained file and release the lock; safe to call twice."""
        if self._raw is None:
            return
        raw, self._raw = self._raw, None
        try:
            sqlite_file.fold_back(raw)  # before SQLAlchemy lets go: disposing closes the connection
            if self._conn is not None:
                self._conn.close()
            if self._engine is not None:
                self._engine.dispose()
        finally:
            self._conn = None
            try:
                raw.close()
            finally:
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> DossierFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DossierFile({str(self.path)!r}{', closed' if self.closed else ''})"

    def _raw_connection(self) -> sqlite3.Connection:
        if self._raw is None:
            raise DossierFileError(self.path, "the dossier is closed")
        return self._raw

    def _connection(self) -> Connection:
        raw = self._raw_connection()
        if self._conn is None:
            if self._engine is None:
                self._engine = sqlite_file.make_engine(raw)
            self._conn = self._engine.connect()
        return self._conn

    def _translate(self, error: Exception) -> Exception:
        # SQLAlchemy wraps the driver's error; the user needs one line about the file
        original = getattr(error, "orig", error)
        if isinstance(original, sqlite_file.Error):
            return sqlite_file.translate(self.path, original)
        return error


def _everything(doc: DossierDocument, state: FileState) -> list[Changed]:
    """Every object of the document, and every row of the file that is no longer in it."""
    from ..domain.document import KINDS, Changed, walk

    changed = [Changed("dossier", doc.dossier.id, None)]
    changed += [Changed(kind, obj.id, parent_id) for kind, obj, parent_id in walk(doc.dossier)]
    gone = [object_id for object_id in state.rows if object_id not in doc]
    changed += [Changed(kind, object_id, None, deleted=True) for object_id in gone for kind in KINDS]
    return changed


def open_dossier(path: Path) -> DossierFile:
    """Open a dossier for reading and writing: validate, migrate after a backup, lock."""
    return _open(Path(path))


def _open(
    path: Path,
    script_location: Path | None = None,
    head: str = SCHEMA_REVISION,
    *,
    network: bool | None = None,
    back_up: bool = True,
) -> DossierFile:
    # script_location and head are for tests of the migration path, network for tests of the
    # network-share mode; the app uses the defaults. back_up=False: a private copy being read,
    # whose update needs no backup (the user's file is not changed)
    sqlite_file.check_can_open(path)
    sqlite_file.check_header(path)
    lock = WriterLock.acquire(path)
    try:
        raw = sqlite_file.connect(path, exclusive=on_network_share(path) if network is None else network)
    except BaseException:
        lock.release()
        raise
    try:
        revision = sqlite_file.schema_revision(path, raw)
        schema_guard.check_schema(path, raw)  # before anything is written: a trigger would run
        if revision == head:
            sqlite_file.prepare_for_writing(raw)
            return DossierFile(path, raw, lock=lock)
        return DossierFile(path, raw, _migrate(path, raw, revision, script_location, back_up=back_up), lock=lock)
    except BaseException as e:
        raw.close()
        lock.release()
        if isinstance(e, sqlite_file.Error):
            raise sqlite_file.translate(path, e) from None
        raise


def read_dossier_file(path: Path) -> Dossier:
    """The dossier in ``path`` as it is now, also while a window has it open; never changes it."""
    with _reading(Path(path)) as opened:
        return opened.load()


def copy_dossier_file(path: Path, target: Path) -> Path:
    """A complete copy of ``path`` in ``target``, also while a window has it open and writes it."""
    with _reading(Path(path)) as opened:
        return opened.save_copy(target)


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[DossierFile]:
    """The dossier opened for reading, without taking it from a window that has it open.

    No writer: it is opened as usual (an older file is updated after a backup) and closed.
    A writer has it open: a read-only connection copies the committed state, ``-wal`` included,
    with SQLite's backup API into a private folder, and the copy is read.
    A read-only medium or folder: a private copy (with its ``-wal``) is read.
    """
    try:
        opened = open_dossier(path)
    except DossierLockedError:
        if not WriterLock.is_held(path):
            raise  # SQLite's own exclusive lock: open on a network share elsewhere
        make_copy = _copy_live
    except ReadOnlyDossierError:
        make_copy = _copy_files
    else:
        with opened:
            yield opened
        return
    with tempfile.TemporaryDirectory(prefix="bricoleur-read-") as folder:  # private (0700)
        copy = Path(folder) / path.name
        try:
            sqlite_file.check_header(path)  # an encrypted dossier's passphrase is asked for here
            sqlite_file.share_passphrase(path, copy)  # an encrypted dossier's copy is encrypted too
            make_copy(path, copy)
            snapshot = _open(copy, back_up=False)
        except DossierFileError as e:
            raise e.naming(path) from None  # name the user's file, not the copy
        except (OSError, *sqlite_file.Error) as e:
            raise DossierFileError(path, "cannot read the file: {reason}", reason=e) from None
        finally:
            sqlite_file.forget_passphrase(copy)
        with snapshot:
            yield snapshot


def _copy_live(path: Path, copy: Path) -> None:
    conn = sqlite_file.connect_reader(path)
    try:
        sqlite_file.copy_into(conn, copy)
    finally:
        conn.close()


def _copy_files(path: Path, copy: Path) -> None:
    import shutil

    shutil.copyfile(path, copy)
    wal = Path(f"{path}-wal")
    if wal.exists():  # committed work after a crash, not yet in the file itself
        shutil.copyfile(wal, f"{copy}-wal")


def _check_new_dossier_target(target: Path) -> None:
    if target.is_dir():
        raise DossierFileError(target, "is a folder, not a dossier file")
    if not target.parent.is_dir():
        raise DossierFileError(target, "the folder does not exist")
    if target.exists() and WriterLock.is_held(target):
        raise DossierLockedError(target, "is open in Bricoleur Desk; close it there first")


def _migrate(
    path: Path, raw: sqlite3.Connection, revision: str, script_location: Path | None, *, back_up: bool = True
) -> Engine:
    from . import migrate

    location = script_location or migrate.MIGRATIONS
    if revision not in migrate.known_revisions(location):
        raise NewerVersionError(
            path,
            "was written by a newer version of Bricoleur Desk (schema {revision}); "
            "update Bricoleur Desk to open it",
            revision=revision,
        )
    saved = _backup_before_update(path, raw, revision) if back_up else None
    log.info("updating %s from schema %s; the old file is kept as %s", path, revision, saved or "(a copy)")
    sqlite_file.prepare_for_writing(raw)
    engine = sqlite_file.make_engine(raw)
    try:
        with sqlite_file.foreign_keys_off(raw), engine.begin() as conn:
            migrate.upgrade_to_head(conn, location)
            sqlite_file.check_foreign_keys(raw)
    except Exception as e:  # rolled back: the file is still at its old revision
        engine.dispose()
        if saved is None:
            raise DossierFileError(
                path, "could not update the file to this version ({reason}); the file itself is unchanged", reason=e
            ) from e
        raise DossierFileError(
            path,
            "could not update the file to this version ({reason}); a copy was kept as {copy}",
            reason=e,
            copy=saved,
        ) from e
    return engine


def _backup_before_update(path: Path, raw: sqlite3.Connection, revision: str) -> Path:
    """The file as it is, kept with the dossier's other backups before a migration changes it."""
    import hashlib

    # a file without a dossier row is kept under its path's digest: it is still the user's file
    dossier_id = backups.dossier_id_of(raw) or "file-" + hashlib.blake2b(
        str(path.absolute()).encode(), digest_size=16
    ).hexdigest()
    try:
        return backups.save(raw, dossier_id, backups.update_reason(revision))
    except DossierFileError as e:
        raise DossierFileError(
            path, "cannot make a backup before updating the file: {reason}", reason=e.problem
        ) from None


def create_dossier(path: Path, dossier: Dossier, *, overwrite: bool = False) -> DossierFile:
    """Write ``dossier`` as a new file (all or nothing: a temp file renamed into place) and open it."""
    from .repository import save_all

    return create_filled(path, lambda conn: save_all(conn, dossier), overwrite=overwrite)


def create_filled(path: Path, fill: Callable[[Connection], None], *, overwrite: bool = False) -> DossierFile:
    """A new file at the current schema that ``fill`` fills in one transaction, renamed into place and opened."""
    path = Path(path)
    if path.is_dir():
        raise DossierFileError(path, "is a folder, not a dossier file")
    if not path.parent.is_dir():
        raise DossierFileError(path, "the folder does not exist")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DossierFileError(path, "permission denied (cannot write in this folder)")
    if path.exists():
        if not overwrite:
            raise DossierFileError(path, "already exists; choose another name")
        _refuse_if_open_elsewhere(path)
    try:
        temp = temporaries.create(path)  # private (0600) until it is complete
    except OSError as e:
        raise DossierFileError(path, "cannot write the file: {reason}", reason=e.strerror or e) from None
    try:
        _write_new(temp, fill)  # SQLite takes the empty file (and gives its -wal the same mode)
        _publish(temp, path, overwrite=overwrite)
        temporaries.forget(temp)
        os.chmod(path, temporaries.usual_mode())  # private until it was complete and in place
    except BaseException as e:
        temporaries.remove(temp)
        original = getattr(e, "orig", None) or e  # SQLAlchemy wraps the driver's error
        if isinstance(e, DossierFileError) and e.path == temp:  # name the file the user chose
            raise e.naming(path) from None
        if isinstance(original, OSError):
            raise DossierFileError(path, "cannot write the file: {reason}", reason=original.strerror or original) from None
        if isinstance(original, sqlite_file.Error):
            raise DossierFileError(path, "cannot write the file: {reason}", reason=original) from None
        raise
    log.info("created %s", path)
    return open_dossier(path)


def _write_new(temp: Path, fill: Callable[[Connection], None]) -> None:
    from . import migrate

    raw = sqlite_file.connect(temp)
    try:
        sqlite_file.prepare_for_writing(raw, new=True)
        engine = sqlite_file.make_engine(raw)
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
            fill(conn)
        sqlite_file.fold_back(raw)  # before disposing, which closes the connection
        engine.dispose()
    finally:
        raw.close()


def _publish(temp: Path, path: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, path)
    else:
        try:  # link fails if the name was taken meanwhile: never clobber another file
            os.link(temp, path)
        except FileExistsError:
            raise DossierFileError(path, "already exists; choose another name") from None
        except OSError:  # a file system without hard links (FAT, some network shares)
            if path.exists():
                raise DossierFileError(path, "already exists; choose another name") from None
            os.replace(temp, path)
        else:
            os.unlink(temp)
    sqlite_file.fsync_folder(path.parent)


def _refuse_if_open_elsewhere(path: Path) -> None:
    # replacing a dossier that another window has open would pull the file from under it
    try:
        if not sqlite_file.is_encrypted(path):  # an encrypted one: no passphrase needed to refuse
            sqlite_file.check_header(path)
    except NotADossierError:
        return  # not a dossier: the user chose to overwrite it
    if WriterLock.is_held(path):
        raise DossierLockedError(path, sqlite_file.LOCKED_PROBLEM)

"""An open dossier file: validated, migrated after a backup, locked, and written on every change."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import sqlite_file
from .errors import DossierFileError, NewerVersionError, NotADossierError
from .file_state import FileState
from .identity import SCHEMA_REVISION

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


class DossierFile:
    """One open dossier file; the only writer until :meth:`close`. Use it from one thread at a time."""

    def __init__(self, path: Path, raw: sqlite3.Connection, engine: Engine | None = None) -> None:
        self.path = path
        self._raw: sqlite3.Connection | None = raw
        self._engine = engine  # made at the first write: SQLAlchemy is not needed to open and read
        self._conn: Connection | None = None
        self._state = FileState()  # what the file holds, learnt by load() and kept by write()
        self._dossier_id: str | None = None
        self._behind = False  # a write failed: the next one compares the whole document

    @property
    def closed(self) -> bool:
        return self._raw is None

    @property
    def has_unsaved_changes(self) -> bool:
        """A write failed and none has succeeded since (the next one catches up): warn before closing."""
        return self._behind

    def load(self) -> Dossier:
        """The whole dossier as it is in the file now."""
        from .reader import DossierMissingError, read_dossier

        raw = self._raw_connection()
        try:
            raw.execute("BEGIN")  # one consistent read
            try:
                dossier, stored = read_dossier(raw)
            finally:
                raw.execute("COMMIT")
        except DossierMissingError:
            raise NotADossierError(self.path, "the file holds no dossier") from None
        except sqlite3.Error as e:
            raise sqlite_file.translate(self.path, e) from None
        except (ValueError, KeyError, TypeError) as e:  # a value no version of the app writes
            raise NotADossierError(self.path, f"the file is damaged ({type(e).__name__}: {e})") from None
        self._state.rows, self._dossier_id = stored, dossier.id
        return dossier

    def warm_up(self) -> None:
        """Import SQLAlchemy and prepare writing now (e.g. once the window shows), not at the first edit."""
        self._connection()

    def write(self, doc: DossierDocument, changed: list[Changed]) -> None:
        """Commit the current state of the changed objects (the Store of workspace/session.py)."""
        conn = self._connection()
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

    def close(self) -> None:
        """Checkpoint into one self-contained file and release the lock; safe to call twice."""
        if self._raw is None:
            return
        raw, self._raw = self._raw, None
        try:
            if self._conn is not None:
                self._conn.close()
            if self._engine is not None:
                self._engine.dispose()
        finally:
            self._conn = None
            sqlite_file.close(raw)

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
        if isinstance(original, sqlite3.Error):
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


def _open(path: Path, script_location: Path | None = None, head: str = SCHEMA_REVISION) -> DossierFile:
    # script_location and head are for tests of the migration path; the app uses the defaults
    sqlite_file.check_can_open(path)
    sqlite_file.check_header(path)
    raw = sqlite_file.connect(path)
    try:
        revision = sqlite_file.schema_revision(path, raw)
        if revision == head:
            sqlite_file.prepare_for_writing(raw)
            return DossierFile(path, raw)
        return DossierFile(path, raw, _migrate(path, raw, revision, script_location))
    except BaseException as e:
        raw.close()
        if isinstance(e, sqlite3.Error):
            raise sqlite_file.translate(path, e) from None
        raise


def _migrate(path: Path, raw: sqlite3.Connection, revision: str, script_location: Path | None) -> Engine:
    from . import migrate

    location = script_location or migrate.MIGRATIONS
    if revision not in migrate.known_revisions(location):
        raise NewerVersionError(
            path,
            f"was written by a newer version of Bricoleur Desk (schema {revision}); "
            "update Bricoleur Desk to open it",
        )
    saved = sqlite_file.backup(path, raw, revision)
    log.info("updating %s from schema %s; the old file is kept as %s", path, revision, saved)
    sqlite_file.prepare_for_writing(raw)
    engine = sqlite_file.make_engine(raw)
    try:
        with sqlite_file.foreign_keys_off(raw), engine.begin() as conn:
            migrate.upgrade_to_head(conn, location)
            sqlite_file.check_foreign_keys(raw)
    except Exception as e:  # rolled back: the file is still at its old revision
        engine.dispose()
        raise DossierFileError(
            path, f"could not update the file to this version ({e}); a copy was kept as {saved.name}"
        ) from e
    return engine


def create_dossier(path: Path, dossier: Dossier, *, overwrite: bool = False) -> DossierFile:
    """Write ``dossier`` as a new file (all or nothing: a temp file renamed into place) and open it."""
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
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        _write_new(temp, dossier)
        _publish(temp, path, overwrite=overwrite)
    except BaseException as e:
        sqlite_file.remove_side_files(temp)
        original = getattr(e, "orig", None) or e  # SQLAlchemy wraps the driver's error
        if isinstance(e, DossierFileError) and e.path == temp:  # name the file the user chose
            raise type(e)(path, e.problem) from None
        if isinstance(original, OSError):
            raise DossierFileError(path, f"cannot write the file: {original.strerror or original}") from None
        if isinstance(original, sqlite3.Error):
            raise DossierFileError(path, f"cannot write the file: {original}") from None
        raise
    log.info("created %s", path)
    return open_dossier(path)


def _write_new(temp: Path, dossier: Dossier) -> None:
    from . import migrate
    from .repository import save_all

    raw = sqlite_file.connect(temp)
    try:
        sqlite_file.prepare_for_writing(raw, new=True)
        engine = sqlite_file.make_engine(raw)
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
            save_all(conn, dossier)
        engine.dispose()
    finally:
        sqlite_file.close(raw)


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
        sqlite_file.check_header(path)
    except NotADossierError:
        return  # not a dossier: the user chose to overwrite it
    with contextlib.suppress(NotADossierError):
        sqlite_file.close(sqlite_file.connect(path))

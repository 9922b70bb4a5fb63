"""Connecting to the team archive: the address, the schema check, one line for every failure.

The address is a libpq URL (``postgresql://user@host:5432/database``, ``?sslmode=require``,
``?host=/run/postgresql`` for a socket); a password comes from the URL, ``PGPASSWORD`` or
``~/.pgpass`` as for ``psql``. Every command first makes sure the schema is this app's: created
when the database is empty, migrated when older (Alembic, ``archive/migrations``, version table
``archive_alembic_version``), refused when a newer Bricoleur Desk made it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import (
    ArchiveError,
    ArchiveLoginError,
    ArchiveNewerError,
    ArchiveUnreachableError,
    ConnectionLostError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "archive_alembic_version"
SCHEMAS = ("postgresql", "postgres", "postgresql+psycopg")
_SCHEMA_LOCK = 0x42524344  # pg_advisory_xact_lock key while the schema is made or migrated ("BRCD")
CONNECT_SECONDS = 10
CONNECTION_LOST_PROBLEM = "{database}: the connection to the database was lost; nothing was changed"


@dataclass
class Archive:
    """A team archive at an address; use :meth:`transaction` for each unit of work."""

    engine: Engine
    name: str  # the address without its password, for messages
    user: str

    @contextlib.contextmanager
    def transaction(self, *, lost: str = "") -> Iterator[Connection]:
        """One transaction (committed at the end, rolled back on any error); failures as one line.

        ``lost`` is the message id for a connection dropped before the commit (default: the
        command was not done).
        """
        conn = self._connect()
        committing = False
        try:
            with conn:
                trans = conn.begin()
                try:
                    yield conn
                    committing = True
                    trans.commit()
                except ArchiveError:
                    raise
                except Exception as e:
                    problem = self.translate(e, lost=lost, committing=committing)
                    if isinstance(problem, ConnectionLostError):
                        conn.invalidate()  # never handed out again by the pool
                    raise problem from None
                finally:
                    if trans.is_active:
                        with contextlib.suppress(Exception):
                            trans.rollback()
        except ArchiveError:
            raise
        except Exception as e:  # closing a connection that was lost
            raise self.translate(e, lost=lost, committing=committing) from None

    @property
    def tls(self) -> bool:
        """Whether the connection to the server is encrypted (TLS), as the window and ``archive list`` say."""
        conn = self._connect()
        try:
            return bool(conn.connection.driver_connection.pgconn.ssl_in_use)
        finally:
            conn.close()

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except Exception as e:
            raise self._refused(e) from None

    def _refused(self, error: Exception) -> ArchiveError:
        text = str(getattr(error, "orig", None) or error)
        if "password" in text or "authentication failed" in text or ("role" in text and "does not exist" in text):
            return ArchiveLoginError(
                "{database}: the server refused the user name or password for {user}",
                database=self.name,
                user=self.user,
            )
        if "database" in text and "does not exist" in text:
            return ArchiveError(
                "{database}: the database does not exist on this server; ask IT to create it (see docs/ARCHIVE.md)",
                database=self.name,
            )
        return ArchiveUnreachableError(
            "{database}: cannot reach the database server (is it running, and is the address right?)",
            database=self.name,
        )

    def translate(self, error: Exception, *, lost: str = "", committing: bool = False) -> ArchiveError:
        """A database error from inside a transaction as one line."""
        import psycopg
        from sqlalchemy import exc

        # SQLAlchemy wraps the driver's error; a COPY talks to the driver directly
        original = error if isinstance(error, psycopg.Error) else getattr(error, "orig", None)
        state = getattr(original, "sqlstate", None) or ""
        dropped = (isinstance(error, exc.DBAPIError) and error.connection_invalidated) or (
            isinstance(original, psycopg.OperationalError) and not state
        )
        if dropped or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
            if committing:
                return ConnectionLostError(
                    "{database}: the connection was lost while the change was being committed; "
                    "run archive list to see whether it arrived",
                    database=self.name,
                )
            return ConnectionLostError(lost or CONNECTION_LOST_PROBLEM, database=self.name)
        if state == "23505" and getattr(getattr(original, "diag", None), "constraint_name", "") == "archive_dossier_pkey":
            # a push of a dossier that row-level security hides: it is another team's (access.py)
            return ArchiveError(
                "{database}: this dossier is in the archive already, but not in one of your teams; "
                "nothing was pushed: ask the archive's owner whose it is (see docs/ARCHIVE.md)",
                database=self.name,
            )
        if state == "42501":
            return ArchiveError(
                "{database}: the database role {user} may not do this ({reason}); see docs/ARCHIVE.md for the rights it needs",
                database=self.name,
                user=self.user,
                reason=_first_line(original),
            )
        if isinstance(error, exc.SQLAlchemyError | psycopg.Error):
            return ArchiveError(
                "{database}: the database refused the request: {reason}",
                database=self.name,
                reason=_first_line(original or error),
            )
        raise error


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def open_archive(address: str | None, *, password: str | None = None) -> Archive:
    """The archive at ``address``, its schema checked (made or migrated when needed).

    ``password``: one from the keyring or asked (archive/credentials.py); without it libpq looks
    in the address, ``PGPASSWORD`` and ``~/.pgpass``.
    """
    if not address:
        raise ArchiveError(
            "no archive address: give --db postgresql://user@host/database or set BRICOLEUR_ARCHIVE"
        )
    archive = connect(address, password=password)
    ensure_schema(archive)
    return archive


def connect(address: str, *, password: str | None = None) -> Archive:
    """An :class:`Archive` for ``address`` (no connection is made yet)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    shown = address.split("://", 1)[-1]
    if "@" in shown:  # no password in a message, ever
        userinfo, host = shown.rsplit("@", 1)
        shown = f"{userinfo.split(':', 1)[0]}@{host}"
    try:
        url = make_url(address)
    except Exception:
        raise ArchiveError(
            "{database}: is not a PostgreSQL address; give one like postgresql://user@host/database",
            database=shown,
        ) from None
    if url.drivername not in SCHEMAS:
        raise ArchiveError(
            "{database}: is not a PostgreSQL address; give one like postgresql://user@host/database",
            database=shown,
        )
    url = url.set(drivername="postgresql+psycopg")
    from urllib.parse import unquote

    # the address as given, without its password (hidden, then left out)
    name = unquote(url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@", 1))
    import getpass

    user = url.username or getpass.getuser()
    if password is not None and url.password is None:  # one written in the address wins
        url = url.set(password=password)
    # TLS whenever the server offers it (libpq's default, said here so that nobody turns it off by
    # accident); an address or PGSSLMODE asking for more (require, verify-full) wins
    tls = {} if "sslmode" in url.query or os.environ.get("PGSSLMODE") else {"sslmode": "prefer"}
    engine = create_engine(
        url,
        # one connection kept for the commands of a process (the schema check, then the work);
        # checked before each use, so a server restarted meanwhile costs nothing but a reconnect
        pool_size=1,
        max_overflow=2,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_SECONDS, "application_name": "bricoleur-desk", **tls},
    )
    return Archive(engine, name, user)


def ensure_schema(archive: Archive) -> None:
    """Make the schema when the database is empty, migrate it when older, refuse it when newer."""
    from sqlalchemy import text

    from ..storage import migrate

    head = migrate.head_revision(MIGRATIONS)
    with archive.transaction() as conn:
        current = _revision(conn)
        if current == head:
            return
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        current = _revision(conn)  # another laptop may have made it while we waited
        if current == head:
            return
        if current is not None and current not in migrate.known_revisions(MIGRATIONS):
            raise ArchiveNewerError(
                "{database}: the team archive has schema {revision}, newer than this Bricoleur Desk; "
                "update Bricoleur Desk to use it (nothing was changed)",
                database=archive.name,
                revision=current,
            )
        migrate.upgrade_to_head(conn, MIGRATIONS)
        # a table a later migration added gets its row-level security policy, its members their rights
        from .access import grant_rights, secure_tables

        secure_tables(conn)
        grant_rights(conn)


def _revision(conn: Connection) -> str | None:
    from sqlalchemy import text

    exists = conn.execute(text("SELECT to_regclass(:name)"), {"name": VERSION_TABLE}).scalar()
    if exists is None:
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()

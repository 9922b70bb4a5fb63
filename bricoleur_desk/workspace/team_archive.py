"""Use cases on the team archive for the window and the command line.

The interface reaches the archive only through here (the layering forbids ``ui -> archive``):
connecting with a password that is asked, never stored; what the connection is (server, TLS);
the dossiers, pushing and pulling, the promises dashboard with its filters, Dutch search; and
the promises dashboard as CSV for Excel.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..archive.connection import Archive, connect, ensure_schema
from ..archive.errors import ArchiveError, ArchiveLoginError
from ..archive.queries import ArchivedPromise, Hit, Listed, list_dossiers, promises, search
from ..archive.transfer import Pulled, Pushed, pull, push
from ..domain.errors import UserError
from .errors import ReportError
from .outputs import check_output
from .reporting import _cell, replacing_output

__all__ = [
    "ArchivedPromise",
    "Connection",
    "Hit",
    "Listed",
    "Pulled",
    "Pushed",
    "TeamArchive",
    "came_encrypted",
    "filter_promises",
    "open_team_archive",
    "write_promises_csv",
]

# the dossier's own promises CSV (workspace/reporting.py) with the dossier in front and "overdue" after
CSV_COLUMNS = ("dossier", "dossier_title", "meeting", "text", "owner", "due", "status", "overdue")
_ENCRYPTED_SOURCE = "{database}: dossier {dossier} came from an encrypted file"


@dataclass(frozen=True)
class Connection:
    """What the window says about the connection: where, which server, and whether TLS protects it."""

    database: str  # the address without its password
    user: str
    server: str  # "db.gemeente.nl:5432"
    version: str  # the server's PostgreSQL version, "15.4"
    tls: bool
    tls_version: str  # "TLSv1.3", "" without TLS


class TeamArchive:
    """A connected team archive; every method is one unit of work (run it off the interface thread)."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    @property
    def database(self) -> str:
        return self._archive.name

    @property
    def archive(self) -> Archive:
        """The archive itself, for the other use cases in workspace (conflicts)."""
        return self._archive

    def connection(self) -> Connection:
        """Where the connection goes and whether it is encrypted (``pg_stat_ssl`` of this session)."""
        from sqlalchemy import text

        query = text(
            "SELECT current_setting('server_version'), current_user, s.ssl, coalesce(s.version, '') "
            "FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()"
        )
        with self._archive.transaction() as conn:
            version, user, tls, tls_version = conn.execute(query).one()
        url = self._archive.engine.url
        host = url.host or url.query.get("host") or "localhost"
        if isinstance(host, tuple):
            host = host[0]
        server = f"{host}:{url.port or 5432}" if not str(host).startswith("/") else str(host)
        return Connection(self._archive.name, user, server, str(version).split()[0], bool(tls), tls_version if tls else "")

    def dossiers(self) -> list[Listed]:
        return list_dossiers(self._archive)

    def promises(self, today: date) -> list[ArchivedPromise]:
        """Every promise of every dossier, by due date; filter them with :func:`filter_promises`."""
        return promises(self._archive, today=today)

    def search(self, words: str, limit: int = 50) -> list[Hit]:
        return search(self._archive, words, limit=limit)

    def push(self, path: Path) -> Pushed:
        return push(self._archive, path)

    def pull(self, dossier_id: str, out: Path, *, passphrase: str | None = None, plain: bool = False) -> Pulled:
        return pull(self._archive, dossier_id, out, passphrase=passphrase, plain=plain)

    def close(self) -> None:
        """Close the connections (the next unit of work would open one again)."""
        self._archive.engine.dispose()


__all__ = ["ArchiveLoginError"]  # the window tells a refused password from other failures


def keyring_address(address: str, user: str = "") -> str:
    """The address a kept password belongs to: the one given, as ``user`` when one is typed."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(address.strip())
    except Exception:  # not an address at all: connecting says so
        return address
    return url.set(username=user.strip()).render_as_string() if user.strip() else url.render_as_string()


def open_team_archive(address: str, user: str = "", password: str = "") -> TeamArchive:
    """Connect to ``address`` as ``user`` (else the address's own) with ``password`` (else ``~/.pgpass``).

    The password travels only to the driver: it is never written anywhere and never shown.
    The schema is checked (made or migrated) as on the command line.
    """
    address = address.strip()
    if not address:
        raise ArchiveError("no archive address: give --db postgresql://user@host/database or set BRICOLEUR_ARCHIVE")
    archive = connect(address)
    if user.strip() or password:
        url = archive.engine.url
        if user.strip():
            url = url.set(username=user.strip())
        if password:
            url = url.set(password=password)
        archive.engine.dispose()
        archive = connect(url.render_as_string(hide_password=False))
    ensure_schema(archive)
    return TeamArchive(archive)


def came_encrypted(error: UserError) -> bool:
    """Whether a pull was refused because the dossier came from an encrypted file (ask how to write it)."""
    return error.message_id.startswith(_ENCRYPTED_SOURCE)


def filter_promises(
    found: Iterable[ArchivedPromise], *, overdue_only: bool = False, owner: str = "", words: str = ""
) -> list[ArchivedPromise]:
    """The dashboard's filters: overdue only; ``owner`` found in the owner (department); every word of
    ``words`` found in the promise, its dossier or its meeting. Without regard to case."""
    owner = owner.strip().casefold()
    wanted = words.casefold().split()
    kept = []
    for p in found:
        if overdue_only and not p.overdue:
            continue
        if owner and owner not in p.owner.casefold():
            continue
        haystack = f"{p.text} {p.dossier_title} {p.meeting}".casefold()
        if any(w not in haystack for w in wanted):
            continue
        kept.append(p)
    return kept


def write_promises_csv(promises: Iterable[ArchivedPromise], out: Path) -> int:
    """The promises as CSV (semicolons, UTF-8 with BOM, like the dossier's own export); how many."""
    out = check_output(out)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for p in promises:
        values = (
            p.dossier_id,
            p.dossier_title,
            p.meeting,
            p.text,
            p.owner,
            p.due.isoformat() if p.due else "",
            str(p.status),
            "yes" if p.overdue else "",
        )
        writer.writerow(_cell(v) for v in values)
        count += 1
    try:
        with replacing_output(out, ".part.csv") as temp:
            temp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReportError("could not write {out}: {reason}", out=out, reason=exc.strerror or exc) from exc
    return count

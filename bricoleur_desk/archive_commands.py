"""The command line for the team archive: ``archive push|conflicts|resolve|pull|list|promises|search``.

Kept beside ``app.py`` (the composition root), which adds the command to its parser and hands
it here; the work is done by ``bricoleur_desk.archive`` (and ``workspace.team_archive`` for the
CSV). The database address comes from ``--db`` or the environment variable
``BRICOLEUR_ARCHIVE``; see docs/ARCHIVE.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

COMMANDS = ("archive",)
ENVIRONMENT = "BRICOLEUR_ARCHIVE"
_DB_HELP = f"the archive's PostgreSQL address, postgresql://user@host/database (default: ${ENVIRONMENT})"


def add_commands(commands: Any, output_rule: str) -> None:
    """Add the commands to the ``bricoleur-desk`` parser's sub-parsers."""
    archive = commands.add_parser(
        "archive", help="the team archive on PostgreSQL: push, conflicts, resolve, pull, list, promises, search (docs/ARCHIVE.md)"
    )
    sub = archive.add_subparsers(dest="archive_command", metavar="ARCHIVE_COMMAND", required=True)

    p = sub.add_parser(
        "push",
        help="send a dossier to the archive in one transaction, merged with what colleagues pushed since its pull",
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file (closed in the app)")
    p.add_argument("--team", metavar="NAME", help="whose dossier it is (default: kept; a new one: your only team)")
    _db(p)

    p = sub.add_parser("conflicts", help="what two laptops both changed, waiting for a choice: one a line")
    _db(p)
    p.add_argument("dossier_id", metavar="ID", nargs="?", help="only this dossier's conflicts")

    p = sub.add_parser("resolve", help="choose a conflict's side: the archive's version or the pushed one")
    p.add_argument("conflict_id", metavar="CONFLICT_ID", help="the conflict's id (archive conflicts shows them)")
    p.add_argument("--keep", choices=("archive", "pushed"), required=True, help="which version stays")
    _db(p)

    p = sub.add_parser("pull", help="write a dossier from the archive as a new .bricoleur file that opens offline")
    p.add_argument("dossier_id", metavar="ID", help="the dossier's id (archive list shows them)")
    _db(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new file (never an existing one)")
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--encrypt",
        action="store_true",
        help="write the file encrypted (passphrase from BRICOLEUR_PASSPHRASE or asked on a terminal)",
    )
    how.add_argument("--plain", action="store_true", help="write a dossier that came from an encrypted file unencrypted")

    p = sub.add_parser("list", help="one dossier a line: id, title, last change")
    _db(p)

    p = sub.add_parser("promises", help="the promises of every dossier, by due date")
    _db(p)
    p.add_argument("--overdue", action="store_true", help="only open promises past their due date")
    p.add_argument("--owner", metavar="X", help="only this owner (department), without regard to case")
    p.add_argument("--csv", type=Path, metavar="OUT", help=f"write CSV for Excel instead ({output_rule})")

    p = sub.add_parser("search", help="Dutch full-text search over notes, answers and promises of every dossier")
    _db(p)
    p.add_argument("words", metavar="TEXT", help='words to find ("bomen" also finds "boom"); "a phrase", or, -word')
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")

    from . import archive_team_commands

    archive_team_commands.add_commands(sub, _db)


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=os.environ.get(ENVIRONMENT), help=_DB_HELP)


def run(args: argparse.Namespace) -> int:
    """Run ``archive ...``; the exit code."""
    from . import archive_team_commands

    archive = _open(args.db)
    try:
        command = _COMMANDS.get(args.archive_command) or archive_team_commands.COMMANDS[args.archive_command]
        return command(archive, args)
    finally:
        archive.engine.dispose()


def _open(address: str | None) -> Any:
    """The archive, with the password from the keyring, or asked on a terminal (and then kept there).

    Where there is no system keyring it is asked every time; it is never written to a file.
    """
    import getpass

    from .archive import credentials
    from .archive.connection import open_archive
    from .archive.errors import ArchiveLoginError

    kept = credentials.password_for(address) if address and not credentials.has_password(address) else None
    try:
        return open_archive(address, password=kept)
    except ArchiveLoginError:
        if kept is not None:
            credentials.forget(address or "")  # changed since: ask again
        if not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"Password for {credentials.entry(address or '')}: ")
    archive = open_archive(address, password=password)
    if credentials.remember(address or "", password):
        print("bricoleur-desk: the password is kept in the system keyring", file=sys.stderr)
    return archive


def _push(archive: Any, args: argparse.Namespace) -> int:
    from .archive_team_commands import name_scanner
    from .ui.messages import in_settings_language
    from .workspace.archive_access import push_dossier

    pushed = push_dossier(archive, args.file, team=args.team, names=name_scanner())
    for line in pushed.lines():
        print(f"bricoleur-desk: {in_settings_language(line)}")
    return 0


def _conflicts(archive: Any, args: argparse.Namespace) -> int:
    from .archive.conflicts import list_conflicts
    from .archive.transfer import no_conflicts
    from .ui.messages import in_settings_language

    found = list_conflicts(archive, args.dossier_id)
    for c in found:
        print(f"{c.id}\t{c.dossier_id}\t{c.at.astimezone():%Y-%m-%d %H:%M}\t{_line(c.pushed_by)}\t{_line(c.what)}")
    if not found:
        print(f"bricoleur-desk: {in_settings_language(no_conflicts())}", file=sys.stderr)
    return 0


def _resolve(archive: Any, args: argparse.Namespace) -> int:
    from .archive.conflicts import resolve
    from .archive.transfer import resolved
    from .ui.messages import in_settings_language

    resolve(archive, args.conflict_id, args.keep)
    print(f"bricoleur-desk: {in_settings_language(resolved(args.conflict_id, args.keep))}")
    return 0


def _pull(archive: Any, args: argparse.Namespace) -> int:
    from .archive.transfer import pull

    passphrase = None
    if args.encrypt:
        from .encryption_commands import _new_passphrase

        passphrase = _new_passphrase(args.out)
    pulled = pull(archive, args.dossier_id, args.out, passphrase=passphrase, plain=args.plain)
    how = ", encrypted" if pulled.encrypted else ""
    print(f"bricoleur-desk: wrote {pulled.path} ({pulled.title}, revision {pulled.revision}{how})")
    return 0


def _list(archive: Any, args: argparse.Namespace) -> int:
    from .archive.public_queries import reads_full_dossiers
    from .archive.queries import list_dossiers

    if not reads_full_dossiers(archive):  # a communication adviser: the masked copies
        from .archive_team_commands import list_masked

        return list_masked(archive)
    for d in list_dossiers(archive):
        print(f"{d.dossier_id}\t{_line(d.title)}\t{d.changed_at.astimezone():%Y-%m-%d %H:%M}")
    how = "encrypted (TLS)" if archive.tls else "NOT encrypted (no TLS)"
    print(f"bricoleur-desk: {archive.name}: the connection is {how}", file=sys.stderr)
    return 0


def _promises(archive: Any, args: argparse.Namespace) -> int:
    from .archive.queries import promises

    found = promises(archive, today=date.today(), overdue_only=args.overdue, owner=args.owner)
    if args.csv is not None:
        from .workspace.team_archive import write_promises_csv

        count = write_promises_csv(found, args.csv)
        print(f"bricoleur-desk: wrote {args.csv} ({count} promises)")
        return 0
    for p in found:
        status = f"{p.status} overdue" if p.overdue else str(p.status)
        due = p.due.isoformat() if p.due else "-"
        print(f"{p.dossier_id}\t{due}\t{status}\t{_line(p.owner) or '-'}\t{_line(p.dossier_title)}\t{_line(p.text)}")
    return 0


def _search(archive: Any, args: argparse.Namespace) -> int:
    from .archive.queries import search

    hits = search(archive, args.words, limit=args.limit)
    for h in hits:
        where = f"note {h.number}" if h.kind == "note" else "promise"
        when = f"{h.meeting_starts:%Y-%m-%d}" if h.meeting_starts is not None else "-"
        answer = f"\t{_line(h.answer)}" if h.answer else ""
        print(f"{h.dossier_id}\t{when}\t{where}\t{_line(h.text)}{answer}")
    if not hits:
        print("bricoleur-desk: nothing found", file=sys.stderr)
    return 0


def _line(text: str) -> str:
    return " ".join(text.split())


_COMMANDS = {
    "push": _push,
    "conflicts": _conflicts,
    "resolve": _resolve,
    "pull": _pull,
    "list": _list,
    "promises": _promises,
    "search": _search,
}

"""The team archive's commands for teams, roles, erasure and retention (docs/ARCHIVE.md, "Teams and roles").

``archive team add|list``, ``archive member add|remove``, ``archive grant-adviser`` (run by the
archive's owner, normally municipal IT), ``archive erase`` and ``archive retention``. Added to the
``archive`` parser by archive_commands.py, which also opens the archive (asking for the password
when it is needed, kept in the system keyring where there is one).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any


def add_commands(sub: Any, db: Any) -> None:
    """Add the sub-commands to ``archive``'s sub-parsers; ``db`` adds the ``--db`` option."""
    p = sub.add_parser("team", help="teams: add one, or list them with their members (the archive's owner)")
    what = p.add_subparsers(dest="team_command", metavar="add|list|assign", required=True)
    q = what.add_parser("add", help="a new team")
    q.add_argument("name", metavar="NAME", help='the team\'s name, e.g. "Noord"')
    db(q)
    q = what.add_parser("list", help="one team a line: name, members, advisers, number of dossiers")
    db(q)
    q = what.add_parser("assign", help="hand a dossier to a team (one pushed before teams existed)")
    q.add_argument("dossier_id", metavar="ID", help="the dossier's id (archive list shows them)")
    q.add_argument("--team", required=True, metavar="NAME", help="the team")
    db(q)

    p = sub.add_parser("member", help="which database role belongs to which team (the archive's owner)")
    what = p.add_subparsers(dest="member_command", metavar="add|remove", required=True)
    q = what.add_parser("add", help="put a facilitator's database role in a team; it sees that team's dossiers")
    q.add_argument("role", metavar="ROLE", help="the PostgreSQL role (CREATE ROLE ... LOGIN first)")
    q.add_argument("--team", required=True, metavar="NAME", help="the team")
    db(q)
    q = what.add_parser("remove", help="take a role out of a team (without --team: out of everything)")
    q.add_argument("role", metavar="ROLE", help="the PostgreSQL role")
    q.add_argument("--team", metavar="NAME", help="the team (default: every team, and as adviser)")
    db(q)

    p = sub.add_parser(
        "grant-adviser",
        help="let a role read the masked copies only: what the public report would show, no names",
    )
    p.add_argument("role", metavar="ROLE", help="the communication adviser's PostgreSQL role")
    p.add_argument("--team", metavar="NAME", help="only this team's dossiers (default: every team)")
    db(p)

    p = sub.add_parser("masked", help="a dossier's masked copy (an adviser's view): notes and promises, no names")
    p.add_argument("dossier_id", metavar="ID", help="the dossier's id (archive list shows them)")
    db(p)

    p = sub.add_parser(
        "erase",
        help="erase a person from a dossier in the archive, as erase-person does in a file; cannot be undone",
    )
    p.add_argument("person", metavar="PERSON_ID", help="the person's id (people[].id in the JSON export)")
    p.add_argument("--dossier", required=True, metavar="ID", help="the dossier's id (archive list shows them)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation on a terminal")
    db(p)

    p = sub.add_parser("retention", help="the dossiers past their retention date; erase their people or purge them")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--erase-people", action="store_true", help="erase every person of each, as the app does")
    how.add_argument("--purge", action="store_true", help="remove each dossier from the archive entirely")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation on a terminal")
    db(p)


def _team(archive: Any, args: argparse.Namespace) -> int:
    from .archive.access import add_team, assign, teams

    if args.team_command == "assign":
        assign(archive, args.dossier_id, args.team)
        print(f"bricoleur-desk: {args.dossier_id} is team {args.team}'s")
        return 0
    if args.team_command == "add":
        add_team(archive, args.name)
        print(f"bricoleur-desk: team {args.name.strip()} added")
        return 0
    for team in teams(archive):
        members = ", ".join(team.members) or "-"
        advisers = ", ".join(team.advisers) or "-"
        print(f"{team.name}\tmembers: {members}\tadvisers: {advisers}\t{team.dossiers} dossiers")
    return 0


def _member(archive: Any, args: argparse.Namespace) -> int:
    from .archive.access import add_member, remove_member

    if args.member_command == "add":
        add_member(archive, args.role, args.team)
        print(f"bricoleur-desk: {args.role} is in team {args.team}")
        return 0
    gone = remove_member(archive, args.role, args.team)
    print(f"bricoleur-desk: {args.role}: {gone} memberships removed")
    return 0


def _adviser(archive: Any, args: argparse.Namespace) -> int:
    from .archive.access import ADVISER, add_member

    add_member(archive, args.role, args.team, ADVISER)
    which = f"team {args.team}" if args.team else "every team"
    print(f"bricoleur-desk: {args.role} reads the masked copies of {which}")
    return 0


def list_masked(archive: Any) -> int:
    """``archive list`` for an adviser: the masked copies, one a line (id, title, team)."""
    from .archive.public_queries import masked_dossiers

    for d in masked_dossiers(archive):
        scanned = "" if d.names_scanned else "\tonly registered names masked"
        print(f"{d.dossier_id}\t{' '.join(d.title.split())}\t{d.team or '-'}\tmasked copy{scanned}")
    return 0


def _masked(archive: Any, args: argparse.Namespace) -> int:
    from .archive.public_queries import masked_lines

    lines = masked_lines(archive, args.dossier_id)
    for line in lines:
        where = f"note {line.number}" if line.kind == "note" else "promise"
        answer = f"\t{' '.join(line.answer.split())}" if line.answer else ""
        print(f"{line.meeting}\t{where}\t{' '.join(line.text.split())}{answer}")
    if not lines:
        print(f"bricoleur-desk: no masked copy of {args.dossier_id} to read", file=sys.stderr)
    return 0


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    if args.yes or not sys.stdin.isatty():
        return True
    answer = input(f"{question} This cannot be undone. [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def _erase(archive: Any, args: argparse.Namespace) -> int:
    from .workspace.archive_access import erase_in_archive

    if not _confirmed(args, f"Erase person {args.person} from dossier {args.dossier} in the archive?"):
        print("bricoleur-desk: nothing erased", file=sys.stderr)
        return 1
    report = erase_in_archive(archive, args.dossier, [args.person], names=name_scanner())
    print(f"bricoleur-desk: {args.dossier} in the archive: {report.summary()}")
    print(_LEFT_BEHIND, file=sys.stderr)
    return 0


_LEFT_BEHIND = (
    "bricoleur-desk: the database's write-ahead log, dead rows and backups keep the old rows "
    "until IT's VACUUM and backup rotation remove them (docs/ARCHIVE.md)"
)


def _retention(archive: Any, args: argparse.Namespace) -> int:
    from .archive.retention import past_retention, purge

    due = past_retention(archive, date.today())
    for d in due:
        print(f"{d.dossier_id}\t{d.retention_until.isoformat()}\t{d.people} people\t{' '.join(d.title.split())}")
    if not (args.erase_people or args.purge) or not due:
        if not due:
            print("bricoleur-desk: no dossier is past its retention date", file=sys.stderr)
        return 0
    what = "Erase every person of" if args.erase_people else "Remove from the archive"
    if not _confirmed(args, f"{what} these {len(due)} dossiers?"):
        print("bricoleur-desk: nothing changed", file=sys.stderr)
        return 1
    if args.purge:
        gone = purge(archive, [d.dossier_id for d in due])
        print(f"bricoleur-desk: removed {gone} dossiers from the archive")
    else:
        from .workspace.archive_access import erase_past_retention

        for d, report in erase_past_retention(archive, date.today(), names=name_scanner()):
            print(f"bricoleur-desk: {d.dossier_id}: {report.summary()}")
    print(_LEFT_BEHIND, file=sys.stderr)
    return 0


def name_scanner() -> Any:
    """The name scanner when ``prepare`` ran (anyone's names masked for advisers), else None and a warning."""
    from .workspace.name_scanner import load_name_scanner, lookup_ready

    if lookup_ready():
        return load_name_scanner()
    print(
        "bricoleur-desk: warning: the name scanner is not prepared (run bricoleur-desk prepare): "
        "only registered people's names are masked in the advisers' copy",
        file=sys.stderr,
    )
    return None


COMMANDS = {"masked": _masked, "team": _team, "member": _member, "grant-adviser": _adviser, "erase": _erase, "retention": _retention}

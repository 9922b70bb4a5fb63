"""The command line for residents' rights: ``export-person`` and ``erase-person``.

Kept beside ``app.py`` (the composition root), which adds these commands to its parser and
hands them here; the work is done by ``workspace.rights`` and ``workspace.erasure``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("export-person", "erase-person")


def add_commands(commands: Any, output_rule: str) -> None:
    """Add the commands to the ``bricoleur-desk`` parser's sub-parsers."""
    p = commands.add_parser(
        "export-person",
        help="write everything the dossier holds about one person as JSON (a request for access)",
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--person", required=True, metavar="ID", help="the person's id (people[].id in the JSON export)")
    p.add_argument("--json", type=Path, required=True, metavar="OUT", help=f"the JSON file to write ({output_rule})")

    p = commands.add_parser(
        "erase-person",
        help="erase one person: the record, links, name and contact in every text, backups and caches; "
        "cannot be undone",
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file (not open in the app)")
    p.add_argument("--person", required=True, metavar="ID", help="the person's id (people[].id in the JSON export)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation on a terminal")


def run(args: argparse.Namespace) -> int:
    """Run one of :data:`COMMANDS`; the exit code."""
    if args.command == "export-person":
        from .workspace.person_files import export_person

        export_person(args.file, args.person, args.json)
        return 0
    from .workspace.erasure import erase_person_in_file

    if not args.yes and sys.stdin.isatty():
        answer = input(f"Erase person {args.person} from {args.file}? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("bricoleur-desk: nothing erased", file=sys.stderr)
            return 1
    report = erase_person_in_file(args.file, args.person)
    print(f"bricoleur-desk: {args.file}: {report.summary()}")
    return 0

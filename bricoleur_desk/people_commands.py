"""The command line for the people register: ``sign-in-sheet``.

Kept beside ``app.py`` (the composition root), which adds this command to its parser and hands
it here; the work is done by ``workspace.sign_in``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS = ("sign-in-sheet",)


def add_commands(commands: Any, output_rule: str) -> None:
    """Add the commands to the ``bricoleur-desk`` parser's sub-parsers."""
    p = commands.add_parser(
        "sign-in-sheet",
        help="print a sign-in sheet (A4 PDF) for the entrance table: name, street or group, contact, consent",
    )
    p.add_argument("file", type=Path, help="a .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="PDF", help=f"the PDF to write ({output_rule})")
    p.add_argument("--meeting", metavar="ID", help="the meeting (default: the latest)")
    p.add_argument("--pages", type=int, default=1, metavar="N", help="pages of 20 empty rows (default 1)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the sheet")


def run(args: argparse.Namespace) -> int:
    """Run one of :data:`COMMANDS`; the exit code."""
    from .workspace.files import load_dossier, pick_meeting
    from .workspace.sign_in import export_sign_in_sheet

    dossier = load_dossier(args.file)
    meeting = pick_meeting(dossier, args.meeting)
    export_sign_in_sheet(
        dossier, args.out, meeting_id=meeting.id, pages=args.pages, lang=args.lang, inputs=[args.file]
    )
    return 0

"""The command line for encryption at rest: ``encrypt``, ``decrypt``, and where a passphrase comes from.

Every command that reads or writes a dossier takes an encrypted dossier's passphrase from the
environment variable ``BRICOLEUR_PASSPHRASE`` or, on a terminal, asks for it (never echoed).
``encrypt`` takes the new passphrase the same way (asked twice on a terminal). Kept beside
``app.py`` (the composition root), which adds these commands to its parser and hands them here.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("encrypt", "decrypt")
ENVIRONMENT = "BRICOLEUR_PASSPHRASE"


def add_commands(commands: Any, output_rule: str) -> None:
    """Add the commands to the ``bricoleur-desk`` parser's sub-parsers."""
    p = commands.add_parser(
        "encrypt",
        help=f"write an encrypted copy of a dossier (passphrase from {ENVIRONMENT} or asked on a terminal)",
    )
    p.add_argument("file", type=Path, help="a plain .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="NEW", help=f"the encrypted copy ({output_rule})")
    p = commands.add_parser("decrypt", help="write a plain (unencrypted) copy of an encrypted dossier")
    p.add_argument("file", type=Path, help="an encrypted .bricoleur dossier file")
    p.add_argument("--out", type=Path, required=True, metavar="NEW", help=f"the plain copy ({output_rule})")


def install_passphrase_source() -> None:
    """Encrypted dossiers opened by this command take their passphrase from the environment or the terminal."""
    from .workspace.encryption import set_passphrase_prompt

    set_passphrase_prompt(_passphrase_for)


def _passphrase_for(path: Path) -> str | None:
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not sys.stdin.isatty():
        return None  # PassphraseNeededError: the one line says what is missing
    try:
        return getpass.getpass(f"Passphrase for {path}: ")
    except EOFError:
        return None


def _new_passphrase(path: Path) -> str:
    from .workspace.encryption import new_passphrase

    return new_passphrase(path, os.environ.get(ENVIRONMENT), getpass.getpass if sys.stdin.isatty() else None)


def run(args: argparse.Namespace) -> int:
    """Run one of :data:`COMMANDS`; the exit code."""
    from .workspace.encryption import decrypt_copy, encrypt_copy
    from .workspace.outputs import check_output

    out = check_output(args.out, [args.file])
    if args.command == "encrypt":
        encrypt_copy(args.file, out, _new_passphrase(args.out))
    else:
        decrypt_copy(args.file, out)
    print(f"bricoleur-desk: wrote {args.out}")
    return 0

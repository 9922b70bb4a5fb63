"""Encryption at rest for the interface and the command line (the work is in ``storage.encryption``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from ..storage.encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    decrypt_copy,
    encrypt_copy,
    encrypt_in_place,
    is_encrypted,
    remember_passphrase,
    set_passphrase_prompt,
)

__all__ = [
    "PassphraseNeededError",
    "WrongPassphraseError",
    "decrypt_copy",
    "encrypt_copy",
    "encrypt_in_place",
    "is_encrypted",
    "new_passphrase",
    "remember_passphrase",
    "set_passphrase_prompt",
]


def new_passphrase(path: Path, given: str | None, ask: Callable[[str], str] | None) -> str:
    """The passphrase to encrypt ``path`` with: ``given`` (the environment), else asked twice."""
    if given:
        return given
    if ask is None:
        raise UserError(
            "{path}: no passphrase: set BRICOLEUR_PASSPHRASE or run the command on a terminal", path=path
        )
    first = ask(f"New passphrase for {path}: ")
    if not first or first != ask("The same passphrase again: "):
        raise UserError("{path}: the two passphrases differ; nothing was written", path=path)
    return first

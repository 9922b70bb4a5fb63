"""Encrypting and decrypting a dossier file with a passphrase (SQLCipher; see ``driver``).

``encrypt_copy`` and ``decrypt_copy`` write a new file and leave the original as it was (the
command line's ``encrypt FILE --out NEW`` and ``decrypt FILE --out NEW``). ``encrypt_in_place``
(the window's Dossier → Encrypt…) replaces a closed dossier, and the ``.bak-REV`` backups beside
it, by encrypted ones: each is written complete to a private temporary first, then renamed over
the original, and the plain bytes of the original are then overwritten with zeros (through a
second name, so that a crash at any moment leaves the dossier readable, never lost).

The passphrase is never stored: lost, it cannot be recovered, and neither can the dossier.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from . import backups, driver, sqlite_file, temporaries
from .dossier_file import _reading
from .errors import DossierFileError, PassphraseNeededError, WrongPassphraseError
from .writer_lock import WriterLock

__all__ = [
    "PassphraseNeededError",
    "WrongPassphraseError",
    "decrypt_copy",
    "encrypt_copy",
    "encrypt_in_place",
    "is_encrypted",
    "remember_passphrase",
    "set_passphrase_prompt",
]

remember_passphrase = driver.remember
set_passphrase_prompt = driver.set_prompt


def is_encrypted(path: Path) -> bool:
    """Whether the dossier file ``path`` is encrypted (by its first kilobyte; reads nothing else)."""
    return sqlite_file.is_encrypted(Path(path))


def _check_passphrase(path: Path, passphrase: str) -> None:
    if not passphrase:
        raise DossierFileError(path, "the passphrase is empty")


def encrypt_copy(path: Path, target: Path, passphrase: str) -> Path:
    """An encrypted copy of the plain dossier ``path`` in ``target``, also while a window has it open."""
    path, target = Path(path), Path(target)
    _check_passphrase(target, passphrase)
    if is_encrypted(path):
        raise DossierFileError(path, "is already encrypted")
    return _export(path, target, driver.new_key(passphrase))


def decrypt_copy(path: Path, target: Path) -> Path:
    """A plain copy of the encrypted dossier ``path`` in ``target`` (its passphrase is asked for)."""
    path, target = Path(path), Path(target)
    if not is_encrypted(path):
        raise DossierFileError(path, "is not encrypted")
    return _export(path, target, None)


def _export(path: Path, target: Path, key: driver.Key | None) -> Path:
    with _reading(path) as opened:
        source_key = sqlite_file.key_for(opened.path)
        try:
            with temporaries.replacing(target, ".tmp") as temp:
                driver.export(opened.path, source_key, temp, key)
        except sqlite_file.Error as e:
            raise sqlite_file.translate(target, e) from None
        except OSError as e:
            raise DossierFileError(target, "cannot write the copy: {reason}", reason=e.strerror or e) from None
    sqlite_file.fsync_folder(target.parent)
    return target


def encrypt_in_place(path: Path, passphrase: str) -> list[Path]:
    """Encrypt the closed dossier ``path`` and its backups where they are; the files encrypted."""
    path = Path(path)
    _check_passphrase(path, passphrase)
    if is_encrypted(path):
        raise DossierFileError(path, "is already encrypted")
    sqlite_file.check_can_open(path)
    sqlite_file.check_header(path)
    lock = WriterLock.acquire(path)  # no window may have it open meanwhile
    try:
        # committed work still in a -wal (after a crash) is folded in first: one file to encrypt
        conn = sqlite_file.connect(path)
        try:
            dossier_id = backups.dossier_id_of(conn)
        finally:
            sqlite_file.close(conn)
        key = driver.new_key(passphrase)
        done = []
        # the rolling backups in the user data folder too: a plain one would defeat the purpose
        rolling = backups.backups(dossier_id) if dossier_id is not None else []
        for file in (path, *sqlite_file.backups_of(path), *rolling):
            if not is_encrypted(file) and sqlite_file.is_sqlite_file(file):
                _replace_encrypted(file, key)
                done.append(file)
        driver.remember(path, passphrase)
        return done
    finally:
        lock.release()


def _replace_encrypted(file: Path, key: driver.Key) -> None:
    old: Path | None = file.with_name(f".{file.name}.plain")
    if old.exists():  # left by an attempt cut short: the same plain bytes
        sqlite_file.shred(old)
    try:
        temp = temporaries.create(file, ".tmp")
        try:
            driver.export(file, None, temp, key)
            with open(temp, "rb+") as f:
                os.fsync(f.fileno())
            os.chmod(temp, os.stat(file).st_mode & 0o777)
            try:
                os.link(file, old)  # the plain bytes keep a name until they are overwritten
            except OSError:  # a file system without hard links: they are unlinked, not overwritten
                old = None
            os.replace(temp, file)
            temporaries.forget(temp)
        except BaseException:
            temporaries.remove(temp)
            if old is not None:
                with contextlib.suppress(OSError):
                    if old.exists() and file.exists():
                        old.unlink()
            raise
        sqlite_file.fsync_folder(file.parent)
        if old is not None:
            sqlite_file.shred(old)
    except sqlite_file.Error as e:
        raise sqlite_file.translate(file, e) from None
    except OSError as e:
        raise DossierFileError(file, "cannot encrypt the file: {reason}", reason=e.strerror or e) from None

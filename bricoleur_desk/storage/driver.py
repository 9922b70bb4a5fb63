"""The one place that chooses the SQLite driver for a dossier file and applies its key.

A plain dossier is opened with Python's ``sqlite3``. An encrypted one (SQLCipher 4, through
``sqlcipher3``) has no ``SQLite format 3`` on page 1: every page, page 1 included, and every
``-wal`` frame is AES-256 encrypted with an HMAC, so without the key the file is noise. Every
connection to a dossier (the writer, the reader beside a window, a migration backup, a copy,
a clean copy) is made here, so the key is always applied before the first read.

The key: SQLCipher's own derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, the 16-byte salt
at the start of the file) is done here once per passphrase and salt, and the derived key is
handed to SQLCipher as a raw key with that salt. The result is a standard SQLCipher 4 file
(``sqlcipher`` opens it with the passphrase), and the half second the derivation costs is paid
once per file and process, not for each connection (the reader, a backup, a copy).

Passphrases live only in this process's memory, by file: :func:`remember` (a window's prompt,
the command line's ``BRICOLEUR_PASSPHRASE``) and :func:`set_prompt` (asked when a file needs one
and none is remembered). They are never written anywhere.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from .errors import PassphraseNeededError, WrongPassphraseError

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_SIZE = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4's default
KEY_SIZE = 32
# the error classes of both drivers: ``except driver.ERRORS`` catches either
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)

Prompt = Callable[[Path], "str | None"]
_passphrases: dict[str, str] = {}
_derived: dict[tuple[str, bytes], bytes] = {}
_prompt: Prompt | None = None


def is_error(error: BaseException, kind: str) -> bool:
    """Whether ``error`` is either driver's exception class ``kind`` ("OperationalError", ...)."""
    return isinstance(error, (getattr(sqlite3, kind), getattr(sqlcipher3, kind)))


class Key:
    """A derived SQLCipher key and the salt it was derived with."""

    __slots__ = ("raw", "salt")

    def __init__(self, raw: bytes, salt: bytes) -> None:
        self.raw, self.salt = raw, salt

    def literal(self) -> str:
        """The key as SQLCipher's raw-key literal (key and salt, hex)."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:  # never the key itself, not even in a log
        return "Key(…)"


class CipherConnection(sqlcipher3.Connection):
    """An SQLCipher connection that knows its key (a copy of it is keyed the same)."""

    key: Key | None = None


def _where(path: Path | str) -> str:
    return os.path.realpath(path)


def remember(path: Path | str, passphrase: str) -> None:
    """Use ``passphrase`` for ``path`` from now on in this process (memory only)."""
    _passphrases[_where(path)] = passphrase


def forget(path: Path | str) -> None:
    """Forget the passphrase of ``path`` (a wrong one, or the dossier was closed for good)."""
    _passphrases.pop(_where(path), None)


def share_passphrase(path: Path | str, other: Path | str) -> None:
    """Use the passphrase of ``path`` (if one is remembered) for ``other`` too (its private copy)."""
    passphrase = _passphrases.get(_where(path))
    if passphrase is not None:
        remember(other, passphrase)


def set_prompt(prompt: Prompt | None) -> None:
    """What asks for a passphrase when an encrypted file has none remembered (None: raise)."""
    global _prompt
    _prompt = prompt


def derive(passphrase: str, salt: bytes) -> Key:
    """SQLCipher 4's key derivation, done once per passphrase and salt in this process."""
    cache = (passphrase, salt)
    raw = _derived.get(cache)
    if raw is None:
        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE)
        _derived[cache] = raw
    return Key(raw, salt)


def new_key(passphrase: str) -> Key:
    """A key for a new encrypted file (a fresh random salt)."""
    return derive(passphrase, os.urandom(SALT_SIZE))


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file: whole pages of bytes without any pattern.

    Another format (a PDF, a text, a picture) has structure in its first kilobyte and is
    rarely a whole number of pages; it is refused as such, not asked a passphrase for.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    if head.startswith(SQLITE_MAGIC) or len(head) < 1024 or size % 512:
        return False
    return len(set(head)) >= 200  # random bytes: about 250 of the 256 values in a kilobyte


def key_for(path: Path) -> Key:
    """The key of the encrypted file ``path``: its remembered passphrase, else the prompt's."""
    passphrase = _passphrases.get(_where(path))
    if passphrase is None and _prompt is not None:
        passphrase = _prompt(path)
    if not passphrase:
        raise PassphraseNeededError(path, "is encrypted; a passphrase is needed to open it")
    remember(path, passphrase)
    with open(path, "rb") as f:
        salt = f.read(SALT_SIZE)
    return derive(passphrase, salt)


def connect(database: Path | str, key: Key | None, **options: Any) -> Any:
    """A connection to ``database`` (a path or an SQLite URI with ``uri=True``): keyed when ``key``."""
    if key is None:
        return sqlite3.connect(database, **options)
    conn = sqlcipher3.connect(database, factory=CipherConnection, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print a wrong key on stderr
        conn.execute(f"PRAGMA key = {key.literal()}")  # before anything else reads the file
    except BaseException:
        conn.close()
        raise
    conn.key = key
    return conn


def key_of(conn: Any) -> Key | None:
    """The key a connection was opened with (None: a plain file)."""
    return getattr(conn, "key", None)


def check_key(path: Path, conn: Any) -> None:
    """Read page 1 through ``conn``: a wrong passphrase fails here, before anything else (and
    ``conn`` is closed)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as e:
        if "not a database" not in str(e):
            raise
        conn.close()
        forget(path)
        raise WrongPassphraseError(path, "the passphrase is wrong (or the file is damaged)") from None


def dbapi(conn: Any) -> Any:
    """The DB-API module of ``conn``, for SQLAlchemy (its error classes must be the driver's)."""
    return sqlcipher3 if isinstance(conn, sqlcipher3.Connection) else sqlite3


def export(source: Path, source_key: Key | None, target: Path, target_key: Key | None) -> None:
    """Write the whole database of ``source`` into the new (empty) file ``target``, encrypted with
    ``target_key`` or plain (``sqlcipher_export``: the way SQLCipher encrypts or decrypts)."""
    if source_key is not None:
        conn = connect(source, source_key, isolation_level=None)
    else:  # a plain source, read through SQLCipher's driver (it reads plain files too)
        conn = sqlcipher3.connect(source, factory=CipherConnection, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        literal = target_key.literal().strip('"') if target_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), literal))
        try:
            conn.execute("PRAGMA target.secure_delete = ON")
            conn.execute("SELECT sqlcipher_export('target')").fetchall()
            conn.execute(f"PRAGMA target.application_id = {int(application_id)}")
            conn.execute(f"PRAGMA target.user_version = {int(user_version)}")
        finally:
            conn.execute("DETACH DATABASE target")
    finally:
        conn.close()

"""One writer per dossier: a lock file beside it, held for as long as a window edits the dossier.

SQLite alone would let two windows take turns writing the same dossier (each commit is safe,
but each window would overwrite the other's view of it). The lock file ``.NAME.lock`` is
locked with ``flock`` (``msvcrt.locking`` on Windows): the operating system drops the lock when
the process dies, so a crash never leaves the dossier locked, and a second window in the same
process conflicts too (``flock`` locks belong to an open file, not to a process). Readers (the
report, an export, a copy) never take it. It holds who has the dossier open, for the message a
second opener sees, and is removed on a clean close.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
import time
from pathlib import Path

from .errors import DossierLockedError

LOCKED_PROBLEM = "is open in another Bricoleur Desk window or on another computer; close it there first"
LOCKED_BY_PROBLEM = (
    "is open in another Bricoleur Desk window or on another computer; close it there first (opened by {holder})"
)


def lock_path(dossier: Path) -> Path:
    # the file a symlink points at is what gets written: lock that one
    real = Path(os.path.realpath(dossier))
    return real.with_name(f".{real.name}.lock")


class WriterLock:
    """The right to write one dossier, until :meth:`release`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, dossier: Path) -> WriterLock:
        """Take the lock or raise :class:`DossierLockedError` at once, saying who holds it."""
        path = lock_path(dossier)
        for _attempt in range(5):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as e:
                raise DossierLockedError(dossier, "cannot lock the file: {reason}", reason=e.strerror or e) from None
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                if holder:
                    raise DossierLockedError(dossier, LOCKED_BY_PROBLEM, holder=holder)
                raise DossierLockedError(dossier, LOCKED_PROBLEM)
            # the holder before us may have removed the lock file after we opened it: then our
            # lock is on a file nobody else will see, and we try again on the new one
            if _same_file(fd, path):
                lock = cls(path, fd)
                lock._write_holder()
                return lock
            os.close(fd)
        raise DossierLockedError(dossier, LOCKED_PROBLEM)

    @staticmethod
    def is_held(dossier: Path) -> bool:
        """Whether a writer has the dossier open now (without taking the lock for long)."""
        path = lock_path(dossier)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if _try_lock(fd, shared=True):
                _unlock(fd)
                return False
            return True
        finally:
            os.close(fd)

    def release(self) -> None:
        """Remove the lock file and let go; safe to call twice."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if _same_file(fd, self.path):
                self.path.unlink()
        os.close(fd)  # closing drops the lock

    def _write_holder(self) -> None:
        assert self._fd is not None
        with contextlib.suppress(OSError):
            since = time.strftime("%Y-%m-%d %H:%M")
            # no words in it: it is shown inside a Dutch or an English message alike
            text = f"{_user()}@{socket.gethostname()}, {since}, pid {os.getpid()}\n"
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, text.encode("utf-8"))


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse the lock
        return "someone"


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    return text if text and "\n" not in text else ""


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # a file system without flock (some network shares): SQLite's exclusive lock,
            # used on network shares, still keeps a second writer out
            return True
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

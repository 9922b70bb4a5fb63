"""Temporary files beside an output, private while written and never left behind.

Every file is written under a hidden temporary name in the target's folder and renamed into
place when complete (a crash leaves the old file or the new one). A temporary can hold
personal data (an import's names and e-mails, a half-written internal report), so it is made
readable by its owner only (0600; SQLite gives its ``-wal`` the same mode), and it is recorded
in the user's state folder while it exists. A process killed half-way leaves the record behind:
:func:`sweep`, run at the start of every command and of the app, removes the temporaries (and
SQLite's side files) of processes that are gone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)
SIDE_FILES = ("", "-wal", "-journal", "-shm")


def records_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("bricoleur-desk", appauthor=False)) / "temporaries"


def create(target: Path, suffix: str = ".tmp") -> Path:
    """A new empty private file beside ``target``, recorded until :func:`forget` or :func:`remove`."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{suffix}")
    record = _record_for(temp)
    with contextlib.suppress(OSError):
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(f"{os.getpid()} {_started(os.getpid())}\n{temp}\n", encoding="utf-8")
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        with contextlib.suppress(OSError):
            record.unlink()
        raise
    return temp


def forget(temp: Path) -> None:
    """The temporary was renamed into place: nothing to clean up any more."""
    with contextlib.suppress(OSError):
        _record_for(temp).unlink()


def remove(temp: Path) -> None:
    """Delete the temporary and SQLite's side files next to it, and its record."""
    for name in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{temp}{name}").unlink()
    forget(temp)


@contextlib.contextmanager
def replacing(
    target: Path, suffix: str = ".tmp", mode: int | None = None, temp: Path | None = None
) -> Iterator[Path]:
    """A private temporary (made here, or ``temp`` from :func:`create`) that replaces ``target``
    atomically when the block succeeds, with ``mode`` (default: what the umask allows)."""
    temp = create(target, suffix) if temp is None else temp
    try:
        yield temp
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, target)
        forget(temp)
        os.chmod(target, usual_mode() if mode is None else mode)  # private until complete and in place
    except BaseException:
        remove(temp)
        raise


def sweep() -> list[Path]:
    """Remove the temporaries of processes that ended without cleaning up; returns what was removed."""
    removed: list[Path] = []
    try:
        records = list(records_folder().glob("*.rec"))
    except OSError:
        return removed
    for record in records:
        try:
            owner, temp = record.read_text(encoding="utf-8").splitlines()[:2]
            pid, started = (owner.split(" ", 1) + [""])[:2]
            if _alive(int(pid), started):
                continue
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                record.unlink()
            continue
        for name in SIDE_FILES:
            path = Path(f"{temp}{name}")
            with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                path.unlink()
                removed.append(path)
        with contextlib.suppress(OSError):
            record.unlink()
    if removed:
        log.info("removed %d temporary files left by an earlier run: %s", len(removed), removed)
    return removed


def usual_mode() -> int:
    """The mode a new file gets from the user's umask (an export is meant to be shared)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _record_for(temp: Path) -> Path:
    return records_folder() / f"{uuid.uuid5(uuid.NAMESPACE_URL, str(temp.absolute())).hex}.rec"


def _started(pid: int) -> str:
    """When the process started (Linux), so that a reused process id is not taken for the owner."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[19]


def _alive(pid: int, started: str) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return not started or _started(pid) == started

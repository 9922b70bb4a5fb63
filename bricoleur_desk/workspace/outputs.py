"""Where a command may write: never over its input, a dossier, a device, a folder or a pipe.

The rule for every command that writes a file (report, promises, export, import, demo, copy):
a new name is fine; an existing regular file is replaced atomically (a temporary beside it,
renamed over it when complete); refused, with a one-line reason naming the file, are the input
file itself, any existing SQLite file (a dossier, or another program's database) and anything
that is not a regular file (a device, a FIFO, a folder, a symlink to one or to nothing).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from ..domain.errors import Message
from ..storage import is_sqlite_file
from .errors import ReportError

HELP = (
    "never written over: the input, a dossier or other SQLite file, a device, FIFO or folder; "
    "another existing file is replaced atomically"
)


class OutputRefused(ReportError):
    """The chosen output would destroy something: a dossier, the input, a device."""

    def __init__(self, path: Path, problem: str, /, **values: object) -> None:
        self.path = path
        super().__init__("{path}: {problem}", path=path, problem=Message(problem, **values))


def check_output(out: Path, inputs: Iterable[Path] = ()) -> Path:
    """The path to write for ``out`` (a symlink's regular target), or :class:`OutputRefused`."""
    out = Path(out)
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        if not out.parent.is_dir():
            raise OutputRefused(out, "the folder does not exist") from None
        return out  # a new name
    except OSError as e:
        raise OutputRefused(out, "cannot look at the file: {reason}", reason=e.strerror or e) from None
    target = out
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.path.realpath(out))
        try:
            info = os.stat(target)
        except OSError:
            raise OutputRefused(out, "is a link to nothing; choose another name") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefused(out, "is a folder; give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(out, "is not a regular file (a device, a pipe or a socket); choose another name")
    for source in inputs:
        try:
            same = os.path.samefile(source, target)
        except OSError:
            same = False
        if same:
            raise OutputRefused(out, "is the input file; choose another name for the output")
    if is_sqlite_file(target):
        raise OutputRefused(out, "is a dossier or another database; it is never written over, choose another name")
    return target

"""JSON interchange, version 1: the format advisers use to archive, exchange and script dossiers.

The shape is documented in ``docs/dossier-v1.schema.json``. Reading is strict about what it
needs (a wrong type or an unknown reference is refused with its JSON path) and lenient about
what it does not know (unknown keys are skipped with a warning), so that files written by
scripts and by slightly newer builds of the same version still open.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from bricoleur_desk.domain.model import Dossier

from . import temporaries
from .interchange_errors import FORMAT_NAME, FORMAT_VERSION, InterchangeError
from .interchange_read import dossier_from_json
from .interchange_write import dossier_to_json

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "InterchangeError",
    "dossier_from_json",
    "dossier_to_json",
    "dumps",
    "read_json_file",
    "write_json_file",
]


def dumps(dossier: Dossier) -> str:
    """The dossier as the text of a version 1 JSON file (indent 2, newline at the end).

    Stroke points are written compactly, one stroke per line: indented one number per line
    they would take six times the space (and json's indenting encoder is the slow one).
    """
    data = dossier_to_json(dossier)
    nonce = uuid.uuid4().hex  # a placeholder no user text can be equal to
    compact: list[str] = []
    for meeting in data["meetings"]:
        for canvas in meeting["canvases"]:
            for sheet in canvas["sheets"]:
                for stroke in sheet["strokes"]:
                    compact.append(json.dumps(stroke["points"], separators=(",", ":"), allow_nan=False))
                    stroke["points"] = f"{nonce}:{len(compact) - 1}"
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    if compact:
        text = re.sub(f'"{nonce}:([0-9]+)"', lambda m: compact[int(m.group(1))], text)
    return text + "\n"


def read_json_file(path: Path, warn: Callable[[str], None] | None = None) -> Dossier:
    """Read a version 1 JSON dossier; every problem is an InterchangeError naming the file."""
    path = Path(path)
    try:
        with _open_regular(path) as f:
            # Look at the start first: a renamed photo or video is refused without reading it all.
            head = f.read(_SNIFF_BYTES)
            _refuse_binary(head, path)
            raw = head + f.read()
    except OSError as e:
        raise InterchangeError("cannot read the file: {reason}", file=path, reason=e.strerror or e) from e
    if not raw.strip():
        raise InterchangeError("the file is empty, expected a JSON dossier", file=path)
    try:
        # utf-8-sig: Notepad on Windows writes a byte order mark; accept it.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InterchangeError(
            "not a UTF-8 text file (byte {byte}), expected a JSON dossier", file=path, byte=e.start
        ) from e
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int)
    except json.JSONDecodeError as e:
        raise InterchangeError(
            "not valid JSON (line {line}, column {column}: {reason})",
            file=path, line=e.lineno, column=e.colno, reason=e.msg,
        ) from e
    except _ConstantRefused as e:
        raise InterchangeError("not valid JSON ({name} is not allowed)", file=path, name=e.name) from e
    except RecursionError as e:
        raise InterchangeError("not valid JSON (nested too deeply)", file=path) from e
    try:
        return dossier_from_json(data, warn)
    except InterchangeError as e:
        raise e.in_file(path) from e


def _open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, refused when it is not a regular file.

    Opening a FIFO waits for a writer, and reading a device never ends: opened without
    blocking, looked at, and refused before any read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InterchangeError(
                "cannot read the file: it is a folder, not a regular file"
                if stat.S_ISDIR(mode)
                else "cannot read the file: it is a pipe, not a regular file"
                if stat.S_ISFIFO(mode)
                else "cannot read the file: it is a device or socket, not a regular file",
                file=path,
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def write_json_file(dossier: Dossier, path: Path) -> None:
    """Write the dossier as version 1 JSON, atomically: a crash leaves the old file or the new one."""
    path = Path(path)
    text = dumps(dossier)
    # the temporary is private (it holds names and e-mails) until it replaces the target
    with temporaries.replacing(path, ".tmp", mode=_file_mode(path)) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")


_SNIFF_BYTES = 64 * 1024


def _refuse_binary(head: bytes, path: Path) -> None:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as e:
        raise InterchangeError(
            "not a UTF-8 text file (byte {byte}), expected a JSON dossier", file=path, byte=e.start
        ) from e
    zero = head.find(b"\x00")
    if zero >= 0:
        raise InterchangeError(
            "not a text file (a zero byte at byte {byte}), expected a JSON dossier", file=path, byte=zero
        )


def _file_mode(path: Path) -> int:
    """The mode the written file should have: the old file's, or what the umask allows."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _parse_int(digits: str) -> int | float:
    # Python refuses to convert more than 4,300 digits (a ValueError from deep inside json);
    # no count or position needs 30, so a longer one is infinite and refused with its JSON path.
    return int(digits) if len(digits) <= 30 else math.copysign(math.inf, -1 if digits[0] == "-" else 1)


class _ConstantRefused(ValueError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"{name} is not allowed")


def _refuse_constant(name: str) -> float:
    # NaN and Infinity are not JSON; Python's json accepts them unless told otherwise.
    raise _ConstantRefused(name)

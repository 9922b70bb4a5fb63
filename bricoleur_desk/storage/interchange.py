"""JSON interchange, version 1: the format advisers use to archive, exchange and script dossiers.

The shape is documented in ``docs/dossier-v1.schema.json``. Reading is strict about what it
needs (a wrong type or an unknown reference is refused with its JSON path) and lenient about
what it does not know (unknown keys are skipped with a warning), so that files written by
scripts and by slightly newer builds of the same version still open.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from bricoleur_desk.domain.model import Dossier

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
    """The dossier as the text of a version 1 JSON file (UTF-8, indent 2, newline at the end)."""
    return json.dumps(dossier_to_json(dossier), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def read_json_file(path: Path, warn: Callable[[str], None] | None = None) -> Dossier:
    """Read a version 1 JSON dossier; every problem is an InterchangeError naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InterchangeError(f"cannot read the file: {e.strerror or e}", file=path) from e
    if not raw.strip():
        raise InterchangeError("the file is empty, expected a JSON dossier", file=path)
    try:
        # utf-8-sig: Notepad on Windows writes a byte order mark; accept it.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InterchangeError(
            f"not a UTF-8 text file (byte {e.start}), expected a JSON dossier", file=path
        ) from e
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise InterchangeError(
            f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})", file=path
        ) from e
    except _ConstantRefused as e:
        raise InterchangeError(f"not valid JSON ({e})", file=path) from e
    except RecursionError as e:
        raise InterchangeError("not valid JSON (nested too deeply)", file=path) from e
    try:
        return dossier_from_json(data, warn)
    except InterchangeError as e:
        raise e.in_file(path) from e


def write_json_file(dossier: Dossier, path: Path) -> None:
    """Write the dossier as version 1 JSON, atomically: a crash leaves the old file or the new one."""
    path = Path(path)
    text = dumps(dossier)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


class _ConstantRefused(ValueError):
    pass


def _refuse_constant(name: str) -> float:
    # NaN and Infinity are not JSON; Python's json accepts them unless told otherwise.
    raise _ConstantRefused(f"{name} is not allowed")

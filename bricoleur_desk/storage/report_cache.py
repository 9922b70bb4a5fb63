"""What reports keep in the dossier file (table ``report_cache``): each sheet's compressed stroke
forms and each map at print size, so that the next report neither rounds and compresses 40,000
strokes again nor decodes 20 maps; and the read that leaves the strokes of such sheets unread.

An entry is never used for other strokes: a sheet's key (:func:`sheet_keys`) is a digest of the
id, position and version of each of its strokes in order. Every write of a stroke raises its
version (repository), an added or removed stroke changes the list, and a stroke written again
after an undone deletion continues its version (deletions). The report finds forms only by a key
that includes the sheet's key, and the reader skips a sheet's strokes only when forms made for
its current key are kept. Maps are found by a digest of their bytes. Kept entries of a sheet or
canvas replace its older ones; erasure empties the table (:func:`clear_report_cache`). Reading
and writing use the raw SQLite connection: no SQLAlchemy for a report.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from ..domain.model import Dossier
from .dossier_file import DossierFile, _reading, open_dossier
from .errors import DossierFileError
from .sqlite_file import translate

log = logging.getLogger(__name__)

FORMS = "forms"
BACKGROUND = "background"
NAMES = "names"  # the name scanner's findings per text (workspace/kept_scans.py)


@dataclass(frozen=True)
class ReportRead:
    """A dossier read for a report: strokes left out where forms are kept, and what is kept."""

    dossier: Dossier
    sheet_keys: dict[str, str]  # sheet id -> key of its strokes as stored
    found: dict[str, bytes]  # entry key -> bytes, for the current strokes and any map
    skipped: frozenset[str]  # sheets read without their strokes


@dataclass(frozen=True)
class Kept:
    """One entry to keep: ``content`` is the sheet key the forms were made from (empty for a map)."""

    kind: str
    owner: str
    content: str
    data: bytes


def sheet_keys(conn: sqlite3.Connection, only: Collection[str] | None = None) -> dict[str, str]:
    """Sheet id -> a digest of (id, position, version) of its strokes in order (every sheet, also empty).

    ``only``: just these sheets (the app after an edit of a few).
    """
    if only is not None:
        keys: dict[str, str] = {}
        for sheet_id in only:
            exists = conn.execute("SELECT 1 FROM sheet WHERE id = ?", (sheet_id,)).fetchone()
            if exists is None:
                continue
            rows = conn.execute(
                "SELECT sheet_id, id, position, version FROM stroke WHERE sheet_id = ? ORDER BY position", (sheet_id,)
            )
            listed = "\x1e".join(f"{row[1]}\x1f{row[2]}\x1f{row[3]}" for row in rows)
            keys[sheet_id] = _digest(listed.encode())
        return keys
    keys = {sheet_id: _digest(b"") for (sheet_id,) in conn.execute("SELECT id FROM sheet")}
    rows = conn.execute("SELECT sheet_id, id, position, version FROM stroke ORDER BY sheet_id, position")
    for sheet_id, strokes in groupby(rows, key=lambda row: row[0]):
        listed = "\x1e".join(f"{row[1]}\x1f{row[2]}\x1f{row[3]}" for row in strokes)
        keys[sheet_id] = _digest(listed.encode())
    return keys


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def read_for_report(path: Path) -> ReportRead:
    """The dossier in ``path`` for a report (also while a window has it open), with what is kept."""
    with _reading(Path(path)) as opened:
        raw = opened._raw_connection()
        try:
            raw.execute("BEGIN")
            try:
                keys = sheet_keys(raw)
                found, skipped = _kept_entries(raw, keys)
            finally:
                raw.execute("COMMIT")
        except sqlite3.Error as e:
            raise translate(opened.path, e) from None
        dossier = opened.load(without_strokes_of=skipped)
    return ReportRead(dossier, keys, found, skipped)


def _kept_entries(
    raw: sqlite3.Connection, keys: Mapping[str, str], data: bool = True
) -> tuple[dict[str, bytes], frozenset[str]]:
    """Entries for the current strokes and every map; a row that holds anything odd is left out.

    Every column is read as bytes (text that is not UTF-8 would fail the whole query) and the
    report checks each entry's seal before it takes it (report/sketch_store.py).
    """
    found: dict[str, bytes] = {}
    skipped = set()
    query = (
        "SELECT CAST(key AS BLOB), CAST(kind AS BLOB), CAST(owner AS BLOB), CAST(content AS BLOB), "
        + ("CAST(data AS BLOB)" if data else "X''")
        + " FROM report_cache"
    )
    for row in raw.execute(query):
        try:
            key, kind, owner, content = (bytes(v).decode("utf-8") for v in row[:4])
        except (TypeError, UnicodeDecodeError):
            continue
        data = row[4]
        if not isinstance(data, bytes):
            continue
        if kind in (BACKGROUND, NAMES):
            found[key] = data
        elif kind == FORMS and keys.get(owner) == content:
            found[key] = data
            skipped.add(owner)
    return found, frozenset(skipped)


def keep_report_cache(path: Path, made: Mapping[str, Kept]) -> bool:
    """Keep what a report made in the dossier file; False (nothing kept) when it cannot be written now.

    Refused quietly while a window has the file open or on a read-only medium: the next report
    makes the entries again. Entries of a sheet or canvas replace its earlier ones; entries of
    sheets and canvases no longer in the file go.
    """
    if not made:
        return True
    try:
        file = open_dossier(Path(path))
    except DossierFileError as e:
        log.info("report cache not kept in %s: %s", path, e)
        return False
    with file:
        return _write_kept(file, made)


def keep_in_open_file(file: DossierFile, made: Mapping[str, Kept]) -> bool:
    """The same for the file a window has open (its own connection, on its thread)."""
    if not made or file.closed:
        return not made
    return _write_kept(file, made)


def kept_in_open_file(
    file: DossierFile, sheet_ids: Collection[str] | None = None, *, data: bool = True
) -> tuple[dict[str, str], dict[str, bytes], frozenset[str]] | None:
    """Keys of the sheets (all, or ``sheet_ids``) as the open file holds them, the entries kept
    for them and the sheets they cover, read through the window's own connection (the window
    has the dossier itself). ``data=False``: the entries' keys only, each with empty bytes (to
    learn what is kept without reading megabytes). None when the file cannot be read now."""
    raw = file._raw_connection()
    try:
        raw.execute("BEGIN")
        try:
            keys = sheet_keys(raw, sheet_ids)
            found, skipped = _kept_entries(raw, keys, data)
        finally:
            raw.execute("COMMIT")
    except sqlite3.Error as e:
        log.info("report cache not read in %s: %s", file.path, translate(file.path, e))
        return None
    return keys, found, skipped


def _write_kept(file: DossierFile, made: Mapping[str, Kept]) -> bool:
    raw = file._raw_connection()
    try:
        raw.execute("BEGIN IMMEDIATE")
        try:
            for key, kept in made.items():
                raw.execute(
                    "DELETE FROM report_cache WHERE kind = ? AND owner = ? AND key <> ?", (kept.kind, kept.owner, key)
                )
                raw.execute(
                    "INSERT OR REPLACE INTO report_cache (key, kind, owner, content, data) VALUES (?, ?, ?, ?, ?)",
                    (key, kept.kind, kept.owner, kept.content, kept.data),
                )
            raw.execute(
                "DELETE FROM report_cache WHERE (kind = ? AND owner NOT IN (SELECT id FROM sheet)) "
                "OR (kind = ? AND owner NOT IN (SELECT id FROM canvas))",
                (FORMS, BACKGROUND),
            )
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
    except sqlite3.Error as e:
        log.info("report cache not kept in %s: %s", file.path, translate(file.path, e))
        return False
    return True


def clear_report_cache(file: DossierFile) -> None:
    """Empty the cache (erasure): nothing made from erased data stays in the file."""
    raw = file._raw_connection()
    try:
        raw.execute("DELETE FROM report_cache")
    except sqlite3.Error as e:
        raise translate(file.path, e) from None

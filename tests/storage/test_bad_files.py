"""Files that are not dossiers get a clear error naming the file, and stay exactly as they were."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bricoleur_desk.storage import (
    DossierFileError,
    NewerVersionError,
    NotADossierError,
    create_dossier,
    open_dossier,
)

from .conftest import JPEG_START


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int] | None]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) if p.is_file() else None
        for p in sorted(folder.iterdir())
    }


def _refused(path: Path, error: type[DossierFileError], words: str) -> DossierFileError:
    before = _snapshot(path.parent)
    with pytest.raises(error) as caught:
        open_dossier(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    # the file, its mtime and the folder (no -wal, -shm or journal left behind) are unchanged
    assert _snapshot(path.parent) == before
    return caught.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.bricoleur"
    path.write_bytes(b"")
    _refused(path, NotADossierError, "empty")


def test_renamed_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "foto.bricoleur"
    path.write_bytes(JPEG_START)
    _refused(path, NotADossierError, "not a Bricoleur Desk dossier")


def test_text_file_shorter_than_a_header(tmp_path: Path) -> None:
    path = tmp_path / "kort.bricoleur"
    path.write_bytes(b"hello")
    _refused(path, NotADossierError, "not a Bricoleur Desk dossier")


@pytest.mark.parametrize("keep", [0.5, 0.9, 60 / 4096])
def test_truncated_copy(dossier_path: Path, tmp_path: Path, keep: float) -> None:
    data = dossier_path.read_bytes()
    copy = tmp_path / "kopie" / "lindenplein.bricoleur"
    copy.parent.mkdir()
    copy.write_bytes(data[: max(1, int(len(data) * keep))])
    _refused(copy, NotADossierError, "truncated")


def test_sqlite_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "adressen.bricoleur"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE address (street TEXT)")
        conn.execute("INSERT INTO address VALUES ('Lindenstraat 1')")
    conn.close()
    _refused(path, NotADossierError, "another program")


def test_our_application_id_but_no_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "half.bricoleur"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=1112687428")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    _refused(path, NotADossierError, "no schema version")


def test_newer_version_refused_and_untouched(dossier_path: Path) -> None:
    conn = sqlite3.connect(dossier_path)
    conn.execute("UPDATE alembic_version SET version_num='9f3e1c2b7a00'")
    conn.commit()
    conn.close()
    error = _refused(dossier_path, NewerVersionError, "newer version of Bricoleur Desk")
    assert "9f3e1c2b7a00" in str(error)
    assert not list(dossier_path.parent.glob("*.bak-*"))


def test_damaged_pages_are_reported_not_a_traceback(dossier_path: Path) -> None:
    data = bytearray(dossier_path.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)  # scribble over the pages after the header
    dossier_path.write_bytes(bytes(data))
    with pytest.raises(DossierFileError) as caught, open_dossier(dossier_path) as opened:
        opened.load()
    assert str(caught.value).startswith(f"{dossier_path}: ")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "weg.bricoleur"
    with pytest.raises(DossierFileError, match="no such file") as caught:
        open_dossier(path)
    assert str(caught.value) == f"{path}: no such file"
    assert not path.exists()


def test_folder(tmp_path: Path) -> None:
    path = tmp_path / "map.bricoleur"
    path.mkdir()
    with pytest.raises(DossierFileError, match="is a folder"):
        open_dossier(path)
    with pytest.raises(DossierFileError, match="is a folder"):
        create_dossier(path, _tiny())


@contextlib.contextmanager
def _unwritable(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for root (CI runs as root): immutable, or read-only."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)


def test_a_file_we_may_not_change_is_refused_untouched(dossier_path: Path) -> None:
    with _unwritable(dossier_path):
        _refused(dossier_path, DossierFileError, "permission denied")


def _tiny():  # type: ignore[no-untyped-def]
    from bricoleur_desk.domain.model import Dossier

    return Dossier(title="x")


def test_copy_cut_off_inside_the_header(dossier_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie" / "kort.bricoleur"
    copy.parent.mkdir()
    copy.write_bytes(dossier_path.read_bytes()[:50])
    _refused(copy, NotADossierError, "truncated")

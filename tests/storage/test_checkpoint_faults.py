"""A crash or a full disk at any write of a checkpoint: the dossier reopens with every committed note.

A checkpoint copies the pages of the ``-wal`` into the dossier file; SQLite writes page 1 (which
says how long the file is) before the file has grown. Each round kills the writer (or fails the
write with ENOSPC) at the Nth write to the dossier file, injected by strace, for every N up to the
last write of the checkpoint and the close after it, and then opens the dossier as the app would.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bricoleur_desk.storage import open_dossier

from .conftest import rich_dossier

NOTES = 150
STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is installed by .ci/run")

WRITE_NOTES = """
import os, sys
from pathlib import Path
from bricoleur_desk.domain.edits import Insert
from bricoleur_desk.domain.model import Note
from bricoleur_desk.storage import open_dossier
from bricoleur_desk.workspace.session import DossierSession

f = open_dossier(Path(sys.argv[1]))
session = DossierSession(f.load(), store=f)
for i in range({notes}):
    session.apply(Insert("note", "m1", Note(f"crash-{{i}}", 100 + i, f"Zorg {{i}}: " + "verkeer " * 120)))
os._exit(0)  # like a crash: no checkpoint, no close
"""

CHECKPOINT = """
import os, sys
from pathlib import Path
from bricoleur_desk.storage import open_dossier

f = open_dossier(Path(sys.argv[1]))
print("CHECKPOINTED" if f.checkpoint() else "NOT CHECKPOINTED", flush=True)
f.close()
"""


def _python(code: str, *args: str, strace: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", textwrap.dedent(code), *args]
    if strace is not None:
        assert STRACE is not None
        command = [STRACE, "-f", "-qq", "-o", "/dev/null", *strace, *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def crashed_with_notes_in_wal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dossier whose 150 committed notes are all still in its -wal, as after a crash."""
    from bricoleur_desk.storage import create_dossier

    path = tmp_path_factory.mktemp("base") / "avond.bricoleur"
    create_dossier(path, rich_dossier()).close()
    result = _python(WRITE_NOTES.format(notes=NOTES), str(path))
    assert result.returncode == 0, result.stderr
    assert Path(f"{path}-wal").stat().st_size > 400_000
    return path


def _copy(base: Path, folder: Path) -> Path:
    folder.mkdir()
    target = folder / base.name
    shutil.copyfile(base, target)
    shutil.copyfile(f"{base}-wal", f"{target}-wal")
    return target


def _writes_of_one_checkpoint(base: Path, folder: Path) -> int:
    path = _copy(base, folder)
    log = folder / "trace"
    result = _python(CHECKPOINT, str(path), strace=["-P", str(path), "-e", "trace=pwrite64", "-o", str(log)])
    assert "CHECKPOINTED" in result.stdout, result.stderr
    return sum(1 for line in log.read_text().splitlines() if "pwrite64(" in line)


def _assert_every_note_is_back(path: Path) -> None:
    with open_dossier(path) as opened:
        notes = opened.load().meeting("m1").notes
    assert sum(1 for n in notes if n.id.startswith("crash-")) == NOTES
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_kill_at_every_write_of_a_checkpoint_loses_nothing(crashed_with_notes_in_wal: Path, tmp_path: Path) -> None:
    writes = _writes_of_one_checkpoint(crashed_with_notes_in_wal, tmp_path / "count")
    assert writes > 20  # the file grows by the notes' pages: the state that locked dossiers out
    for n in range(1, writes + 1):
        path = _copy(crashed_with_notes_in_wal, tmp_path / f"kill-{n}")
        result = _python(
            CHECKPOINT, str(path), strace=["-P", str(path), "-e", f"inject=pwrite64:signal=KILL:when={n}"]
        )
        assert result.returncode == -9, (n, result.stdout, result.stderr)  # killed at that write
        _assert_every_note_is_back(path)


@pytest.mark.parametrize("first_failing", [1, 2, 10, 20])
def test_a_full_disk_during_a_checkpoint_loses_nothing(
    crashed_with_notes_in_wal: Path, tmp_path: Path, first_failing: int
) -> None:
    writes = _writes_of_one_checkpoint(crashed_with_notes_in_wal, tmp_path / "count")
    n = first_failing
    assert n < writes
    path = _copy(crashed_with_notes_in_wal, tmp_path / "full")
    # from the nth write to the dossier file on, the disk is full (and stays full until exit)
    result = _python(CHECKPOINT, str(path), strace=["-P", str(path), "-e", f"inject=pwrite64:error=ENOSPC:when={n}+"])
    assert "NOT CHECKPOINTED" in result.stdout, result.stdout + result.stderr
    assert Path(f"{path}-wal").exists()  # the committed notes are still there
    _assert_every_note_is_back(path)

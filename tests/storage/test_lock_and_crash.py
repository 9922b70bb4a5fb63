"""Never two writers: a second open fails fast, in this process or another. A killed writer loses nothing."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bricoleur_desk.storage import DossierLockedError, create_dossier, open_dossier

from .conftest import rich_dossier


def _run(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=timeout
    )


def test_second_open_in_same_process_is_refused(dossier_path: Path) -> None:
    with open_dossier(dossier_path):
        started = time.perf_counter()
        with pytest.raises(DossierLockedError) as caught:
            open_dossier(dossier_path)
        assert time.perf_counter() - started < 2.0  # fails fast, does not hang
        assert "is open in another Bricoleur Desk window or on another computer" in str(caught.value)
        assert str(caught.value).startswith(f"{dossier_path}: ")
    # released on close: opens again
    with open_dossier(dossier_path) as again:
        assert again.load().title == rich_dossier().title


def test_second_open_from_another_process_is_refused(dossier_path: Path) -> None:
    with open_dossier(dossier_path):
        result = _run(
            f"""
            from pathlib import Path
            from bricoleur_desk.storage import DossierLockedError, open_dossier
            try:
                open_dossier(Path({str(dossier_path)!r}))
            except DossierLockedError as e:
                print("LOCKED", e)
            else:
                print("OPENED")
            """
        )
    assert result.stdout.startswith("LOCKED"), result.stdout + result.stderr
    assert str(dossier_path) in result.stdout


def test_lock_held_by_another_process_blocks_this_one(dossier_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from bricoleur_desk.storage import open_dossier
                f = open_dossier(Path({str(dossier_path)!r}))
                print("READY", flush=True)
                sys.stdin.readline()
                f.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "READY"
        before = (dossier_path.read_bytes(), dossier_path.stat().st_mtime_ns)
        files = sorted(dossier_path.parent.iterdir())
        with pytest.raises(DossierLockedError) as refused:
            open_dossier(dossier_path)
        # who holds it, in words of no language: the message around it is Dutch or English
        holder_text = str(refused.value)
        assert f"@{socket.gethostname()}, " in holder_text and f"pid {holder.pid}" in holder_text
        assert " since " not in holder_text and " (process " not in holder_text
        # overwriting a dossier another window has open is refused too
        with pytest.raises(DossierLockedError):
            create_dossier(dossier_path, rich_dossier(), overwrite=True)
        assert (dossier_path.read_bytes(), dossier_path.stat().st_mtime_ns) == before
        assert sorted(dossier_path.parent.iterdir()) == files  # no temp file left behind
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    with open_dossier(dossier_path):
        pass


def test_on_a_network_share_no_shm_file_while_open_and_one_file_after_close(dossier_path: Path) -> None:
    from bricoleur_desk.domain.document import Changed, DossierDocument
    from bricoleur_desk.storage.dossier_file import _open

    folder = dossier_path.parent
    with _open(dossier_path, network=True) as opened:
        doc = DossierDocument(opened.load())
        doc.dossier.title = "Nieuw"
        opened.write(doc, [Changed("dossier", doc.dossier.id, None)])
        assert not Path(f"{dossier_path}-shm").exists()  # the network-share trap is avoided
        # and no other process can get in, readers neither (told to ask the window for a copy)
        result = _run(
            f"""
            from pathlib import Path
            from bricoleur_desk.storage.dossier_file import read_dossier_file
            from bricoleur_desk.storage import DossierLockedError
            try:
                read_dossier_file(Path({str(dossier_path)!r}))
            except DossierLockedError as e:
                print("LOCKED", e)
            """
        )
        assert "LOCKED" in result.stdout and "Save a copy as" in result.stdout, result.stdout + result.stderr
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [dossier_path.name]


def test_on_a_local_disk_one_file_after_close(dossier_path: Path) -> None:
    from bricoleur_desk.domain.document import Changed, DossierDocument

    folder = dossier_path.parent
    with open_dossier(dossier_path) as opened:
        doc = DossierDocument(opened.load())
        doc.dossier.title = "Nieuw"
        opened.write(doc, [Changed("dossier", doc.dossier.id, None)])
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [dossier_path.name]
    assert dossier_path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_no_committed_edit(dossier_path: Path) -> None:
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time
                from pathlib import Path
                from bricoleur_desk.domain.edits import Change, Insert
                from bricoleur_desk.domain.model import Note
                from bricoleur_desk.storage import open_dossier
                from bricoleur_desk.workspace.session import DossierSession

                f = open_dossier(Path({str(dossier_path)!r}))
                session = DossierSession(f.load(), store=f)
                session.apply(Insert("note", "m1", Note("killed-1", 4, "Laat de bomen staan")))
                session.apply(Change.of("m1", title="Eerste avond (bijgewerkt)"))
                print("COMMITTED", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "COMMITTED"
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    with open_dossier(dossier_path) as reopened:
        dossier = reopened.load()
    meeting = dossier.meeting("m1")
    assert meeting.title == "Eerste avond (bijgewerkt)"
    assert meeting.notes[-1].id == "killed-1"
    assert meeting.notes[-1].text == "Laat de bomen staan"
    # after recovery and a clean close the dossier is one file again
    assert not Path(f"{dossier_path}-wal").exists()

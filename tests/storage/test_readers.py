"""Reading a dossier while a window has it open: the report, an export, a copy; a read-only medium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bricoleur_desk.domain.edits import Insert
from bricoleur_desk.domain.model import Note
from bricoleur_desk.storage import (
    DossierLockedError,
    open_dossier,
    read_dossier_file,
)
from bricoleur_desk.workspace.files import write_demo
from bricoleur_desk.workspace.session import DossierSession

from .conftest import rich_dossier

CLI = [sys.executable, "-m", "bricoleur_desk.app"]


def _add_notes(session: DossierSession, count: int, prefix: str = "live", meeting_id: str = "m1") -> None:
    for i in range(count):
        session.apply(Insert("note", meeting_id, Note(f"{prefix}-{i}", 500 + i, f"Punt {i} van vanavond")))


def _live_ids(notes: list[Note], prefix: str = "live") -> list[str]:
    return [n.id for n in notes if n.id.startswith(prefix)]


def test_commands_read_the_dossier_while_it_is_open_and_see_every_note(tmp_path: Path) -> None:
    dossier_path = write_demo(tmp_path / "demo.bricoleur")
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        meeting_id = session.dossier.latest_meeting().id
        _add_notes(session, 30, meeting_id=meeting_id)  # committed, still in the -wal: no checkpoint yet
        assert Path(f"{dossier_path}-wal").stat().st_size > 0
        for args, out in (
            # internal: a public report first loads the name scanner (seconds per process; tests/privacy)
            (["report", str(dossier_path), "--out", str(tmp_path / "r.pdf"), "--audience", "internal"], tmp_path / "r.pdf"),
            (["export", str(dossier_path), "--json", str(tmp_path / "d.json")], tmp_path / "d.json"),
            (["promises", str(dossier_path), "--csv", str(tmp_path / "p.csv")], tmp_path / "p.csv"),
            (["copy", str(dossier_path), "--out", str(tmp_path / "c.bricoleur")], tmp_path / "c.bricoleur"),
        ):
            result = subprocess.run(CLI + args, capture_output=True, text=True, timeout=120)
            assert result.returncode == 0, (args, result.stderr)
            assert out.stat().st_size > 0
        assert "live-29" in (tmp_path / "d.json").read_text(encoding="utf-8")
        # the window keeps writing after the readers have gone
        _add_notes(session, 1, prefix="after", meeting_id=meeting_id)
    copied = read_dossier_file(tmp_path / "c.bricoleur")
    assert _live_ids(copied.meeting(meeting_id).notes) == [f"live-{i}" for i in range(30)]
    assert not Path(f"{tmp_path / 'c.bricoleur'}-wal").exists()  # the copy is one file
    assert "after-0" in [n.id for n in read_dossier_file(dossier_path).meeting(meeting_id).notes]


def test_reading_never_takes_the_dossier_from_the_window(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        _add_notes(session, 3)
        assert _live_ids(read_dossier_file(dossier_path).meeting("m1").notes) == ["live-0", "live-1", "live-2"]
        with pytest.raises(DossierLockedError):  # a second writer is still kept out
            open_dossier(dossier_path)
        _add_notes(session, 1, prefix="more")  # and the window can still write
    assert "more-0" in [n.id for n in read_dossier_file(dossier_path).meeting("m1").notes]


def test_a_plain_copy_after_an_idle_checkpoint_is_complete(dossier_path: Path, tmp_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        _add_notes(session, 20)
        assert opened.checkpoint()  # what the app does when the room has been idle 5 s
        shutil.copyfile(dossier_path, tmp_path / "usb.bricoleur")  # no -wal copied
    copied = read_dossier_file(tmp_path / "usb.bricoleur")
    assert len(_live_ids(copied.meeting("m1").notes)) == 20


def test_save_copy_is_complete_without_a_checkpoint_and_refuses_the_dossier_itself(
    dossier_path: Path, tmp_path: Path
) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        _add_notes(session, 12)
        target = opened.save_copy(tmp_path / "kopie.bricoleur")
        with pytest.raises(Exception, match="is the open dossier itself"):
            opened.save_copy(dossier_path)
    assert sorted(p.name for p in tmp_path.iterdir() if "kopie" in p.name) == ["kopie.bricoleur"]
    assert len(_live_ids(read_dossier_file(target).meeting("m1").notes)) == 12
    with open_dossier(target) as again:  # a real dossier: it opens for editing
        assert again.load().title == rich_dossier().title


def test_the_second_opener_is_told_who_has_the_dossier_open(dossier_path: Path) -> None:
    with open_dossier(dossier_path), pytest.raises(DossierLockedError, match=r"opened by \S+@\S+, \d{4}-\d\d-\d\d \d\d:\d\d, pid \d+"):
        open_dossier(dossier_path)
    assert not any(p.name.endswith(".lock") for p in dossier_path.parent.iterdir())  # removed on close


def _unshare_read_only(folder: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` where ``folder`` is a read-only mount (a CD, a write-protected USB stick)."""
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *command],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_dossier_on_a_read_only_medium_is_read_for_the_report_and_export(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    write_demo(stick / "avond.bricoleur")
    # a second dossier copied while the app was writing it: its last notes are only in the -wal
    crashed = write_demo(stick / "halverwege.bricoleur")
    writer = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from pathlib import Path\n"
            "from bricoleur_desk.domain.edits import Insert\n"
            "from bricoleur_desk.domain.model import Note\n"
            "from bricoleur_desk.storage import open_dossier\n"
            "from bricoleur_desk.workspace.session import DossierSession\n"
            "f = open_dossier(Path(sys.argv[1]))\n"
            "s = DossierSession(f.load(), store=f)\n"
            "m = s.dossier.latest_meeting().id\n"
            "s.apply(Insert('note', m, Note('wal-only', 900, 'Alleen in de -wal')))\n"
            "os._exit(0)\n",
            str(crashed),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert writer.returncode == 0, writer.stderr
    (stick / f".{crashed.name}.lock").unlink()  # a copy to a stick carries no lock file
    before = sorted((p.name, p.stat().st_size) for p in stick.iterdir())
    out = tmp_path / "out"
    out.mkdir()
    probe = _unshare_read_only(stick, ["touch", str(stick / "x")])
    assert probe.returncode != 0 and "Read-only" in probe.stderr, probe.stderr  # the mount really is read-only
    for name in ("avond", "halverwege"):
        result = _unshare_read_only(
            stick, CLI + ["export", str(stick / f"{name}.bricoleur"), "--json", str(out / f"{name}.json")]
        )
        assert result.returncode == 0, result.stderr
        result = _unshare_read_only(
            stick,
            # internal: a public report first loads the name scanner (seconds per process; tests/privacy)
            CLI + ["report", str(stick / f"{name}.bricoleur"), "--out", str(out / f"{name}.pdf"), "--audience", "internal"],
        )
        assert result.returncode == 0, result.stderr
        assert (out / f"{name}.pdf").read_bytes().startswith(b"%PDF")
    assert "Alleen in de -wal" in (out / "halverwege.json").read_text(encoding="utf-8")
    assert sorted((p.name, p.stat().st_size) for p in stick.iterdir()) == before  # nothing written there

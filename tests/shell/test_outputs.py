"""No command writes over a dossier, its input, a device, a pipe or a folder; leftovers are cleaned up."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bricoleur_desk.app import build_parser, main
from bricoleur_desk.storage import read_dossier_file, temporaries
from bricoleur_desk.workspace.files import write_demo

CLI = [sys.executable, "-m", "bricoleur_desk.app"]
pytestmark = pytest.mark.usefixtures("english_messages")  # the English source texts


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "avond.bricoleur")


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_ino


@pytest.mark.parametrize(
    "command",
    [
        ["promises", "{d}", "--csv", "{d}"],
        ["report", "{d}", "--out", "{d}"],
        ["export", "{d}", "--json", "{d}"],
        ["copy", "{d}", "--out", "{d}"],
        ["demo", "--out", "{d}"],
        ["report", "{d}", "--out", "{other}"],  # another dossier
        ["promises", "{d}", "--csv", "{link}"],  # a symlink to a dossier
    ],
)
def test_no_command_writes_over_a_dossier(
    dossier: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    other = write_demo(tmp_path / "ander.bricoleur")
    link = tmp_path / "link.csv"
    link.symlink_to(other)
    before = {p: _fingerprint(p) for p in (dossier, other)}
    args = [a.format(d=dossier, other=other, link=link) for a in command]
    assert main(args) == 1
    error = capsys.readouterr().err
    assert error.startswith("bricoleur-desk: ") and error.count("\n") == 1
    assert "never written over" in error or "input file" in error
    assert {p: _fingerprint(p) for p in (dossier, other)} == before
    assert read_dossier_file(dossier).title  # still a dossier that opens


def test_the_house_style_input_is_not_written_over(dossier: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    style = tmp_path / "huisstijl.json"
    style.write_text('{"municipality": "Gemeente Voorbeeld"}', encoding="utf-8")
    assert main(["report", str(dossier), "--house-style", str(style), "--out", str(style)]) == 1
    assert "is the input file" in capsys.readouterr().err
    assert style.read_text(encoding="utf-8") == '{"municipality": "Gemeente Voorbeeld"}'


def _not_regular_files(tmp_path: Path) -> dict[str, Path]:
    targets = {}
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    targets["fifo"] = fifo
    folder = tmp_path / "map"
    folder.mkdir()
    targets["folder"] = folder
    to_folder = tmp_path / "naar-map"
    to_folder.symlink_to(folder)
    targets["symlink to a folder"] = to_folder
    dangling = tmp_path / "nergens"
    dangling.symlink_to(tmp_path / "bestaat-niet")
    targets["dangling symlink"] = dangling
    if os.geteuid() == 0:  # as root: a copy of /dev/null's device, which was once replaced
        device = tmp_path / "null-kopie"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets["device"] = device
    return targets


@pytest.mark.parametrize("command", ["report", "promises", "export", "copy", "demo"])
def test_devices_pipes_folders_and_odd_links_are_refused(
    dossier: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    option = {"report": "--out", "promises": "--csv", "export": "--json", "copy": "--out", "demo": "--out"}
    for kind, target in _not_regular_files(tmp_path).items():
        before = os.lstat(target)
        args = [command] + ([] if command == "demo" else [str(dossier)]) + [option[command], str(target)]
        assert main(args) == 1, kind
        assert str(target) in capsys.readouterr().err, kind
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev), kind


def test_another_existing_file_is_replaced_atomically(dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    out.write_bytes(b"an older report")
    watcher = out.open("rb")  # a reader of the old file keeps it whole: a new inode, not an overwrite
    assert main(["report", str(dossier), "--out", str(out)]) == 0
    assert watcher.read() == b"an older report"
    watcher.close()
    assert out.read_bytes().startswith(b"%PDF")
    # a symlink to a regular file: the file it points at is replaced, the link stays a link
    real = tmp_path / "echt.csv"
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "snelkoppeling.csv"
    link.symlink_to(real)
    assert main(["promises", str(dossier), "--csv", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("id;")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and "tmp" in p.name]


def test_help_says_what_is_never_written_over(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("report", "promises", "export", "copy", "demo"):
        with pytest.raises(SystemExit):
            build_parser().parse_args([name, "--help"])
        help_text = " ".join(capsys.readouterr().out.split())
        assert "never written over: the input, a dossier or other SQLite file, a device, FIFO or folder" in help_text
        assert "replaced atomically" in help_text


STRACE = shutil.which("strace")


def _killed_at(syscalls: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    assert STRACE is not None
    return subprocess.run(
        [STRACE, "-f", "-qq", "-o", "/dev/null", "-e", f"inject={syscalls}:signal=KILL", *CLI, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )


def _hidden(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def _assert_private_leftover(folder: Path, suffix: str) -> None:
    left = _hidden(folder)
    assert [p.name.endswith(suffix) for p in left] == [True], left
    assert stat.S_IMODE(left[0].stat().st_mode) == 0o600  # personal data: readable by its owner only


@pytest.mark.skipif(STRACE is None, reason="strace is installed by .ci/run")
def test_a_killed_import_or_report_leaves_nothing_readable_and_the_next_run_cleans_up(
    dossier: Path, tmp_path: Path
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    assert main(["export", str(dossier), "--json", str(tmp_path / "d.json")]) == 0
    # killed when the finished import is linked into place, and the report when it is renamed
    run = _killed_at("link,linkat", ["import", str(tmp_path / "d.json"), "--out", str(out / "nieuw.bricoleur")])
    assert run.returncode == -9, run.stderr
    _assert_private_leftover(out, ".tmp")
    # internal: a public report would first spend seconds loading the name scanner (tests/privacy)
    report = ["report", str(dossier), "--out", str(out / "verslag.pdf"), "--audience", "internal"]
    run = _killed_at("rename,renameat,renameat2", report)
    assert run.returncode == -9, run.stderr
    _assert_private_leftover(out, ".part.pdf")  # the import's was cleaned up when the report started
    # the next command, whatever it is, removes them
    assert main(["promises", str(dossier), "--csv", str(tmp_path / "p.csv")]) == 0
    assert _hidden(out) == []
    assert list(temporaries.records_folder().iterdir()) == []
    assert not (out / "nieuw.bricoleur").exists() and not (out / "verslag.pdf").exists()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_killed_letter_leaves_the_old_file_or_the_complete_new_one(dossier: Path, tmp_path: Path) -> None:
    # strace is installed by .ci/run: a missing one fails here rather than passing unnoticed
    out = tmp_path / "uit"
    out.mkdir()
    letter = out / "brief.pdf"
    letter.write_bytes(b"the letter of last month")
    args = ["letter", str(dossier), "--out", str(letter)]
    # killed just before the new letter is renamed into place: the old one is untouched
    run = _killed_at("rename,renameat,renameat2", args)
    assert run.returncode == -9, run.stderr
    assert letter.read_bytes() == b"the letter of last month"
    _assert_private_leftover(out, ".part.pdf")
    # killed just after the rename (when it is given its usual mode): the new letter is complete
    run = _killed_at("chmod,fchmodat,?fchmodat2", args)
    assert run.returncode == -9, run.stderr
    assert letter.read_bytes() != b"the letter of last month"
    text = _pdf_text(letter)  # the whole PDF reads back: every page, fsynced before the rename
    assert read_dossier_file(dossier).title in " ".join(text.split())
    # the next command removes the first run's leftover
    assert main(["promises", str(dossier), "--csv", str(tmp_path / "p.csv")]) == 0
    assert _hidden(out) == []
    assert list(temporaries.records_folder().iterdir()) == []

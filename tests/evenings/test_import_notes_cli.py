"""``bricoleur-desk import-notes``: real processes, files written in Excel's own encodings, exit codes."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bricoleur_desk.workspace.files import load_dossier

from .conftest import REACTIONS, write_csv, write_xlsx

# the command line speaks the settings' language (Dutch by default); these tests read English
pytestmark = pytest.mark.usefixtures("english_messages")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )



def latest_notes(dossier_file: Path):  # type: ignore[no-untyped-def]
    dossier = load_dossier(dossier_file)
    meeting = dossier.latest_meeting()
    assert meeting is not None
    return meeting, meeting.notes


@pytest.mark.parametrize(
    ("encoding", "separator", "bom"),
    [
        ("cp1252", ";", b""),
        ("utf-8-sig", ";", codecs.BOM_UTF8),
        ("utf-8", ",", b""),
        ("utf-16", "\t", codecs.BOM_UTF16_LE),
    ],
)
def test_csv_as_excel_saves_it_keeps_every_letter(
    demo_file: Path, tmp_path: Path, encoding: str, separator: str, bom: bytes
) -> None:
    before, old_notes = latest_notes(demo_file)
    last = max(n.number for n in old_notes)
    source = write_csv(
        tmp_path / "reacties.csv",
        [("Naam", "REACTIE", "Groep", "thema"), *[("x", *r) for r in REACTIONS]],
        encoding=encoding,
        separator=separator,
    )
    assert source.read_bytes().startswith(bom)
    if encoding == "cp1252":
        assert b"\x92" in source.read_bytes()  # the curly apostrophe, which Latin-1 lacks
    result = run("import-notes", source, "--into", demo_file)
    assert result.returncode == 0, result.stderr
    assert "added 3 notes" in result.stdout and result.stderr == ""
    meeting, notes = latest_notes(demo_file)
    assert meeting.id == before.id
    added = notes[-3:]
    assert [n.text for n in added] == [r[0] for r in REACTIONS]
    assert [n.number for n in added] == [last + 1, last + 2, last + 3]
    assert [n.raised_by_group for n in added] == ["Bewoners Kraanstraat", "Jongerenraad", None]
    themes = {t.id: t.name for t in meeting.themes}
    assert [themes[n.theme_id] for n in added] == ["Verkeer", "Ontmoeten", "Groen"]


def test_xlsx_with_diacritics_and_a_new_theme(demo_file: Path, tmp_path: Path) -> None:
    before, _ = latest_notes(demo_file)
    assert all(t.name != "Ontmoeten" for t in before.themes)
    source = write_xlsx(tmp_path / "reacties.xlsx", [("Tekst", "Group", "Theme"), *REACTIONS, (12.0, "", "")])
    result = run("import-notes", source, "--into", demo_file, "--meeting", before.id)
    assert result.returncode == 0, result.stderr
    meeting, notes = latest_notes(demo_file)
    assert [n.text for n in notes[-4:]] == [*(r[0] for r in REACTIONS), "12"]
    new = [t for t in meeting.themes if t.name == "Ontmoeten"]
    assert len(new) == 1 and new[0].color not in {t.color for t in before.themes}
    # the same file again adds nothing twice: every row is already a note
    again = run("import-notes", source, "--into", demo_file, "--meeting", before.id)
    assert again.returncode == 1
    assert again.stderr.count("already a note") == 4 and "nothing was added" in again.stderr
    assert len(latest_notes(demo_file)[1]) == len(notes)


def test_earlier_meeting_and_named_columns(demo_file: Path, tmp_path: Path) -> None:
    dossier = load_dossier(demo_file)
    first = min(dossier.meetings, key=lambda m: m.starts_at)
    count = len(first.notes)
    source = write_csv(
        tmp_path / "mail.csv",
        [("Inhoud van de mail", "Afzender wijk"), ("Waarom is de speeltuin dicht?", "Oost")],
        encoding="utf-8",
    )
    assert run("import-notes", source, "--into", demo_file).returncode == 1  # no text column known
    wrong = run(
        "import-notes",
        source,
        "--into",
        demo_file,
        "--meeting",
        "m-nope",
        "--text-column",
        "Inhoud van de mail",
    )
    assert wrong.returncode == 1 and "no meeting with id 'm-nope'" in wrong.stderr
    result = run(
        "import-notes",
        source,
        "--into",
        demo_file,
        "--meeting",
        first.id,
        "--text-column",
        "inhoud van de mail",
        "--group-column",
        "Afzender wijk",
    )
    assert result.returncode == 0, result.stderr
    again = load_dossier(demo_file).meeting(first.id)
    assert len(again.notes) == count + 1
    assert (again.notes[-1].text, again.notes[-1].raised_by_group) == (
        "Waarom is de speeltuin dicht?",
        "Oost",
    )


def test_bad_rows_are_listed_by_line_and_good_ones_import(demo_file: Path, tmp_path: Path) -> None:
    _, before = latest_notes(demo_file)
    source = tmp_path / "mixed.csv"
    source.write_bytes(
        "Tekst;Groep\r\n"
        "Goed punt;A\r\n"
        ";B\r\n"  # line 3: no text
        "\r\n"  # line 4: empty, not a reaction at all
        '"Twee regels\r\nin één cel";C\r\n'  # lines 5-6
        "Los; puntkomma;D\r\n"  # line 7: a separator inside the text without quotes
        f"{'x' * 10_001};E\r\n".encode()  # line 8: too long
    )
    result = run("import-notes", source, "--into", demo_file)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and "Traceback" not in result.stderr
    assert "line 3 skipped: no text" in lines[0]
    assert "line 7 skipped: more cells than columns" in lines[1]
    assert "line 8 skipped: text longer than" in lines[2]
    assert "added 2 notes" in result.stdout
    _, after = latest_notes(demo_file)
    assert [n.text for n in after[len(before) :]] == ["Goed punt", "Twee regels\nin één cel"]


def test_no_good_row_exits_1_and_adds_nothing(demo_file: Path, tmp_path: Path) -> None:
    _, before = latest_notes(demo_file)
    source = write_csv(tmp_path / "leeg.csv", [("Tekst", "Groep"), ("", "A"), ("", "B")], encoding="utf-8")
    result = run("import-notes", source, "--into", demo_file)
    assert result.returncode == 1
    assert "line 2 skipped" in result.stderr and "line 3 skipped" in result.stderr
    assert "nothing was added" in result.stderr
    assert len(latest_notes(demo_file)[1]) == len(before)


def test_hostile_files_give_one_line_naming_the_file(demo_file: Path, tmp_path: Path) -> None:
    binary = tmp_path / "foto.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    wrong = tmp_path / "raar.csv"
    wrong.write_bytes("Tekst\r\ncafé\r\n".encode() + b"\x81\x8d\x90")  # bytes cp1252 does not have
    fake = tmp_path / "kapot.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    huge = tmp_path / "groot.csv"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    fifo = tmp_path / "pijp.csv"
    os.mkfifo(fifo)
    cases = {
        binary: "binary",
        wrong: "neither UTF-8 nor Windows-1252",
        fake: "not a readable .xlsx",
        old: ".xls",
        huge: "too large",
        fifo: "not a regular file",
        tmp_path: "is a folder",
        tmp_path / "weg.csv": "no such file",
    }
    before = demo_file.read_bytes()
    for path, needle in cases.items():
        result = run("import-notes", path, "--into", demo_file)
        assert result.returncode == 1, (path, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert str(path) in lines[0] and needle in lines[0], lines[0]
    assert demo_file.read_bytes() == before

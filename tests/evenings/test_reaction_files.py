"""Reading reactions in-process: separators, Excel's odd corners, and files that are not what they claim."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from bricoleur_desk.domain.errors import UserError
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.reaction_files import MAX_ROWS, read_table, sniff_separator
from bricoleur_desk.workspace.reactions import Skip, guess_mapping, plan_import

from .conftest import write_csv, write_xlsx

# the command line speaks the settings' language (Dutch by default); these tests read English
pytestmark = pytest.mark.usefixtures("english_messages")


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("tekst;groep\r\nHallo, daar;A\r\n", ";"),
        ('tekst,groep\r\n"Hallo; daar",A\r\n', ","),
        ("tekst\tgroep\r\nHallo, daar; ja\tA\r\n", "\t"),
        ("tekst\r\nalleen tekst\r\n", ";"),
    ],
)

def test_the_separator_is_sniffed(text: str, separator: str) -> None:
    assert sniff_separator(text) == separator


def test_excels_sep_line_names_the_separator_and_lines_still_count(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"sep=,\r\nTekst,Groep\r\nA;B,C\r\n,D\r\n")
    table = read_table(path)
    assert table.separator == "," and table.headers == ("Tekst", "Groep") and table.header_line == 2
    plan = plan_import(table, guess_mapping(table))
    assert [(r.line, r.text, r.group) for r in plan.reactions] == [(3, "A;B", "C")]
    assert [(s.line, s.reason) for s in plan.skipped] == [(4, Skip.NO_TEXT)]


def test_xlsx_cells_of_every_type_and_a_header_below_empty_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            (None, None),
            ("Thema", "REACTIE"),
            ("Verkeer", 42),
            ("Groen", datetime(2026, 12, 1, 20, 15)),
            ("Groen", 3.5),
            ("Groen", True),
        ],
    )
    table = read_table(path)
    assert table.header_line == 2
    plan = plan_import(table, guess_mapping(table))
    assert [(r.line, r.text, r.theme) for r in plan.reactions] == [
        (3, "42", "Verkeer"),
        (4, "2026-12-01 20:15", "Groen"),
        (5, "3.5", "Groen"),
        (6, "ja", "Groen"),
    ]


def test_a_named_column_that_is_not_there_names_the_columns(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "r.csv", [("Bericht", "Wijk"), ("x", "y")], encoding="utf-8"))
    with pytest.raises(UserError, match=r"no column 'Opmerking' \(columns: 'Bericht', 'Wijk'\)"):
        guess_mapping(table, text_column="Opmerking")
    with pytest.raises(UserError, match="--text-column"):
        guess_mapping(table)
    assert guess_mapping(table, text_column=" bericht ", group_column="WIJK").group == 1


def test_a_zip_bomb_dressed_as_xlsx_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    block = b"\x00" * (1 << 20)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(210):
            member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(UserError, match="unpacks to more than"):
        read_table(path)


def test_too_many_rows_and_a_field_past_the_csv_limit_are_one_line(tmp_path: Path) -> None:
    many = tmp_path / "veel.csv"
    many.write_text("tekst\n" + "x\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(UserError, match="more than 50,000 rows"):
        read_table(many)
    wide = tmp_path / "breed.csv"
    wide.write_text('tekst\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"breed\.csv: line \d+: field larger"):
        read_table(wide)


def test_a_dossier_open_in_the_app_is_not_written_behind_its_back(demo_file: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "r.csv", [("tekst",), ("Een reactie",)], encoding="utf-8")
    opened = open_for_editing(demo_file)  # as a window holds it
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bricoleur_desk", "import-notes", str(source), "--into", str(demo_file)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 1
        assert len(result.stderr.splitlines()) == 1 and "open in another" in result.stderr
        assert all(n.text != "Een reactie" for m in opened.session.dossier.meetings for n in m.notes)
    finally:
        opened.close()

"""The internal action list per department or colleague: gathered, as PDF (read back) and CSV, from the CLI."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from bricoleur_desk.app import main
from bricoleur_desk.domain.action_list import action_list, find_recipient
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.action_list import CSV_COLUMNS, export_action_list
from bricoleur_desk.workspace.errors import ReportError

from .sample import FIRST, TODAY, register_dossier


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_sections_per_department_with_its_colleagues_then_loose_colleagues_then_nobody() -> None:
    dossier = register_dossier()
    sections = action_list(dossier, TODAY)
    assert [s.entry.name if s.entry else None for s in sections] == [
        "Team Verkeer",
        "Team Groen",
        "Wijkmanager Zuid",
        None,
    ]
    verkeer = sections[0]
    # open promises first (a colleague's in the department's list), then the notes nobody promised on
    assert [i.label for i in verkeer.items] == ["P-1", "P-5", "1"]
    drempel = verkeer.items[0]
    assert drempel.owner is not None and drempel.owner.name == "Sanne Bakker"
    assert drempel.late and drempel.work is not None and drempel.work.title == "Rioolvervanging Lindestraat"
    assert [n.number for n in drempel.notes] == [1]
    assert verkeer.items[2].note is not None and verkeer.items[2].note.text.startswith("Ook de Kerkstraat")
    groen = sections[1]
    # the done promise is not on the list, nor the note it settled (5)
    assert [i.label for i in groen.items] == ["P-2", "2"]
    assert [i.label for i in sections[3].items] == ["3"]  # the zebra: nobody owns it yet


def test_one_recipient_and_one_evening() -> None:
    dossier = register_dossier()
    sanne = find_recipient(dossier, "sanne bakker")
    assert sanne is not None
    (only,) = action_list(dossier, TODAY, recipient=sanne)
    assert [i.label for i in only.items] == ["P-1"]
    verkeer = find_recipient(dossier, "verkeer")  # by id too
    (first,) = action_list(dossier, TODAY, recipient=verkeer, meeting_id=FIRST)
    assert [i.label for i in first.items] == ["P-1"]


def test_the_pdf_per_department_reads_back_with_masked_residents_and_named_colleagues(tmp_path: Path) -> None:
    out = tmp_path / "verkeer.pdf"
    result = export_action_list(register_dossier(), out, department="Team Verkeer", today=TODAY)
    assert (result.sections, result.items) == (1, 3) and result.pages == len(PdfReader(out).pages) >= 1
    text = _pdf_text(out)
    flat = " ".join(text.split())
    assert "Actielijst: Schoolplein De Linde" in flat and "Intern: actielijst" in flat
    assert "Team Verkeer" in flat and "Sanne Bakker" in flat and "verkeerskundige" in flat
    assert "Drempels bekijken in de Lindestraat" in flat
    assert "Er wordt te hard gereden" in flat  # the residents' own words
    assert "Speelt al sinds 2019" in flat  # the question behind the question: internal
    assert "Rioolvervanging Lindestraat" in flat and "najaar 2027" in flat  # werk met werk
    assert "1 november" in flat and "te laat" in flat
    assert "Team Groen" not in flat and "Plantplan" not in flat  # another department's
    # residents' personal data never: not the name, the e-mail or the phone (also not in an update)
    for secret in ("Anna", "anna@example.nl", "06-12345678"):
        assert secret not in text
    assert "[naam]" in flat and "[e-mail]" in flat and result.masked >= 3
    info = PdfReader(out).metadata
    assert info is not None and "actielijst" in (info.get("/Keywords") or "").casefold()


def test_the_csv_for_everyone_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "acties.csv"
    result = export_action_list(register_dossier(), out, today=TODAY)
    rows = _csv_rows(out)
    assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == result.items == 7
    drempel = next(r for r in rows if r["ref"] == "P-1")
    assert drempel["department"] == "Team Verkeer" and drempel["owner"] == "Sanne Bakker"
    assert drempel["kind"] == "promise" and drempel["due"] == "2026-11-01" and drempel["late"] == "yes"
    assert drempel["planned_work"] == "Rioolvervanging Lindestraat" and drempel["group"] == "Lindestraat"
    assert drempel["residents_words"].startswith("Er wordt te hard gereden, vraag maar aan [naam]")
    assert "06-12345678" not in out.read_text(encoding="utf-8-sig")
    assert drempel["latest_update"].startswith("Metingen gepland, bel [")
    nobody = [r for r in rows if r["department"] == "Nog niet belegd"]
    assert [(r["kind"], r["ref"]) for r in nobody] == [("investigate", "3")]


def test_the_command_line_writes_both_and_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = tmp_path / "linde.bricoleur"
    create_dossier(dossier, register_dossier()).close()
    pdf, table = tmp_path / "groen.pdf", tmp_path / "alles.csv"
    assert main(["actions", str(dossier), "--out", str(pdf), "--department", "team groen"]) == 0
    assert "Plantplan rondsturen" in " ".join(_pdf_text(pdf).split())
    assert main(["actions", str(dossier), "--out", str(table), "--meeting", FIRST]) == 0
    assert {r["ref"] for r in _csv_rows(table)} == {"P-1", "P-2", "P-4", "2", "3"}
    capsys.readouterr()
    assert main(["actions", str(dossier), "--out", str(tmp_path / "x.csv"), "--department", "Team Afval"]) == 1
    assert "Team Afval" in capsys.readouterr().err
    assert main(["actions", str(dossier), "--out", str(tmp_path / "x.txt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert main(["actions", str(dossier), "--out", str(tmp_path / "x.csv"), "--meeting", "nope"]) == 1
    assert not (tmp_path / "x.csv").exists()


def test_an_unknown_department_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ReportError):
        export_action_list(register_dossier(), tmp_path / "a.pdf", department="Niemand", today=date(2026, 12, 1))
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.part*")) == []


def test_with_the_name_scanner_a_strangers_name_is_masked_and_colleagues_stay(tmp_path: Path, name_scanner) -> None:  # noqa: ANN001
    dossier = register_dossier()
    note = dossier.meeting("avond-1").notes[2]  # "Waar blijft de zebra?", nobody owns it yet
    note.text = "Waar blijft de zebra? Buurman Kees Hoogendoorn steekt daar elke dag over."
    out = tmp_path / "acties.csv"
    export_action_list(dossier, out, today=TODAY)
    assert "Hoogendoorn" in out.read_text(encoding="utf-8-sig")  # without the scanner: registered people only
    result = export_action_list(dossier, out, today=TODAY, names=name_scanner)
    text = out.read_text(encoding="utf-8-sig")
    assert "Hoogendoorn" not in text and "Buurman [naam] steekt" in text
    assert "Sanne Bakker" in text and "Team Verkeer" in text  # the register's names are printed
    assert result.masked >= 2

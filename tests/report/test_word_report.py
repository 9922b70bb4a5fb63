"""The report as a Word document for the adviser, read back with python-docx."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.reporting import export_report

from .sample import sample_dossier

SECTIONS = [
    "Samenvatting",
    "De vraag en de kaders",
    "Programma",
    "Aanwezigen",
    "Wat er is ingebracht",
    "Ideeën en alternatieven",
    "Wat vond men het belangrijkst",
    "Schetsen",
    "Toezeggingen",
    "Evaluatie",
    "Hoe verder",
]


@pytest.fixture(scope="module")
def word(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    dossier = sample_dossier()
    public, internal = folder / "verslag.docx", folder / "intern.docx"
    export_report(dossier, public)
    export_report(dossier, internal, audience="internal")
    return {"public": public, "internal": internal}


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def test_headings_use_word_heading_styles_in_report_order(word) -> None:
    document = docx.Document(str(word["public"]))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1 == SECTIONS
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Verkeer en parkeren" in h2 and "Het plein: bestaande situatie" in h2
    title = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert title == ["Tweede bewonersavond: het plein en de Kerkstraat"]
    assert document.core_properties.title.startswith("Verslag bewonersavond: Tweede bewonersavond")
    assert document.core_properties.language == "nl-NL"


def test_lists_are_word_lists(word) -> None:
    document = docx.Document(str(word["public"]))
    dossier = sample_dossier()
    meeting = dossier.meeting("m2")
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    for item in meeting.frame.open + meeting.frame.fixed:
        assert item in bullets
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Paragraph"]
    note = next(n for n in meeting.notes if n.text.startswith("Uwaga"))
    assert f"{note.number}\t{note.text}" in numbered  # diacritics as typed
    continued = [p.text for p in document.paragraphs if p.style.name == "List Continue"]
    assert any(line.startswith("Beantwoord:") for line in continued)


def test_tables_with_a_repeated_header_row(word) -> None:
    document = docx.Document(str(word["public"]))
    headed = [t for t in document.tables if t.rows[0]._tr.trPr is not None]
    assert len(document.tables) >= 6 and len(headed) >= 5
    agenda = next(t for t in headed if t.rows[0].cells[0].text == "Tijd")
    assert [c.text for c in agenda.rows[0].cells] == ["Tijd", "Onderdeel", "Duur"]
    assert agenda.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert agenda.rows[1].cells[0].text == "19:30"
    promises = next(t for t in headed if t.rows[0].cells[1].text == "Wat")
    assert any(row.cells[0].text == "P-3" for row in promises.rows)


def test_sketches_and_the_chart_are_images_with_alternative_text(word) -> None:
    document = docx.Document(str(word["public"]))
    shapes = document.inline_shapes
    canvases = sample_dossier().meeting("m2").canvases
    assert len(shapes) == len(canvases) + 1  # each sketch, and the evaluation chart
    descriptions = [shape._inline.docPr.get("descr") for shape in shapes]
    assert descriptions[0].startswith("Schets “Het plein: bestaande situatie”")
    assert descriptions[-1].startswith("Staafdiagram van de scores")
    for shape in shapes:
        assert shape.width > 0 and shape.height > 0
        blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        image = document.part.related_parts[blob]
        assert image.content_type == "image/png" and len(image.blob) > 2000


def test_no_registered_person_is_named_in_the_public_document(word) -> None:
    dossier = sample_dossier()
    public = _all_text(docx.Document(str(word["public"]))).casefold()
    internal = _all_text(docx.Document(str(word["internal"]))).casefold()
    for person in dossier.people:
        for part in person.name.split():
            if len(part) > 3:
                assert part.casefold() not in public, part
        if person.email:
            assert person.email.casefold() not in public
    assert "annelies van der berg" in internal  # the internal version's contact list
    assert "ideeën en alternatieven" in public and "łączy się z nocną zmianą" in public


def test_house_style_fonts_and_colours(word) -> None:
    document = docx.Document(str(word["public"]))
    styles = document.styles
    assert styles["Normal"].font.name == "DejaVu Sans"
    fonts = styles["Heading 1"].element.rPr.rFonts
    assert fonts.get(qn("w:ascii")) == "DejaVu Sans" and fonts.get(qn("w:asciiTheme")) is None
    accent = sample_dossier().house_style.accent.lstrip("#").upper()
    assert str(styles["Heading 1"].font.color.rgb) == accent
    header = document.sections[-1].header.paragraphs[0].text
    assert header.startswith("Gemeente Bricoleurwaard")
    footer = document.sections[-1].footer.paragraphs[0]
    assert "pagina" in footer.text and footer._p.findall(qn("w:fldSimple"))


def test_the_report_command_writes_word(tmp_path: Path) -> None:
    dossier_file = tmp_path / "avond.bricoleur"
    create_dossier(dossier_file, sample_dossier()).close()
    out = tmp_path / "verslag.docx"
    done = subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", "report", str(dossier_file), "--out", str(out)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == SECTIONS
    assert "berg" not in _all_text(document).casefold()
    assert not list(tmp_path.glob("*.part*"))

"""The report is a tagged PDF (PDF/UA-1's rules), read back with pikepdf: no validator installs here."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from bricoleur_desk.report.letter import build_letter
from bricoleur_desk.workspace.reporting import export_report

from .tagged_pdf import Element, open_pdf, page_marks, structure


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    from .sample import sample_dossier

    folder = tmp_path_factory.mktemp("tagged")
    dossier = sample_dossier()
    public, internal = folder / "verslag.pdf", folder / "intern.pdf"
    export_report(dossier, public)
    export_report(dossier, internal, audience="internal", lang="en")
    letter = folder / "brief.pdf"
    build_letter(str(letter), dossier, today=date(2026, 12, 1))
    return {"public": public, "internal": internal, "letter": letter}


@pytest.mark.parametrize("which", ["public", "internal", "letter"])
def test_pdfinfo_says_tagged(reports, which: str) -> None:
    info = subprocess.run(["pdfinfo", str(reports[which])], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info


@pytest.mark.parametrize("which", ["public", "internal", "letter"])
def test_every_page_is_in_the_tree_or_an_artifact(reports, which: str) -> None:
    with open_pdf(reports[which]) as pdf:
        tree = structure(pdf)
        referenced = {mark for element in tree.walk() for mark in element.mcids}
        assert len(referenced) == sum(len(e.mcids) for e in tree.walk()), "an MCID referenced twice"
        parent_tree = pdf.Root.StructTreeRoot.ParentTree.Nums
        for index, page in enumerate(pdf.pages):
            marks = page_marks(page)
            assert not marks.unmarked, f"page {index + 1}: {marks.unmarked[:5]} outside marked content"
            assert marks.mcids == {m for p, m in referenced if p == index}, f"page {index + 1}"
            assert marks.artifacts, f"page {index + 1}: the running header and footer are artifacts"
            assert int(page.obj.StructParents) == index
            assert int(parent_tree[2 * index]) == index
            assert len(parent_tree[2 * index + 1]) == len(marks.mcids)


@pytest.mark.parametrize("which", ["public", "internal", "letter"])
def test_catalog_language_title_and_marked(reports, which: str) -> None:
    with open_pdf(reports[which]) as pdf:
        root = pdf.Root
        assert str(root.Lang) == ("en" if which == "internal" else "nl-NL")
        assert bool(root.MarkInfo.Marked) is True
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert str(pdf.docinfo.Title)
        with pdf.open_metadata() as meta:
            assert meta["pdfuaid:part"] == "1"
            assert meta["dc:title"] == str(pdf.docinfo.Title)


def _headings(tree: Element) -> list[str]:
    return [e.role for e in tree.walk() if e.role in ("H1", "H2", "H3")]


def test_headings_in_order_without_skipping_a_level(reports) -> None:
    with open_pdf(reports["public"]) as pdf:
        headings = _headings(structure(pdf))
    assert headings[0] == "H1"
    assert headings.count("H1") >= 9  # cover title, contents, and each section
    for before, after in zip(headings, headings[1:], strict=False):
        assert int(after[1]) <= int(before[1]) + 1, headings


def test_figures_say_what_they_show(reports) -> None:
    with open_pdf(reports["public"]) as pdf:
        figures = [e for e in structure(pdf).walk() if e.role == "Figure"]
    assert len(figures) >= 3  # the sample's sketches and the evaluation chart
    for figure in figures:
        assert figure.alt and len(figure.alt) > 20 and figure.mcids
    sketch = next(f for f in figures if f.alt.startswith("Schets “Het plein"))
    assert "kaart of foto" in sketch.alt and "Spelden bij de punten" in sketch.alt
    chart = next(f for f in figures if f.alt.startswith("Staafdiagram"))
    assert "5 (heel goed)" in chart.alt


def test_tables_have_header_cells_and_rows(reports) -> None:
    with open_pdf(reports["public"]) as pdf:
        tables = [e for e in structure(pdf).walk() if e.role == "Table"]
    assert len(tables) >= 4  # cover details, agenda, attendance, votes, promises
    for table in tables:
        rows = table.kids
        assert rows and all(r.role == "TR" for r in rows)
        cells = [c for r in rows for c in r.kids]
        assert all(c.role in ("TH", "TD") for c in cells)
        headers = [c for c in cells if c.role == "TH"]
        assert headers and all(c.scope in ("Column", "Row") for c in headers)
        widths = {len(r.kids) for r in rows}
        assert len(widths) <= 2  # a spanned header cell aside, a regular grid


def test_a_table_over_two_pages_is_one_table_with_its_header_once(tmp_path: Path) -> None:
    from .sample import sample_dossier

    dossier = sample_dossier()
    meeting = dossier.meeting("m2")
    first = meeting.agenda[0]
    meeting.agenda = [type(first)(title=f"Onderdeel {i}", minutes=5) for i in range(90)]
    out = tmp_path / "lang.pdf"
    export_report(dossier, out)
    with open_pdf(out) as pdf:
        tree = structure(pdf)
        agenda = next(e for e in tree.walk() if e.role == "Table" and len(e.kids) > 80)
    assert len(agenda.kids) == 91
    assert [c.role for c in agenda.kids[0].kids] == ["TH", "TH", "TH"]
    assert all(c.role == "TD" for row in agenda.kids[1:] for c in row.kids)
    assert len({page for row in agenda.kids for cell in row.kids for page, _ in cell.mcids}) >= 2


def test_lists_hold_the_notes_and_the_frame(reports) -> None:
    with open_pdf(reports["public"]) as pdf:
        lists = [e for e in structure(pdf).walk() if e.role == "L"]
    assert len(lists) >= 5
    for element in lists:
        assert element.kids and all(i.role == "LI" for i in element.kids)
        for item in element.kids:
            assert [k.role for k in item.kids] == ["LBody"]
            assert item.kids[0].kids and all(p.role == "P" for p in item.kids[0].kids)


def test_contents_links_are_link_elements(reports) -> None:
    with open_pdf(reports["public"]) as pdf:
        tree = structure(pdf)
        links = [e for e in tree.walk() if e.role == "Link"]
        annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
        assert links and len(links) == len(annots)
        assert all(link.objects == 1 for link in links)
        assert all(str(a.Contents) for a in annots)
        assert all(str(page.obj.Tabs) == "/S" for page in pdf.pages)


def test_untagged_build_has_no_structure(tmp_path: Path) -> None:
    """The switch the benchmark uses to measure what tagging costs."""
    from bricoleur_desk.report.builder import build_report

    from .sample import sample_dossier

    dossier = sample_dossier()
    out = tmp_path / "plain.pdf"
    build_report(str(out), dossier, dossier.meeting("m2"), tagged=False)
    with open_pdf(out) as pdf:
        assert "/StructTreeRoot" not in pdf.Root
        assert all(not page_marks(page).mcids for page in pdf.pages)


def test_frame_copies_share_the_recorder() -> None:
    """reportlab deep-copies the frame to measure a KeepTogether: copying the tree was quadratic."""
    import copy

    from bricoleur_desk.report.tagging import StructRecorder, TaggedFrame

    recorder = StructRecorder()
    for _ in range(3):
        recorder.container((("L", object()),))
    frame = TaggedFrame(recorder, 0, 0, 100, 100)
    assert copy.deepcopy(frame).recorder is recorder


def test_the_logo_on_the_cover_is_a_figure_named_for_the_municipality(tmp_path: Path) -> None:
    import io
    from dataclasses import replace

    from PIL import Image

    from .sample import sample_dossier

    png = io.BytesIO()
    Image.new("RGB", (120, 60), "#00557f").save(png, "PNG")
    dossier = sample_dossier()
    dossier.house_style = replace(dossier.house_style, logo_png=png.getvalue())
    out = tmp_path / "logo.pdf"
    export_report(dossier, out)
    with open_pdf(out) as pdf:
        figures = [e for e in structure(pdf).walk() if e.role == "Figure"]
        first_page = {page for page, _ in figures[0].mcids}
    assert figures[0].alt == f"Logo van {dossier.house_style.municipality}" and first_page == {0}

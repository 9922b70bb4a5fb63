"""Exports write to a temporary file and rename: a failure never leaves half a file behind."""

from __future__ import annotations

import csv
import json
import os
import stat
from array import array
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from bricoleur_desk.domain.model import Stroke
from bricoleur_desk.workspace.reporting import (
    ReportError,
    export_promises_csv,
    export_report,
    load_house_style,
)

from .conftest import pdf_text

OLD = b"%PDF-1.4 the report sent last week\n"


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"  # tmp_path also holds the test's HOME
    folder.mkdir()
    return folder


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_progress_reports_and_the_file_replaces_the_old_one(dossier, out_dir: Path) -> None:
    out = out_dir / "verslag.pdf"
    out.write_bytes(OLD)
    seen: list[float] = []
    result = export_report(dossier, out, progress=seen.append)
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes() != OLD
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 10
    assert result.pages == len(PdfReader(str(out)).pages)
    assert _only(out_dir) == ["verslag.pdf"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


def test_a_failing_progress_callback_midway_leaves_the_old_file(dossier, out_dir: Path) -> None:
    out = out_dir / "verslag.pdf"
    out.write_bytes(OLD)

    def cancel(fraction: float) -> None:
        if fraction > 0.5:
            raise RuntimeError("cancelled by the user")

    with pytest.raises(ReportError, match="cancelled by the user"):
        export_report(dossier, out, progress=cancel)
    assert out.read_bytes() == OLD
    assert _only(out_dir) == ["verslag.pdf"]


def test_a_flowable_failing_during_the_build_leaves_no_temp_file(dossier, out_dir: Path) -> None:
    # a damaged stroke (double instead of float points) makes the sketch page fail while drawing
    sheet = dossier.meeting("m2").canvases[0].sheets[0]
    sheet.strokes.append(Stroke("broken", array("d", [1.0, 2.0, 0.5, 3.0, 4.0, 0.5])))
    out = out_dir / "verslag.pdf"
    out.write_bytes(OLD)
    with pytest.raises(ReportError) as caught:
        export_report(dossier, out)
    assert "\n" not in str(caught.value) and "verslag.pdf" in str(caught.value)
    assert out.read_bytes() == OLD
    assert _only(out_dir) == ["verslag.pdf"]


def test_clear_errors_for_bad_arguments(dossier, out_dir: Path) -> None:
    with pytest.raises(ReportError, match="no meeting with id 'nope'"):
        export_report(dossier, out_dir / "a.pdf", meeting_id="nope")
    with pytest.raises(ReportError, match="unknown audience"):
        export_report(dossier, out_dir / "a.pdf", audience="press")
    with pytest.raises(ReportError, match="unknown report language"):
        export_report(dossier, out_dir / "a.pdf", lang="de")
    with pytest.raises(ReportError, match="does not exist"):
        export_report(dossier, out_dir / "missing" / "a.pdf")
    assert _only(out_dir) == []


def test_an_earlier_meeting_can_be_reported(dossier, out_dir: Path) -> None:
    out = out_dir / "eerste.pdf"
    result = export_report(dossier, out, meeting_id="m1")
    assert result.meeting_id == "m1"
    assert "Eerste bewonersavond Kerkbuurt-Oost" in pdf_text(out)


def test_promises_csv_opens_in_dutch_excel(dossier, out_dir: Path) -> None:
    dossier.promises[0].text = 'Telling; "snel" en\nnet'
    dossier.promises[1].text = '=HYPERLINK("x")'
    out = out_dir / "toezeggingen.csv"
    out.write_bytes(b"old")
    export_promises_csv(dossier, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid;meeting;text;owner;due;status;notes\r\n")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["id", "meeting", "text", "owner", "due", "status", "notes"]
    assert len(rows) == 1 + len(dossier.promises)
    assert rows[1] == [
        "P-1",
        "2026-09-15 Eerste bewonersavond Kerkbuurt-Oost",
        'Telling; "snel" en net',
        "Joost Hendriks",
        "2026-10-31",
        "open",
        "",
    ]
    assert rows[2][2] == '\'=HYPERLINK("x")'  # never a formula in Excel
    assert rows[3][6] == "3" and rows[4][6] == "1"
    assert _only(out_dir) == ["toezeggingen.csv"]


def test_house_style_from_json(out_dir: Path, dossier) -> None:
    logo = out_dir / "logo.png"
    Image.new("RGB", (120, 60), "#00557f").save(logo)
    path = out_dir / "huisstijl.json"
    path.write_text(
        json.dumps(
            {
                "municipality": "Gemeente Zuidwaard",
                "accent": "#7a1f5c",
                "contact": "wijkteam@zuidwaard.example",
                "logo": "logo.png",
            }
        )
    )
    style = load_house_style(path)
    assert style.municipality == "Gemeente Zuidwaard" and style.accent == "#7a1f5c"
    assert style.logo_png == logo.read_bytes()
    dossier.house_style = style
    out = out_dir / "r.pdf"
    export_report(dossier, out)
    cover = PdfReader(str(out)).pages[0]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in cover["/Resources"]["/XObject"].values())
    assert "Gemeente Zuidwaard" in cover.extract_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"accent": "blue"}', "accent must look like"),
        ('{"logo": "missing.png"}', "cannot read logo"),
        ('{"colour": "#000000"}', "unknown key"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_house_style_errors_name_the_file(out_dir: Path, content: str, message: str) -> None:
    path = out_dir / "stijl.json"
    path.write_text(content)
    with pytest.raises(ReportError, match=message) as caught:
        load_house_style(path)
    assert str(path) in str(caught.value)


def test_a_broken_logo_leaves_the_name_on_the_cover(dossier, out_dir: Path) -> None:
    dossier.house_style.logo_png = b"\x89PNG\r\n\x1a\n but truncated"
    out = out_dir / "r.pdf"
    export_report(dossier, out)
    cover = PdfReader(str(out)).pages[0]
    assert "Gemeente Bricoleurwaard" in cover.extract_text()
    assert "/XObject" not in cover["/Resources"] or not any(
        x.get_object()["/Subtype"] == "/Image" for x in cover["/Resources"]["/XObject"].values()
    )

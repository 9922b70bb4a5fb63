"""Ink drawn on the canvas prints as wide as the room saw it: pen and highlighter alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bricoleur_desk.domain.model import StrokeTool
from bricoleur_desk.report.sketch_paths import GRID
from bricoleur_desk.ui.canvas.export import canvas_svg, render_canvas
from bricoleur_desk.ui.canvas.pen import stroke_pen
from bricoleur_desk.workspace.reporting import export_report

from .conftest import drag
from .test_pen import make_view

STYLE = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) RG ([\d.]+) w")


def _printed_widths(pdf: Path, canvas_width: float) -> dict[tuple[int, int, int], float]:
    """The width of every ink colour in the sketch forms, in canvas units (colour as 0-255 RGB)."""
    widths: dict[tuple[int, int, int], float] = {}
    for page in PdfReader(str(pdf)).pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            form = ref.get_object()
            data = form.get_data() if form["/Subtype"] == "/Form" else b""
            if not data.startswith(f"{GRID} 0 0 {GRID} 0 0 cm".encode()):
                continue
            scale = float(form["/BBox"][2]) / canvas_width  # pt per canvas unit
            for r, g, b, w in STYLE.findall(data):
                rgb = tuple(round(float(c) * 255) for c in (r, g, b))
                widths[rgb] = float(w) * GRID / scale
    return widths


def test_highlighter_and_pen_print_as_wide_as_drawn(qtbot, session, canvas, tmp_path: Path) -> None:
    view = make_view(qtbot, session)
    view.width = 4.0
    view.color = "#c8102e"
    drag(view, [(100, 200), (700, 200)])
    QTest.keyClick(view, Qt.Key.Key_H)
    view.color = "#ffd54f"
    drag(view, [(100, 500), (700, 500)])
    pen, marker = canvas.sheets[0].strokes
    assert marker.tool == StrokeTool.HIGHLIGHTER
    on_canvas = {"pen": stroke_pen(pen).widthF(), "marker": stroke_pen(marker).widthF()}
    assert on_canvas["marker"] > 3 * on_canvas["pen"]  # a highlighter is wide on the canvas

    out = tmp_path / "verslag.pdf"
    export_report(session.document.dossier, out, meeting_id="m1")
    printed = _printed_widths(out, canvas.width)

    # the form's stroke width is rounded to 0.1 of a GRID unit: well within 2 % here
    assert abs(printed[(200, 16, 46)] - on_canvas["pen"]) < 0.02 * on_canvas["pen"]
    assert abs(printed[(255, 213, 79)] - on_canvas["marker"]) < 0.02 * on_canvas["marker"]


def _crossing_lines(session, qtbot):  # noqa: ANN001, ANN202
    """A pen line, then a highlighter drawn across it, with real mouse events."""
    view = make_view(qtbot, session)
    view.width = 4.0
    view.color = "#c8102e"
    drag(view, [(100, 300), (700, 300)])
    QTest.keyClick(view, Qt.Key.Key_H)
    view.color = "#ffd54f"
    drag(view, [(400, 100), (400, 500)])
    return view


def test_highlighter_lies_under_the_pen_equally_translucent_everywhere(
    qtbot, session, canvas, tmp_path
) -> None:
    _crossing_lines(session, qtbot)
    meeting = session.document.dossier.meeting("m1")

    image = render_canvas(canvas, meeting)
    assert image.pixelColor(400, 300).name() == "#c8102e"  # the pen over the highlighter it crosses
    blue = image.pixelColor(400, 450).blue()  # yellow highlighter alone on white paper
    on_canvas = (255 - blue) / (255 - 0x4F)
    assert 0.2 < on_canvas < 0.5

    root = ET.fromstring(canvas_svg(canvas, meeting))
    lines = [e for e in root.iter() if e.tag.endswith("polyline")]
    assert [e.get("stroke") for e in lines] == ["#ffd54f", "#c8102e"]  # under first
    assert abs(float(lines[0].get("stroke-opacity")) - on_canvas) < 0.02
    assert float(lines[1].get("stroke-opacity")) == 1.0

    out = tmp_path / "verslag.pdf"
    export_report(session.document.dossier, out, meeting_id="m1")
    page = next(p for p in PdfReader(str(out)).pages if "sketch" in str(p["/Resources"].get("/XObject")))
    content = page.get_contents().get_data()
    drawn = re.findall(rb"(?:/(\w+) gs\s*)?/FormXob\.sketch-c1-sA-(\w+) Do", content)
    assert [kind for _gs, kind in drawn] == [b"marker", b"pen"]  # under first
    states = page["/Resources"]["/ExtGState"]
    alpha = {kind: float(states["/" + gs.decode()]["/CA"]) if gs else 1.0 for gs, kind in drawn}
    assert abs(alpha[b"marker"] - on_canvas) < 0.02 and alpha[b"pen"] == 1.0

"""The demo is data: a JSON interchange file under resources/ whose map is the shipped PNG."""

from __future__ import annotations

from bricoleur_desk.domain.model import BackgroundKind
from bricoleur_desk.resources import resource_path
from bricoleur_desk.workspace.demo import DEMO_FILE, build_demo_dossier


def test_the_demo_sketch_lies_over_the_shipped_map() -> None:
    # make_demo_map.py redraws the PNG: the JSON must then embed the new one
    canvases = [c for m in build_demo_dossier().meetings for c in m.canvases]
    assert canvases and all(c.background.kind == BackgroundKind.IMAGE for c in canvases)
    png = resource_path("sample", "van-heekplein-map.png").read_bytes()
    assert all(c.background.data == png for c in canvases)


def test_the_demo_file_is_plain_json_interchange_version_1() -> None:
    text = resource_path(*DEMO_FILE).read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "bricoleur-desk/dossier",\n  "version": 1,')
    assert '"title": "Tijdelijk park Van Heekplein"' in text  # the words are there to edit

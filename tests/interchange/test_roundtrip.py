"""Export -> import -> export gives the same JSON, and import gives back the same dossier."""

from __future__ import annotations

import json
from array import array
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import dossiers, fixed_zones

from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Sheet, Stroke
from bricoleur_desk.storage.interchange import dossier_from_json, dossier_to_json, dumps

_SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _through_text(data: dict) -> dict:
    return json.loads(json.dumps(data, ensure_ascii=False))


@_SETTINGS
@given(dossiers(timezones=fixed_zones()))
def test_export_import_export_gives_identical_json_and_the_same_dossier(dossier: Dossier) -> None:
    first = dumps(dossier)
    warnings: list[str] = []
    again = dossier_from_json(json.loads(first), warnings.append)
    assert dumps(again) == first
    assert warnings == []
    # Points are on the grid the writer rounds to, so nothing at all is lost.
    assert again == dossier


def _dossier_with_points(values: list[float]) -> Dossier:
    sheet = Sheet("s", "A", strokes=[Stroke("st", array("f", values))])
    meeting = Meeting("m", "Avond", datetime(2026, 9, 14, 19, 30))
    meeting.canvases.append(Canvas("c", "Kaart", sheets=[sheet]))
    return Dossier("Test", id="d", meetings=[meeting])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(width=32, allow_nan=False, allow_infinity=False), min_size=3, max_size=30))
def test_any_float32_point_is_stable_after_one_export(values: list[float]) -> None:
    values = values[: len(values) // 3 * 3]
    first = dumps(_dossier_with_points(values))
    second = dumps(dossier_from_json(json.loads(first)))
    assert second == first


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-8192, 8192, width=32), min_size=3, max_size=30))
def test_points_on_a_canvas_are_stable_without_the_slow_check(values: list[float]) -> None:
    # Below 8192 the writer skips its per-value check: prove that is safe.
    values = values[: len(values) // 3 * 3]
    first = dumps(_dossier_with_points(values))
    second = dumps(dossier_from_json(json.loads(first)))
    assert second == first


def test_points_are_written_rounded_to_keep_files_small() -> None:
    data = dossier_to_json(_dossier_with_points([12.345678, 0.1, 0.4567891, 1e20, -3.999, 1.0]))
    points = data["meetings"][0]["canvases"][0]["sheets"][0]["strokes"][0]["points"]
    # x, y to 2 decimals and pressure to 3; a value too large for that grid is kept exactly.
    assert points[0] == [12.35, 0.1, 0.457]
    assert points[1][0] == float(array("f", [1e20])[0])
    assert points[1][1:] == [-4.0, 1.0]


def test_ids_in_json_are_kept_and_missing_ones_generated_then_stable() -> None:
    data = {
        "format": "bricoleur-desk/dossier",
        "version": 1,
        "dossier": {"title": "Van Heekplein"},
        "meetings": [
            {
                "id": "m-2026-09",
                "title": "Eerste avond",
                "starts_at": "2026-09-14T19:30:00",
                "notes": [{"id": "n-a", "text": "Bomen"}, {"id": "n-b", "text": "Bankjes", "number": 7}],
                "canvases": [
                    {
                        "id": "c-1",
                        "name": "Kaart",
                        "width": 800,
                        "height": 600,
                        "sheets": [
                            {
                                "id": "s-1",
                                "name": "A",
                                "visible": True,
                                "strokes": [
                                    {"tool": "pen", "color": "#112233", "width": 2, "points": [[1, 2, 0.5]]}
                                ],
                                "stickies": [{"text": "hier", "x": 5, "y": 6}],
                                "pins": [{"note": "n-a", "x": 1, "y": 1}],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    dossier = dossier_from_json(data)
    meeting = dossier.meeting("m-2026-09")
    sheet = meeting.canvases[0].sheets[0]
    assert [n.id for n in meeting.notes] == ["n-a", "n-b"]
    # A missing number comes after the highest given one, in file order.
    assert [n.number for n in meeting.notes] == [8, 7]
    assert sheet.strokes[0].id and sheet.stickies[0].id and sheet.pins[0].id
    exported = dossier_to_json(dossier)
    assert exported["meetings"][0]["id"] == "m-2026-09"
    assert exported["meetings"][0]["canvases"][0]["sheets"][0]["strokes"][0]["id"] == sheet.strokes[0].id
    assert dossier_to_json(dossier_from_json(_through_text(exported))) == exported


def test_numbers_are_assigned_in_order_when_none_are_given() -> None:
    notes = [{"id": f"n{i}", "text": f"punt {i}"} for i in range(4)]
    data = {
        "format": "bricoleur-desk/dossier",
        "version": 1,
        "dossier": {"title": "x"},
        "meetings": [{"id": "m", "title": "t", "starts_at": "2026-09-14T19:30", "notes": notes}],
    }
    assert [n.number for n in dossier_from_json(data).meetings[0].notes] == [1, 2, 3, 4]

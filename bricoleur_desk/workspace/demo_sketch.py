"""The demo dossier's sketch: two tracing sheets over the map of the Van Heekplein.

Strokes are made to look hand-drawn (a slight wobble, varying pressure) but are fully
deterministic, so the demo is the same every time it is built.
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Iterable

from ..domain.model import Background, BackgroundKind, Canvas, Label, Pin, Sheet, Sticky, Stroke, StrokeTool
from ..resources import resource_path

MAP_FILE = ("sample", "van-heekplein-map.png")
ORANGE, BLUE, GREEN, BROWN, INK = "#e65100", "#1565c0", "#2e7d32", "#6d4c41", "#263238"
HIGHLIGHT = "#ffd54f"

Point = tuple[float, float]


def build_canvas(meeting_key: str) -> Canvas:
    """The canvas "Kaart Van Heekplein" with alternative A (shown) and alternative B (hidden)."""
    return Canvas(
        id=f"c-{meeting_key}-kaart",
        name="Kaart Van Heekplein",
        width=1600.0,
        height=1000.0,
        background=Background(
            kind=BackgroundKind.IMAGE, media_type="image/png", data=resource_path(*MAP_FILE).read_bytes()
        ),
        sheets=[_alternative_a(meeting_key), _alternative_b(meeting_key)],
    )


def _note_id(meeting_key: str, number: int) -> str:
    """The id demo_notes gives note ``number`` of the meeting."""
    return f"n-{meeting_key}-{number:02d}"


def _alternative_a(key: str) -> Sheet:
    strokes = [
        # The play area in the north-west corner, along the Parkstraat.
        _stroke(f"st-{key}-a-1", _loop((610, 385), 135, 62), ORANGE, 4.0, seed=1),
        # A winding path from the Parkstraat to the Schoolstraat.
        _stroke(
            f"st-{key}-a-2",
            _curve([(820, 300), (790, 420), (700, 540), (690, 640), (720, 730)]),
            BROWN,
            5.0,
            2,
        ),
        # The flower meadow.
        _stroke(f"st-{key}-a-3", _loop((900, 560), 95, 62), GREEN, 3.0, seed=3),
        # Trees along the Hofstraat and two benches in their shade.
        *[
            _stroke(f"st-{key}-a-tree-{i}", _loop((465, 480 + 55 * i), 15, 15), GREEN, 3.0, seed=10 + i)
            for i in range(4)
        ],
        _stroke(f"st-{key}-a-bench-1", _curve([(500, 520), (545, 522)]), INK, 7.0, seed=20),
        _stroke(f"st-{key}-a-bench-2", _curve([(500, 620), (545, 618)]), INK, 7.0, seed=21),
        # The lane for the fire brigade stays free: highlighted.
        Stroke(
            id=f"st-{key}-a-brandweer",
            points=_points(_curve([(1095, 320), (1095, 520), (1095, 715)]), seed=30),
            tool=StrokeTool.HIGHLIGHTER,
            color=HIGHLIGHT,
            width=34.0,
        ),
    ]
    return Sheet(
        id=f"s-{key}-a",
        name="Alternatief A — speelplek aan de Parkstraat",
        visible=True,
        opacity=1.0,
        strokes=strokes,
        stickies=[
            Sticky(f"sticky-{key}-a-1", "Speelplek 0–12 jaar, laag hek met klaphek", 492.0, 452.0),
            Sticky(f"sticky-{key}-a-2", "Bankjes in de schaduw van de bomen", 560.0, 600.0, "#b2ebf2"),
        ],
        labels=[
            Label(f"label-{key}-a-1", "Speelplek A", 540.0, 372.0, ORANGE, 26.0),
            Label(f"label-{key}-a-2", "bloemenweide", 845.0, 548.0, GREEN, 20.0),
            Label(f"label-{key}-a-3", "vrij houden!", 1000.0, 300.0, INK, 18.0),
        ],
        pins=[
            Pin(f"pin-{key}-a-1", _note_id(key, 1), 650.0, 340.0),
            Pin(f"pin-{key}-a-2", _note_id(key, 2), 720.0, 312.0),
            Pin(f"pin-{key}-a-3", _note_id(key, 11), 745.0, 425.0),
            Pin(f"pin-{key}-a-4", _note_id(key, 5), 1095.0, 650.0),
        ],
    )


def _alternative_b(key: str) -> Sheet:
    strokes = [
        # The play area in the middle of the lot, away from the streets.
        _stroke(f"st-{key}-b-1", _loop((775, 525), 150, 85), BLUE, 4.0, seed=41),
        # A ring path around it with entrances on both streets.
        _stroke(f"st-{key}-b-2", _loop((775, 525), 225, 150), BROWN, 4.0, seed=42),
        _stroke(f"st-{key}-b-3", _curve([(775, 300), (775, 375)]), BROWN, 4.0, seed=43),
        _stroke(f"st-{key}-b-4", _curve([(775, 675), (775, 730)]), BROWN, 4.0, seed=44),
        # A green screen of shrubs along the Parkstraat.
        _stroke(
            f"st-{key}-b-5",
            _curve([(470, 330), (580, 322), (700, 334), (820, 322), (940, 332), (1000, 326)]),
            GREEN,
            9.0,
            seed=45,
        ),
        # Shelter for teenagers near the Schoolstraat, far from the bedrooms.
        _stroke(f"st-{key}-b-6", _rectangle(470, 600, 580, 690), BLUE, 3.0, seed=46),
    ]
    return Sheet(
        id=f"s-{key}-b",
        name="Alternatief B — speelplek in het midden",
        visible=False,
        opacity=0.9,
        strokes=strokes,
        stickies=[
            Sticky(f"sticky-{key}-b-1", "Vanaf de straat slecht te zien?", 935.0, 430.0, "#ffcdd2"),
            Sticky(f"sticky-{key}-b-2", "Overkapping voor tieners", 455.0, 468.0),
        ],
        labels=[Label(f"label-{key}-b-1", "Speelplek B", 705.0, 515.0, BLUE, 26.0)],
        pins=[
            Pin(f"pin-{key}-b-1", _note_id(key, 3), 775.0, 560.0),
            Pin(f"pin-{key}-b-2", _note_id(key, 8), 905.0, 600.0),
            Pin(f"pin-{key}-b-3", _note_id(key, 18), 525.0, 645.0),
        ],
    )


def _stroke(stroke_id: str, path: list[Point], color: str, width: float, seed: int) -> Stroke:
    return Stroke(id=stroke_id, points=_points(path, seed), tool=StrokeTool.PEN, color=color, width=width)


def _points(path: Iterable[Point], seed: int) -> array:
    """x, y, pressure with a hand's wobble; rounded as the JSON writes them, so nothing shifts."""
    rng = random.Random(seed)
    flat: list[float] = []
    for i, (x, y) in enumerate(path):
        pressure = 0.55 + 0.25 * math.sin(i / 7 + seed) + rng.uniform(-0.05, 0.05)
        flat += [
            round(x + rng.uniform(-0.9, 0.9), 2),
            round(y + rng.uniform(-0.9, 0.9), 2),
            round(pressure, 3),
        ]
    return array("f", flat)


def _curve(waypoints: list[Point], step: float = 6.0) -> list[Point]:
    """A smooth line through the waypoints (Catmull-Rom), a point every ``step`` units or so."""
    if len(waypoints) == 2:
        (x0, y0), (x1, y1) = waypoints
        n = max(2, int(math.dist(waypoints[0], waypoints[1]) / step))
        return [(x0 + (x1 - x0) * t / n, y0 + (y1 - y0) * t / n) for t in range(n + 1)]
    padded = [waypoints[0], *waypoints, waypoints[-1]]
    result: list[Point] = []
    for p0, p1, p2, p3 in zip(padded, padded[1:], padded[2:], padded[3:], strict=False):
        n = max(2, int(math.dist(p1, p2) / step))
        for k in range(n):
            t = k / n
            x = _catmull_rom(p0[0], p1[0], p2[0], p3[0], t)
            result.append((x, _catmull_rom(p0[1], p1[1], p2[1], p3[1], t)))
    result.append(waypoints[-1])
    return result


def _catmull_rom(a: float, b: float, c: float, d: float, t: float) -> float:
    return 0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (3 * b - a - 3 * c + d) * t**3)


def _loop(centre: Point, rx: float, ry: float) -> list[Point]:
    """A closed, slightly overshooting loop, the way a felt pen circles an area."""
    cx, cy = centre
    n = max(16, int(2 * math.pi * max(rx, ry) / 6))
    return [
        (cx + rx * math.cos(2 * math.pi * k / n - 2.0), cy + ry * math.sin(2 * math.pi * k / n - 2.0))
        for k in range(n + n // 12 + 1)
    ]


def _rectangle(x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    return (
        _curve([(x0, y0), (x1, y0)])[:-1]
        + _curve([(x1, y0), (x1, y1)])[:-1]
        + _curve([(x1, y1), (x0, y1)])[:-1]
        + _curve([(x0, y1), (x0, y0)])
    )

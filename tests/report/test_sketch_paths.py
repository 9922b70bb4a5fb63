"""The bulk stroke formatter against a plain per-number one: same operators, same kept points."""

from __future__ import annotations

import random
import re
from array import array

from PIL import ImagePath

from bricoleur_desk.domain.model import Stroke
from bricoleur_desk.report.sketch_paths import GRID, MIN_STEP, stroke_operators


def reference(strokes: list[Stroke], scale: float, height: float) -> list[tuple[str, list[int]]]:
    """Per stroke: its style and its rounded GRID coordinates, one Python round per number."""
    factor = scale / GRID
    out = []
    for stroke in strokes:
        pts = stroke.points
        if not pts:
            continue
        xy = [v for i in range(0, len(pts), 3) for v in (pts[i], pts[i + 1])]
        path = ImagePath.Path(xy)
        path.transform((factor, 0.0, 0.0, 0.0, -factor, height * factor))
        path.compact(MIN_STEP / GRID)
        flat = [round(v) for v in path.tolist(True)]
        out.append((stroke.color, flat * 2 if len(flat) == 2 else flat))
    return out


def parsed(stream: str) -> list[tuple[str, list[int]]]:
    """The stream back as (colour operator, coordinates) per stroke."""
    strokes = []
    color = ""
    for line in stream.splitlines():
        if line.endswith(" w"):
            color = line.split(" RG")[0]
            continue
        assert re.fullmatch(r"-?\d+ -?\d+ m( -?\d+ -?\d+ l)* S", line.strip()), line[:80]
        strokes.append((color, [int(t) for t in line.split() if t not in ("m", "l", "S")]))
    return strokes


def strokes_of_every_kind() -> list[Stroke]:
    rng = random.Random(17)
    strokes = []
    for i in range(300):
        n = rng.choice([1, 2, 5, 60, 200])
        step = rng.choice([0.05, 0.5, 2.0, 30.0])  # dense pen input is thinned, sparse is kept
        x, y = rng.uniform(-200, 2200), rng.uniform(-200, 1700)  # some beyond the canvas
        pts = array("f")
        for _ in range(n):
            pts.extend((x, y, 0.5))
            x += rng.uniform(-step, step)
            y += rng.uniform(-step, step)
        color = rng.choice(["#1f1f1f", "#1f1f1f", "#d62728", "not a colour"])
        strokes.append(Stroke(f"s{i}", pts, color=color, width=rng.choice([3.0, 3.0, 12.0])))
    strokes.insert(5, Stroke("empty", array("f")))
    return strokes


def test_bulk_operators_match_rounding_each_number() -> None:
    strokes = strokes_of_every_kind()
    for scale, height in ((0.24, 1500.0), (1.0, 800.0), (0.05, 20000.0)):
        stream, points_in, points_out = stroke_operators(strokes, scale, height)
        got, want = parsed(stream), reference(strokes, scale, height)
        assert [len(c) for _, c in got] == [len(c) for _, c in want]  # the same points kept
        assert len(got) == len(strokes) - 1
        off = [
            abs(a - b) for (_, g), (_, w) in zip(got, want, strict=True) for a, b in zip(g, w, strict=True)
        ]
        assert max(off) <= 1  # a tie may round the other way: one GRID unit, 0.2 pt
        assert sum(1 for d in off if d) <= len(off) // 1000
        assert points_in == sum(len(s.points) // 3 for s in strokes)
        assert points_out == sum(len(c) // 2 for _, c in got)


def test_style_is_written_once_per_run_of_equal_strokes() -> None:
    strokes = strokes_of_every_kind()[:50]
    strokes.insert(8, Stroke("empty, another style", array("f"), color="#00ff00"))
    stream, _, _ = stroke_operators(strokes, 0.24, 1500.0)
    drawn = [s for s in strokes if s.points]  # an empty stroke neither draws nor splits a run
    runs = 1 + sum(
        1 for a, b in zip(drawn, drawn[1:], strict=False) if (a.color, a.width) != (b.color, b.width)
    )
    assert stream.count(" w\n") == runs

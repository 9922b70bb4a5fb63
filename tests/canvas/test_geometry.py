"""Geometry of strokes: distances, curve-aware hit tests, erasing, smoothing, simplification."""

from __future__ import annotations

import math
from array import array

from bricoleur_desk.domain import geometry


def flat(xy: list[tuple[float, float]]) -> array:
    out = array("f")
    for x, y in xy:
        out.extend((x, y, 0.5))
    return out


def arc(cx: float, cy: float, r: float, n: int = 60) -> array:
    return flat(
        [
            (cx + r * math.cos(math.pi * i / (n - 1)), cy + r * math.sin(math.pi * i / (n - 1)))
            for i in range(n)
        ]
    )


def test_distance_to_a_polyline_is_to_its_nearest_segment() -> None:
    line = flat([(0, 0), (10, 0), (10, 10)])
    assert geometry.polyline_distance(line, 5, 3) == 3
    assert math.isclose(geometry.polyline_distance(line, 13, 5), 3)
    assert math.isclose(geometry.polyline_distance(line, -3, -4), 5)


def test_inside_the_bend_of_a_curve_is_not_a_hit_though_inside_its_box() -> None:
    half_circle = arc(100, 100, 50)
    lo_x, lo_y, hi_x, hi_y = geometry.bounds(half_circle)
    assert lo_x <= 100 <= hi_x and lo_y <= 110 <= hi_y
    assert not geometry.hits_polyline(half_circle, 3.0, 100, 110, 5)
    assert geometry.hits_polyline(half_circle, 3.0, 100, 151, 2)


def test_erasing_the_middle_splits_a_stroke_in_two_cut_at_the_eraser_edge() -> None:
    line = flat([(float(x), 0.0) for x in range(0, 101, 10)])
    pieces = geometry.split_outside_circle(line, 50, 0, 12)
    assert len(pieces) == 2
    left, right = pieces
    assert math.isclose(left[-3], 38, abs_tol=1e-3) and math.isclose(right[0], 62, abs_tol=1e-3)
    assert left[0] == 0 and right[-3] == 100


def test_erasing_an_end_or_everything() -> None:
    line = flat([(float(x), 0.0) for x in range(0, 101, 10)])
    assert len(geometry.split_outside_circle(line, 0, 0, 15)) == 1
    assert geometry.split_outside_circle(line, 50, 0, 200) == []


def test_simplify_keeps_corners_and_drops_points_on_a_straight_line() -> None:
    line = flat([(float(x), 0.0) for x in range(11)] + [(10.0, float(y)) for y in range(1, 11)])
    simple = geometry.simplify(line, 0.5)
    assert [(simple[i], simple[i + 1]) for i in range(0, len(simple), 3)] == [(0, 0), (10, 0), (10, 10)]


def test_smoothing_keeps_the_ends_and_calms_a_zigzag() -> None:
    zigzag = flat([(float(x), 5.0 * (x % 2)) for x in range(20)])
    smooth = geometry.smooth(zigzag, 0.6)
    assert (smooth[0], smooth[1]) == (0, 0) and (smooth[-3], smooth[-2]) == (19, 5)
    ys = smooth[1::3][2:-2]
    assert max(ys) - min(ys) < 5


def test_grid_index_finds_candidates_near_a_point_and_in_a_rectangle() -> None:
    grid = geometry.GridIndex(64)
    grid.insert("a", (0, 0, 10, 10))
    grid.insert("b", (500, 500, 700, 520))
    assert grid.near(12, 12, 3) == ["a"]
    assert grid.near(600, 530, 5) == []
    assert grid.overlapping((450, 450, 550, 550)) == {"b"}
    grid.remove("a")
    assert grid.near(5, 5, 1) == [] and len(grid) == 1


def test_shapes_are_polylines_an_arrow_carries_its_head() -> None:
    assert len(geometry.rectangle_points(0, 0, 10, 5)) == 15
    arrow = geometry.arrow_points(0, 0, 100, 0)
    assert len(arrow) // 3 == 5 and (arrow[3], arrow[4]) == (100, 0)
    ellipse = geometry.ellipse_points(0, 0, 100, 50)
    assert geometry.bounds(ellipse) == (0, 0, 100, 50) or math.isclose(
        geometry.bounds(ellipse)[2], 100, abs_tol=1e-3
    )


def test_the_chunked_hit_test_agrees_with_the_plain_one() -> None:
    import random

    rng = random.Random(3)
    for _ in range(60):
        pts = flat([(rng.uniform(0, 200), rng.uniform(0, 200)) for _ in range(rng.randint(1, 40))])
        chunks = geometry.chunk_bounds(pts)
        for _ in range(30):
            x, y, r = rng.uniform(-10, 210), rng.uniform(-10, 210), rng.uniform(0.5, 12)
            assert geometry.hits_chunked(pts, chunks, 3.0, x, y, r) == geometry.hits_polyline(
                pts, 3.0, x, y, r
            )

"""Realistic stroke sets for benchmarks: wavy handwriting-like lines spread over a page."""

from __future__ import annotations

import math
import random
from array import array

from bricoleur_desk.domain.model import Stroke


def make_strokes(
    count: int,
    points: int = 60,
    width: float = 3.0,
    page: tuple[float, float] = (2000.0, 1500.0),
    seed: int = 1,
) -> list[Stroke]:
    """``count`` strokes of ``points`` points each, deterministic for a given seed."""
    rng = random.Random(seed)
    strokes = []
    for i in range(count):
        x = rng.uniform(0, page[0] - 120)
        y = rng.uniform(0, page[1] - 60)
        heading = rng.uniform(0, 2 * math.pi)
        curl = rng.uniform(-0.25, 0.25)
        flat = array("f")
        for _ in range(points):
            flat.extend((x, y, 0.4 + 0.5 * rng.random()))
            heading += curl + rng.uniform(-0.15, 0.15)
            x = min(max(x + 2.0 * math.cos(heading), 0.0), page[0])
            y = min(max(y + 2.0 * math.sin(heading), 0.0), page[1])
        strokes.append(Stroke(id=f"s{i}", points=flat, width=width))
    return strokes

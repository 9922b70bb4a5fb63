"""What a benchmark hands to ``run_all``: named series of measurements, their target and peer.

A benchmark calls :func:`record` for each figure it prints; when ``run_all`` started it, the
figure is appended as one JSON line to the file named by ``BENCH_FIGURES`` (otherwise nothing
happens, and the benchmark prints what it always printed).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

ENV = "BENCH_FIGURES"


def record(
    name: str,
    values: Sequence[float],
    unit: str,
    *,
    target: str = "",
    peer: str = "",
    peer_values: Sequence[float] = (),
) -> None:
    """One figure: ``values`` in ``unit``; ``peer_values`` measured in the same series (interleaved).

    With as many peer values as values, the ratio is the median of the pairs' ratios; otherwise
    the ratio of the medians.
    """
    path = os.environ.get(ENV)
    if not path:
        return
    line = {
        "name": name,
        "values": [float(v) for v in values],
        "unit": unit,
        "target": target,
        "peer": peer,
        "peer_values": [float(v) for v in peer_values],
    }
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(line) + "\n")

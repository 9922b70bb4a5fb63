"""Sketch edits as the app makes them, for ``bench_report``: open a dossier in the app's controller
(offscreen Qt), draw one stroke on each of the first N sheets, wait until the background has kept
their report forms, close. ``python -m tests.benchmarks.app_edit FILE N``; prints the seconds the
background took and the longest UI-thread stall it caused (a 5 ms timer's lateness)."""

from __future__ import annotations

import sys
import time
from array import array
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bricoleur_desk.domain.edits import Insert
from bricoleur_desk.domain.model import Stroke
from bricoleur_desk.ui.open_dossier_controller import OpenDossierController


def stroke(n: int) -> Stroke:
    points = array("f")
    for i in range(60):
        points.extend((400.0 + 9 * i + n, 300.0 + 4 * i, 0.5))
    return Stroke(f"bench-edit-{time.time_ns()}-{n}", points, width=4.0)


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication.instance() or QApplication([])
    controller = OpenDossierController()
    opened = controller.open(path)
    keeping = controller.sketch_keeping
    assert keeping is not None
    spent: dict[str, list[float]] = {"plan": [], "keep": []}
    for name in spent:
        method = getattr(keeping.keeper, name)

        def timed(*args, _method=method, _name=name):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return _method(*args)
            finally:
                spent[_name].append(time.perf_counter() - t0)

        setattr(keeping.keeper, name, timed)
    settle = time.perf_counter() + 3.0  # as a user does: the window settles (writing prepared) first
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.005)
    sheets = [s for m in opened.session.dossier.meetings for c in m.canvases for s in c.sheets][:count]
    lateness: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(now - last[0] - 0.005)
        last[0] = now

    probe = QTimer(interval=5)
    probe.timeout.connect(tick)
    probe.start()
    started = time.perf_counter()
    for n, sheet in enumerate(sheets):
        opened.session.apply(Insert("stroke", sheet.id, stroke(n)))
    while not (keeping.idle and keeping.keeper.kept_sheets >= len(sheets)):
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - started > 300:
            raise SystemExit("the background did not keep the edited sheets within 300 s")
    took = time.perf_counter() - started
    probe.stop()
    controller.close()
    worst = sorted(lateness)[-3:]
    print(
        f"kept {keeping.keeper.kept_sheets} sheets in {took:.2f} s; UI stalls (5 ms timer late by) "
        f"median {sorted(lateness)[len(lateness) // 2] * 1000:.1f} ms, worst {', '.join(f'{w * 1000:.0f}' for w in worst)} ms; "
        + "; ".join(f"{k} on the UI thread {', '.join(f'{v * 1000:.0f}' for v in vs)} ms" for k, vs in spent.items())
    )


if __name__ == "__main__":
    main()

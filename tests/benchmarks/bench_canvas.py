"""Sketch roll benchmark at 50,000 strokes: open, repaint, zoom, pen points, pen up, hit tests, Xournal++.

Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_canvas.py [--strokes N] [--no-xournal]``.
It prints the figures that docs/PERFORMANCE.md ("Sketch roll") reports; it never fails on a
slow machine (it measures, it does not judge).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bench-canvas-cache-")  # not the user's cache
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.domain import geometry  # noqa: E402
from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Sheet  # noqa: E402
from bricoleur_desk.ui.canvas.export import render_canvas  # noqa: E402
from bricoleur_desk.ui.canvas.sketch_view import SketchView  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402
from tests.benchmarks.figures import record  # noqa: E402
from tests.benchmarks.strokes import make_strokes  # noqa: E402
from tests.benchmarks.xournal import write_xopp, xournal_available  # noqa: E402

PAGE = (2000.0, 1500.0)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


class Samples:
    """Wall-clock and CPU (this thread) time of each sample: on a shared machine the wall
    clock also counts the moments other jobs had the core, the CPU time does not."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self._w = self._c = 0.0

    def start(self) -> None:
        self._w = time.perf_counter()
        self._c = time.thread_time()

    def stop(self) -> None:
        self.wall.append(time.perf_counter() - self._w)
        self.cpu.append(time.thread_time() - self._c)

    def __str__(self) -> str:
        w, c = self.wall, self.cpu
        return (
            f"median {ms(statistics.median(w))}, p99 {ms(pct(w, 99))} wall; "
            f"median {ms(statistics.median(c))}, p99 {ms(pct(c, 99))} CPU"
        )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_session(count: int) -> DossierSession:
    strokes = make_strokes(count, page=PAGE)
    canvas = Canvas(
        id="c1",
        name="Bench",
        width=PAGE[0],
        height=PAGE[1],
        sheets=[Sheet("sheet-1", "Vel 1", strokes=strokes)],
    )
    meeting = Meeting(id="m1", title="Bench", starts_at=datetime(2026, 11, 24, 19, 30), canvases=[canvas])
    return DossierSession(Dossier(title="Bench", meetings=[meeting]))


def settle(app: QApplication) -> None:
    app.processEvents()


def until_sharp(app: QApplication, scene, view) -> None:  # noqa: ANN001 - CanvasScene, CanvasView
    """Run the event loop until the view shows every tile sharp: a last paint asks for none."""
    while True:
        while any(ink.needs_drawing() for ink in scene.inks()):
            scene.draw_in_background()
            app.processEvents()
            time.sleep(0.0005)
        view.viewport().repaint()  # e.g. indexing just finished: only a paint asks for the tiles
        if not any(ink.needs_drawing() for ink in scene.inks()):
            return


def until_crisp(app: QApplication, scene, view) -> None:  # noqa: ANN001 - CanvasScene, CanvasView
    """Run the event loop until every sheet shows its tiles or a finished draft of the view."""
    while any(ink.needs_drawing() and not ink.draft_ready() for ink in scene.inks()):
        scene.draw_in_background()
        app.processEvents()
        time.sleep(0.0005)
    view.viewport().repaint()


def drain(app: QApplication, scene) -> None:  # noqa: ANN001 - CanvasScene
    """Run the event loop (its 4 ms polls and 12 ms slices) until all drawing, ahead too, is done."""
    while any(ink.has_work() for ink in scene.inks()):
        scene.draw_in_background()
        app.processEvents()
        time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strokes", type=int, default=50_000)
    parser.add_argument("--no-xournal", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"strokes: {args.strokes} x 60 points, width 3, antialiased; window 1280 x 800")
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    session = build_session(args.strokes)
    base_mb = peak_mb()

    # -- open to first frame ----------------------------------------------------------------
    start = time.perf_counter()
    widget = SketchView(session, "m1")
    widget.resize(1280, 800)
    widget.show()
    view = widget.view
    assert view is not None
    built = time.perf_counter() - start
    app.processEvents()  # the window is shown and painted
    view.viewport().repaint()
    first_frame = time.perf_counter() - start
    print(
        f"open to first frame (background, tiles start filling in): {ms(first_frame)} (widgets and index {ms(built)})"
    )
    record(f"open {args.strokes:,} strokes to the first frame", [first_frame * 1000], "ms", target="<= 1 s")
    scene = widget.scene
    assert scene is not None
    start = time.perf_counter()
    until_sharp(app, scene, view)
    print(
        f"open to all ink sharp at full view (12 ms slices of the event loop, visible tiles first): {ms(time.perf_counter() - start)}"
    )
    drain(app, scene)

    # -- reopening: the finished ink comes back from the disk cache ---------------------------
    start = time.perf_counter()
    again = SketchView(session, "m1")
    again.resize(1280, 800)
    again.show()
    app.processEvents()
    assert again.view is not None
    again.view.viewport().repaint()
    print(
        f"reopen to first frame with all ink (tiles from the disk cache): {ms(time.perf_counter() - start)}"
    )
    again.close()
    again.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # gone, and no longer listening
    app.processEvents()

    # -- repaint at full view and while panning ----------------------------------------------
    full = Samples()
    for _ in range(40):
        full.start()
        view.viewport().repaint()
        full.stop()
    print(f"repaint full view: {full}")
    _record("repaint full view", full, "median <= 8 ms")
    view.zoom_by(2.0)
    view.viewport().repaint()  # a paint asks for the tiles of the new zoom level
    drain(app, scene)
    pans = Samples()
    for i in range(60):
        view.pan_pixels(15 if (i // 20) % 2 == 0 else -15, 7)
        pans.start()
        view.viewport().repaint()
        pans.stop()
    print(f"repaint while panning (zoom 2x): {pans}")
    _record("repaint while panning (zoom 2x)", pans, "median <= 8 ms")

    # -- after a zoom: the scaled picture at once, sharp soon after ---------------------------
    # "rested": each zoom comes after the view stayed put until the background drawing (tiles
    # drawn ahead of a zoom) finished, as when a facilitator looks at a view before zooming on;
    # "back to back": each zoom right after the previous one turned sharp, nothing drawn ahead.
    ink = scene.ink("sheet-1")
    for rested in (True, False):
        view.fit()
        view.viewport().repaint()
        drain(app, scene)
        # each series starts with only the full-size tiles, as after opening the dossier
        ink.forget_zoomed_tiles()
        zooms_first, zooms_crisp, zooms_sharp, rests, each = [], [], [], [], []
        for factor in (1.3, 1.3, 1.3, 1 / 1.3, 1.9, 1.3, 1 / 1.3, 1 / 1.3):
            view.zoom_by(factor)
            t = time.perf_counter()
            view.viewport().repaint()
            zooms_first.append(time.perf_counter() - t)
            until_crisp(app, scene, view)
            zooms_crisp.append(time.perf_counter() - t)
            until_sharp(app, scene, view)
            zooms_sharp.append(time.perf_counter() - t)
            seen = view.mapToScene(view.viewport().rect()).boundingRect()
            in_view = len(ink.index.overlapping((seen.left(), seen.top(), seen.right(), seen.bottom())))
            each.append(
                f"{view.transform().m11():.2f}x {in_view} strokes {ms(zooms_crisp[-1])} / {ms(zooms_sharp[-1])}"
            )
            if rested:
                t = time.perf_counter()
                drain(app, scene)
                rests.append(time.perf_counter() - t)
        label = "rested" if rested else "back to back"
        record(f"after a zoom ({label}): sharp", [z * 1000 for z in zooms_crisp], "ms", target="<= 600 ms")
        print(
            f"after a zoom ({label}): scaled picture {ms(statistics.median(zooms_first))} median; "
            f"sharp (a draft without antialiasing, or the tiles) after median "
            f"{ms(statistics.median(zooms_crisp))}, max {ms(max(zooms_crisp))}; "
            f"antialiased tiles after median {ms(statistics.median(zooms_sharp))}, max {ms(max(zooms_sharp))}"
        )
        print("  each zoom (scale, strokes in view, sharp / antialiased after): " + "; ".join(each))
        if rested:
            print("  the rest before each next zoom (drawing ahead): " + ", ".join(ms(r) for r in rests))

    # -- pen points and pen up -----------------------------------------------------------------
    view.fit()
    view.viewport().repaint()
    drain(app, scene)
    view.viewport().repaint()
    vp = view.viewport()
    rng = random.Random(7)
    points, ups = Samples(), Samples()
    for _ in range(40):
        x, y = rng.randint(150, 1100), rng.randint(150, 650)
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
        settle(app)
        for i in range(60):
            points.start()
            QTest.mouseMove(vp, QPoint(x + i * 2, y + int(10 * ((i % 12) - 6) / 6)))
            settle(app)  # the paint of the new segment happens here
            points.stop()
        ups.start()
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x + 120, y))
        settle(app)
        ups.stop()
    print(f"pen point on screen: {points}")
    print(f"pen up (commit + ink onto tiles + paint): {ups}")
    _record("pen point on screen", points, "p99 <= 2 ms")
    _record("pen up (commit + ink onto tiles + paint)", ups, "p99 <= 16.7 ms")

    # -- hit tests --------------------------------------------------------------------------------
    ink = scene.ink("sheet-1")
    probes = [(rng.uniform(0, PAGE[0]), rng.uniform(0, PAGE[1])) for _ in range(2000)]
    hits = Samples()
    for x, y in probes:
        hits.start()
        ink.hits(x, y, 6.0)
        hits.stop()
    print(f"eraser hit test (radius 6): {hits}")
    _record("eraser hit test (radius 6)", hits, "p99 <= 1 ms")
    wrong = 0
    strokes = list(ink.strokes.values())
    for x, y in probes[:150]:
        brute = {s.id for s in strokes if geometry.hits_polyline(s.points, s.width, x, y, 6.0)}
        wrong += brute != set(ink.hits(x, y, 6.0))
    print(f"hit test agrees with brute force at {150 - wrong}/150 points")
    band = Samples()
    for x, y in probes[:300]:
        band.start()
        ink.inside((x, y, x + 150, y + 100))
        band.stop()
    print(f"rubber band 150 x 100: {band}")
    print(f"peak memory: {peak_mb():.0f} MB (strokes alone {base_mb:.0f} MB)")
    record("peak memory", [peak_mb()], "MB", target="<= 600 MB")

    # -- export, and the peer ---------------------------------------------------------------------
    canvas = session.document.get("c1")
    t = time.perf_counter()
    render_canvas(canvas, None)
    ours = time.perf_counter() - t
    print(f"our full render of every stroke (PNG export path): {ours:.2f} s")
    if not args.no_xournal and xournal_available():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            write_xopp(folder / "empty.xopp", [[]], PAGE)
            write_xopp(folder / "bench.xopp", [ink.strokes.values()], PAGE)
            base = _xournal(folder / "empty.xopp", folder / "empty.pdf")
            full_time = _xournal(folder / "bench.xopp", folder / "bench.pdf")
            print(
                f"Xournal++ PDF export: {full_time:.2f} s (empty page {base:.2f} s, strokes {full_time - base:.2f} s)"
            )
            print(f"ratio Xournal++ strokes / ours: {(full_time - base) / ours:.2f}")
            record(
                "full render of every stroke (PNG export path)",
                [ours],
                "s",
                peer="Xournal++ strokes (minus an empty page)",
                peer_values=[full_time - base],
            )
    widget.close()


def _record(name: str, samples: Samples, target: str) -> None:
    record(name, [w * 1000 for w in samples.wall], "ms", target=target)
    record(f"{name}, CPU", [c * 1000 for c in samples.cpu], "ms", target=target)


def _xournal(xopp: Path, pdf: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        ["xvfb-run", "-a", "xournalpp", "-p", str(pdf), str(xopp)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return time.perf_counter() - start


if __name__ == "__main__":
    main()

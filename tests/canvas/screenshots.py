"""Screenshots of the sketch roll for docs/screenshots: the facilitator's view and the room's.

Run: ``QT_QPA_PLATFORM=offscreen python tests/canvas/screenshots.py``. A map with two sheets
(alternatives A and B), sticky notes and numbered pins tied to notes of the evening. The room's
view is the audience window on a full-HD projector, showing the whole map.
"""

from __future__ import annotations

import math
import os
import random
import sys
from array import array
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.domain import geometry  # noqa: E402
from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Note, Phase, Sheet, StrokeTool  # noqa: E402
from bricoleur_desk.resources import resource_path  # noqa: E402
from bricoleur_desk.ui.audience import AudienceWindow  # noqa: E402
from bricoleur_desk.ui.canvas.audience import AudienceCanvas  # noqa: E402
from bricoleur_desk.ui.canvas.backgrounds import background_from_image  # noqa: E402
from bricoleur_desk.ui.canvas.sketch_view import SketchView  # noqa: E402
from bricoleur_desk.workspace import commands, sketch  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

rng = random.Random(4)


def hand(points: list[tuple[float, float]], wobble: float = 1.2, step: float = 6.0) -> array:
    """A hand-drawn look: the path resampled every few px with a little wobble, then smoothed."""
    out = array("f")
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        for i in range(n):
            t = i / n
            out.extend(
                (
                    x0 + (x1 - x0) * t + rng.uniform(-wobble, wobble),
                    y0 + (y1 - y0) * t + rng.uniform(-wobble, wobble),
                    0.5,
                )
            )
    out.extend((points[-1][0], points[-1][1], 0.5))
    return sketch.finish_points(out, 0.5, 0.3)


def loop(cx: float, cy: float, rx: float, ry: float) -> array:
    pts = geometry.ellipse_points(cx - rx, cy - ry, cx + rx, cy + ry, 40)
    xy = [(pts[i], pts[i + 1]) for i in range(0, len(pts), 3)]
    return hand(xy + [xy[1]], 1.0, 8)


def build() -> tuple[DossierSession, str]:
    meeting = Meeting(
        id="m1",
        title="Van Heekplein — tijdelijk park",
        starts_at=datetime(2026, 11, 24, 19, 30),
        phase=Phase.DISCUSS,  # the room sees the sketch in place of the notes
    )
    meeting.notes = [
        Note("n1", 1, "Oversteken bij de school is gevaarlijk"),
        Note("n2", 2, "Schaduw en bankjes voor ouderen"),
        Note("n3", 3, "Waar parkeren de bezoekers van de moskee?"),
        Note("n4", 4, "Brandweer moet er altijd door kunnen"),
    ]
    background, size = background_from_image(resource_path("sample", "van-heekplein-map.png"))
    a = Sheet(id="sheet-a", name="Alternatief A — speelplek en bomen")
    b = Sheet(id="sheet-b", name="Alternatief B — parkeren aan de rand", opacity=0.85)
    canvas = Canvas(
        id="c1", name="Van Heekplein", width=size[0], height=size[1], background=background, sheets=[a, b]
    )
    meeting.canvases = [canvas]
    session = DossierSession(Dossier(title="Van Heekplein", meetings=[meeting]))
    green, red, blue, black = "#138a36", "#c8102e", "#0a64c8", "#1f1f1f"
    doc = session.document
    edits = [
        sketch.add_stroke(doc, a.id, loop(600, 420, 130, 80), color=green, width=5),
        sketch.add_stroke(doc, a.id, loop(900, 560, 70, 50), color=green, width=5),
        sketch.add_stroke(
            doc, a.id, hand([(480, 520), (560, 500), (640, 520), (720, 500)]), color=green, width=4
        ),
        sketch.add_stroke(
            doc, a.id, hand([(460, 560), (470, 700), (520, 730)], 1.5), StrokeTool.HIGHLIGHTER, "#f08c00", 22
        ),
        sketch.add_stroke(doc, a.id, geometry.arrow_points(790, 830, 745, 780, head=22), color=red, width=5),
        *[
            sketch.add_stroke(doc, a.id, hand([(x, 748), (x, 774)], 0.4), color=red, width=5)
            for x in range(680, 740, 12)
        ],
        sketch.add_label(doc, a.id, 575, 355, "speelplek", green, 26),
        sketch.add_sticky(doc, a.id, 1225, 560, "Zebrapad bij de school — met klaar-over?"),
        sketch.add_pin(doc, a.id, "n1", 790, 795),
        sketch.add_pin(doc, a.id, "n2", 690, 560),
    ]
    for x in range(480, 1070, 34):
        edits.append(sketch.add_stroke(doc, b.id, hand([(x, 330), (x + 60, 450)], 0.6), color=blue, width=3))
    edits += [
        sketch.add_stroke(
            doc,
            b.id,
            hand([(460, 320), (1140, 320), (1140, 460), (460, 460), (460, 320)], 1.2),
            color=blue,
            width=5,
        ),
        sketch.add_label(doc, b.id, 690, 470, "P bezoekers (40)", blue, 28),
        sketch.add_sticky(doc, b.id, 140, 290, "Moskee: parkeren vrijdag 12-14 u"),
        sketch.add_pin(doc, b.id, "n3", 290, 620),
        sketch.add_pin(doc, b.id, "n4", 1075, 650),
        sketch.add_stroke(doc, b.id, hand([(1070, 700), (1120, 660)], 0.5), color=black, width=3),
    ]
    for edit in edits:
        commands.record(session, edit)
    return session, "m1"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    session, meeting_id = build()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    facilitator = SketchView(session, meeting_id)
    facilitator.resize(1440, 900)
    facilitator.show()
    facilitator.panel.list.setCurrentRow(0)
    facilitator.set_current_note("n2")
    app.processEvents()
    assert facilitator.view is not None and facilitator.scene is not None
    facilitator.view.fit()
    facilitator.view.grab()
    facilitator.scene.finish_rendering()
    facilitator.grab().save(str(out / "canvas-facilitator.png"))

    projector = AudienceWindow(session, meeting_id)
    audience = AudienceCanvas(session, meeting_id, follow=facilitator)
    audience.set_following(False)
    projector.set_stage(audience)
    projector.resize(1920, 1080)
    projector.show()
    app.processEvents()
    assert audience.view is not None
    audience.view.grab()
    facilitator.scene.finish_rendering()
    projector.grab().save(str(out / "canvas-audience.png"))
    print("written:", out / "canvas-facilitator.png", out / "canvas-audience.png")


if __name__ == "__main__":
    main()

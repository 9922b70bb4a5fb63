"""Benchmark: the follow-up report of a big dossier, and Xournal++ exporting the same strokes.

1,000 notes, 100 promises, 20 canvases of 2,000 strokes over a 2000x1500 background.
Run: ``/work/venv/bin/python tests/benchmarks/bench_report.py`` (not collected by pytest; never fails
on a slow machine, it only prints figures for docs/PERFORMANCE.md).
"""

from __future__ import annotations

import io
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from PIL import Image

from bricoleur_desk.domain.model import (
    Background,
    BackgroundKind,
    Canvas,
    Dossier,
    Meeting,
    Note,
    NoteKind,
    NoteStatus,
    Person,
    Promise,
    Sheet,
    Theme,
)
from bricoleur_desk.report.layout import BODY_WIDTH
from bricoleur_desk.report.sketch_paths import stroke_operators
from bricoleur_desk.resources import resource_path
from bricoleur_desk.workspace.reporting import export_report

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.strokes import make_strokes  # noqa: E402
from tests.benchmarks.xournal import time_pdf_export, write_xopp, xournal_available  # noqa: E402

PAGE = (2000.0, 1500.0)
WORDS = [
    "verkeer",
    "parkeren",
    "bomen",
    "lindes",
    "plein",
    "school",
    "fietspad",
    "verlichting",
    "geluid",
    "bouw",
    "heien",
    "bus",
    "drempel",
    "speeltuin",
    "bankje",
    "buurthuis",
    "veilig",
    "groen",
    "water",
    "riool",
    "afval",
    "container",
    "stoep",
    "oversteek",
]


def background_png() -> bytes:
    """The demo map stretched to 2000x1500, as a PNG like one imported from a file."""
    with Image.open(resource_path("sample", "van-heekplein-map.png")) as image:
        big = image.convert("RGB").resize((2000, 1500))
    out = io.BytesIO()
    big.save(out, "PNG")
    return out.getvalue()


def big_dossier(strokes_per_canvas: int = 2000, canvases: int = 20) -> tuple[Dossier, list[list]]:
    rng = random.Random(5)
    themes = [Theme(f"t{i}", f"Thema {i + 1}") for i in range(8)]
    notes = []
    for i in range(1, 1001):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))).capitalize() + "."
        status = rng.choice(list(NoteStatus))
        notes.append(
            Note(
                f"n{i}",
                i,
                text,
                rng.choice(list(NoteKind)),
                themes[i % 8].id,
                raised_by_group="Kerkstraat",
                status=status,
                answer="Dat nemen we mee." if status != NoteStatus.OPEN else None,
                merged_into="n1" if status == NoteStatus.MERGED else None,
                votes=rng.randint(0, 12),
            )
        )
    bg = Background(BackgroundKind.IMAGE, "image/png", background_png())
    sets = [make_strokes(strokes_per_canvas, page=PAGE, seed=c + 1) for c in range(canvases)]
    sketches = [
        Canvas(f"c{c}", f"Schets {c + 1}", PAGE[0], PAGE[1], bg, [Sheet(f"s{c}", "Vel A", strokes=sets[c])])
        for c in range(canvases)
    ]
    meeting = Meeting(
        "m1",
        "Grote bewonersavond",
        datetime(2026, 11, 24, 19, 30),
        themes=themes,
        notes=notes,
        canvases=sketches,
    )
    promises = [
        Promise(
            f"p{i}",
            "m1",
            f"Toezegging {i}: " + " ".join(rng.choice(WORDS) for _ in range(8)),
            owner="Team Verkeer",
            due=date(2027, 1, 1) + timedelta(days=i),
        )
        for i in range(100)
    ]
    people = [Person(f"person{i}", f"Voornaam{i} Achternaam{i}", email=f"p{i}@example.nl") for i in range(20)]
    return Dossier("Groot dossier", meetings=[meeting], promises=promises, people=people), sets


def main() -> None:
    t0 = time.perf_counter()
    dossier, sets = big_dossier()
    print(f"dossier built in {time.perf_counter() - t0:.1f} s (not timed below)")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        runs, cpu = [], []
        for _ in range(3):
            started = time.process_time()
            result = export_report(dossier, out)
            cpu.append(time.process_time() - started)
            runs.append(result.seconds)
        size = out.stat().st_size
        print(
            f"report: wall best {min(runs):.2f} s (runs {', '.join(f'{r:.2f}' for r in runs)}), "
            f"CPU best {min(cpu):.2f} s (runs {', '.join(f'{c:.2f}' for c in cpu)}; the first one decodes the "
            f"background and loads the fonts); {result.pages} pages; {size / 1e6:.1f} MB"
        )
        started = time.process_time()
        kept = total = 0
        for strokes in sets:
            _, n_in, n_out = stroke_operators(strokes, BODY_WIDTH / PAGE[0], PAGE[1])
            total, kept = total + n_in, kept + n_out
        print(
            f"  of which stroke paths: {time.process_time() - started:.2f} s CPU, "
            f"{total:,} points in, {kept:,} written"
        )
        if xournal_available():
            xopp = Path(tmp) / "same.xopp"
            write_xopp(xopp, sets, PAGE)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            xs = time_pdf_export(xopp, Path(tmp) / "xournal.pdf", env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            xcpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            xsize = (Path(tmp) / "xournal.pdf").stat().st_size
            print(
                f"xournal++ -p, same strokes only: wall {xs:.2f} s, CPU {xcpu:.2f} s, {xsize / 1e6:.1f} MB; "
                f"ratio xournal/report: wall {xs / min(runs):.1f}x, CPU {xcpu / min(cpu):.1f}x"
            )


if __name__ == "__main__":
    main()

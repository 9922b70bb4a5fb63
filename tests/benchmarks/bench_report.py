"""Benchmark: the follow-up report of a big dossier, and Xournal++ exporting the same strokes.

Two sets. The light one (in memory, in this process): 1,000 short notes, 100 promises, 20
canvases of 2,000 strokes over one 2000x1500 background. The held-out one of issue 17
(``report_heavy``): notes of realistic length, 20 different maps, written to a dossier file
and reported by the command a user runs (``bricoleur-desk report``, a fresh interpreter),
alternating in one series with Xournal++ exporting the same strokes (``xournalpp -p``).
Run: ``python -m tests.benchmarks.bench_report [--quick] [--rounds N]`` (not collected by
pytest; never fails on a slow machine, it only prints figures for docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import statistics
import subprocess
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
from tests.benchmarks.figures import record  # noqa: E402
from tests.benchmarks.strokes import make_strokes  # noqa: E402
from tests.benchmarks.xournal import write_xopp, xournal_available  # noqa: E402

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


def light_set(runs: int) -> None:
    t0 = time.perf_counter()
    dossier, sets = big_dossier()
    print(f"light set: dossier built in {time.perf_counter() - t0:.1f} s (not timed below)")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        walls, cpu = [], []
        for _ in range(runs):
            started = time.process_time()
            result = export_report(dossier, out)
            cpu.append(time.process_time() - started)
            walls.append(result.seconds)
        size = out.stat().st_size
        print(
            f"report: wall best {min(walls):.2f} s (runs {', '.join(f'{r:.2f}' for r in walls)}), "
            f"CPU best {min(cpu):.2f} s (runs {', '.join(f'{c:.2f}' for c in cpu)}; the first one decodes the "
            f"background and loads the fonts); {result.pages} pages; {size / 1e6:.1f} MB"
        )
        record("light set in process, CPU (first run decodes, loads fonts)", cpu, "s", target="<= 3 s")
        paths = []
        for _ in range(runs):
            started = time.process_time()
            kept = total = 0
            for strokes in sets:
                _, n_in, n_out = stroke_operators(strokes, BODY_WIDTH / PAGE[0], PAGE[1])
                total, kept = total + n_in, kept + n_out
            paths.append(time.process_time() - started)
        print(f"  of which stroke paths: {min(paths):.2f} s CPU, {total:,} points in, {kept:,} written")
        record("stroke operators of 40,000 strokes, CPU", paths, "s")


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    cpu, wall = _child_cpu(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=900)
    return time.perf_counter() - wall, _child_cpu() - cpu


def heavy_set(rounds: int, edited_sheets: int = 3) -> None:
    """The held-out set from the file, as users work (#17), alternating round by round with Xournal++.

    Series: the first report of the file as ``create_dossier`` left it (nothing kept); the first
    report right after ``bricoleur-desk import`` of the same dossier as JSON (the import keeps
    the sketches' forms, the maps and the name scans); the first report after sketch edits in
    the app (one stroke on each of ``edited_sheets`` sheets of the imported file, kept by the
    app's background; ``app_edit.py``, not timed); Xournal++ exporting the same strokes.
    """
    from bricoleur_desk.storage import create_dossier
    from bricoleur_desk.workspace.files import write_json
    from tests.benchmarks.report_heavy import heavy_dossier

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pristine, imported = folder / "pristine.bricoleur", folder / "imported.bricoleur"
        work, pdf = folder / "work.bricoleur", folder / "report.pdf"
        t0 = time.perf_counter()
        dossier, sets = heavy_dossier()
        create_dossier(pristine, dossier).close()
        write_json(dossier, folder / "held-out.json")
        del dossier
        print(f"held-out set: dossier file and JSON written in {time.perf_counter() - t0:.1f} s (not timed below)")
        root = str(Path(__file__).resolve().parents[2])  # this tree's package, not an installed one
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, PYTHONPATH=root)
        env.pop("XDG_DATA_HOME", None)  # the report cache's key in HOME, as for a user
        py = [sys.executable, "-m", "bricoleur_desk"]
        import_wall, import_cpu = _timed([*py, "import", str(folder / "held-out.json"), "--out", str(imported)], env)
        print(f"import of the JSON (keeps forms, maps, name scans): {import_wall:.1f} s wall, {import_cpu:.1f} s CPU")
        record("held-out import from JSON, filling the cache, CPU", [import_cpu], "s")
        report_cmd = [*py, "report", str(work), "--out", str(pdf)]
        peer = xournal_available()
        if peer:
            write_xopp(folder / "same.xopp", sets, PAGE)
            peer_cmd = ["xournalpp", "-p", str(folder / "xournal.pdf"), str(folder / "same.xopp")]
        shutil.copyfile(pristine, work)
        _timed(report_cmd, env)  # once before the series: byte-compiled modules, a warm file cache
        edit_cmd = [sys.executable, "-m", "tests.benchmarks.app_edit", str(work), str(edited_sheets)]
        loads = [os.getloadavg()[0]]
        print(f"load average before the series: {loads[0]:.2f} on {os.cpu_count()} cores")
        cold: list[tuple[float, float]] = []
        after_import: list[tuple[float, float]] = []
        after_edit: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        background: list[str] = []
        for i in range(rounds):  # interleaved, each starting the round in turn
            order: list[tuple[list[tuple[float, float]], list[str]]] = [
                (cold, report_cmd),
                (after_import, report_cmd),
                (after_edit, report_cmd),
            ] + ([(theirs, peer_cmd)] if peer else [])
            order = order[i % len(order) :] + order[: i % len(order)]
            for series, command in order:
                if series is cold:
                    shutil.copyfile(pristine, work)  # nothing kept (not timed)
                elif series is after_import:
                    shutil.copyfile(imported, work)
                elif series is after_edit:
                    shutil.copyfile(imported, work)
                    done = subprocess.run(
                        edit_cmd, check=True, capture_output=True, text=True, env=dict(env, PYTHONPATH=root), cwd=root
                    )
                    background.append(done.stdout.strip())
                series.append(_timed(command, env))
            loads.append(os.getloadavg()[0])
        print("app edits:", *background, sep="\n  ")
        size = pdf.stat().st_size
        raw = pdf.read_bytes()
        images, forms = raw.count(b"/Subtype /Image"), raw.count(b"/Subtype /Form")
        series_of = (
            ("first run, nothing kept", cold),
            ("right after import", after_import),
            ("after sketch edits in the app", after_edit),
        )
        for name, ours in series_of:
            print(
                f"held-out report ({name}; `bricoleur-desk report`, whole process), {rounds} rounds: "
                f"wall {', '.join(f'{w:.2f}' for w, _ in ours)} s; CPU {', '.join(f'{c:.2f}' for _, c in ours)} s"
            )
        print(
            f"  {size / 1e6:.1f} MB; {images} images (the maps), {forms} forms (strokes, page numbers); "
            f"load average per round {', '.join(f'{x:.1f}' for x in loads)}"
        )
        record("held-out report, file (MB)", [size / 1e6], "MB", target="<= 12 MB, vector")
        if not peer:
            for name, ours in series_of:
                record(f"held-out report ({name}), wall", [w for w, _ in ours], "s", target="<= 0.3 of Xournal++")
                record(f"held-out report ({name}), CPU", [c for _, c in ours], "s", target="<= 0.3 of Xournal++")
            return
        print(
            f"xournalpp -p, same strokes: wall {', '.join(f'{w:.2f}' for w, _ in theirs)} s; "
            f"CPU {', '.join(f'{c:.2f}' for _, c in theirs)} s; "
            f"{(folder / 'xournal.pdf').stat().st_size / 1e6:.1f} MB"
        )
        for kind, at in (("CPU", 1), ("wall", 0)):
            for name, ours in series_of:
                ratios = [o[at] / t[at] for o, t in zip(ours, theirs, strict=True)]
                print(
                    f"  ratio report ({name}) / Xournal++ ({kind}): median {statistics.median(ratios):.2f} "
                    f"({min(ratios):.2f}-{max(ratios):.2f})"
                )
                record(
                    f"held-out report ({name}), {kind}",
                    [o[at] for o in ours],
                    "s",
                    target="<= 0.3 of Xournal++",
                    peer="Xournal++",
                    peer_values=[t[at] for t in theirs],
                )
            record(f"Xournal++ -p same strokes, {kind}", [t[at] for t in theirs], "s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one light run, three held-out rounds")
    parser.add_argument("--rounds", type=int, help="held-out rounds (default 7, quick 3)")
    parser.add_argument("--only", choices=["light", "held-out"])
    args = parser.parse_args()
    if args.only != "held-out":
        light_set(1 if args.quick else 3)
    if args.only != "light":
        heavy_set(args.rounds or (3 if args.quick else 7))


if __name__ == "__main__":
    main()

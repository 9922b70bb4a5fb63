"""JSON interchange benchmarks: export and import times and file sizes of big dossiers. Never fails.

Run: /work/venv/bin/python tests/benchmarks/bench_interchange.py [--quick]
Figures go into docs/PERFORMANCE.md ("JSON interchange").
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Note, Sheet  # noqa: E402
from bricoleur_desk.storage.interchange import (  # noqa: E402
    dossier_from_json,
    dumps,
    read_json_file,
    write_json_file,
)
from bricoleur_desk.workspace.demo import build_demo_dossier  # noqa: E402
from tests.benchmarks.figures import record  # noqa: E402
from tests.benchmarks.strokes import make_strokes  # noqa: E402


def big_dossier(notes: int, strokes: int) -> Dossier:
    meeting = Meeting("m", "Avond", datetime(2026, 1, 1, 19, 30))
    for i in range(notes):
        text = f"Zorg {i}: er wordt te hard gereden in de Lindenstraat, vooral 's avonds na negen uur."
        meeting.notes.append(Note(f"n{i}", i + 1, text, created_at=datetime(2026, 1, 1, 19, 45)))
    meeting.canvases.append(Canvas("c", "Kaart", sheets=[Sheet("s", "Vel A", strokes=make_strokes(strokes))]))
    return Dossier("Benchmark", id="d", meetings=[meeting])


def best_of(runs: int, work, name: str = "") -> float:  # noqa: ANN001
    times, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
    if name:
        record(f"{name}, CPU", [c * 1000 for c in cpu], "ms")
    return min(times)


def measure(label: str, dossier: Dossier, runs: int) -> None:
    points = sum(
        s.point_count() for m in dossier.meetings for c in m.canvases for sh in c.sheets for s in sh.strokes
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        write = best_of(runs, lambda: write_json_file(dossier, path), f"write_json_file {label}")
        read = best_of(runs, lambda: read_json_file(path), f"read_json_file {label}")
        size = path.stat().st_size
        data = json.loads(path.read_text(encoding="utf-8"))
        parse_only = best_of(runs, lambda: dossier_from_json(data))
        text_only = best_of(runs, lambda: dumps(dossier))
    print(
        f"| {label} | {points:,} | {size / 1024:,.0f} KB | {write * 1000:,.0f} ms | {text_only * 1000:,.0f} ms "
        f"| {read * 1000:,.0f} ms | {parse_only * 1000:,.0f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller sets, one run each")
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    print("| dossier | points | file | write_json_file | dumps | read_json_file | dossier_from_json |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    measure("demo", build_demo_dossier(), runs)
    measure("200 notes, 1,000 strokes x 60", big_dossier(200, 1_000), runs)
    if not args.quick:
        measure("1,000 notes, 5,000 strokes x 60", big_dossier(1_000, 5_000), runs)


if __name__ == "__main__":
    main()

"""Storage benchmarks: commit latency, load and open times of big dossiers. Never fails; prints figures.

Run: /work/venv/bin/python tests/benchmarks/bench_storage.py [--quick]
Figures go into docs/PERFORMANCE.md ("Storage").
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from bricoleur_desk.domain.edits import Change, Insert, Remove  # noqa: E402
from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Note, Sheet  # noqa: E402
from bricoleur_desk.storage import create_dossier, open_dossier  # noqa: E402
from bricoleur_desk.workspace.session import DossierSession  # noqa: E402
from tests.benchmarks.figures import record  # noqa: E402
from tests.benchmarks.strokes import make_strokes  # noqa: E402


def big_dossier(notes: int, strokes: int, meetings: int = 1) -> Dossier:
    dossier = Dossier(title="Benchmark")
    for m in range(meetings):
        meeting = Meeting(f"m{m}", f"Avond {m}", datetime(2026, 1, 1 + m, 19, 30))
        for i in range(notes // meetings):
            text = f"Zorg {i}: er wordt te hard gereden in de Lindenstraat, vooral 's avonds na negen uur."
            meeting.notes.append(Note(f"m{m}n{i}", i + 1, text, created_at=datetime(2026, 1, 1, 19, 45)))
        sheet = Sheet(f"m{m}s", "Vel A", strokes=make_strokes(strokes // meetings, seed=m))
        for stroke in sheet.strokes:
            stroke.id = f"m{m}{stroke.id}"
        meeting.canvases.append(Canvas(f"m{m}c", "Kaart", sheets=[sheet]))
        dossier.meetings.append(meeting)
    return dossier


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def bench_commit(folder: Path, rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """One session.apply per measurement, committed (fsync'd) before apply returns."""
    path = folder / "commit.bricoleur"
    create_dossier(path, big_dossier(5000, 2000)).close()
    times: dict[str, list[float]] = {
        "new note": [],
        "typing in a note": [],
        "new stroke": [],
        "delete last note": [],
    }
    cpu: dict[str, list[float]] = {name: [] for name in times}
    strokes = make_strokes(rounds, seed=99)
    with open_dossier(path) as opened:
        session = DossierSession(opened.load(), store=opened)
        opened.warm_up()  # the app does this once its window shows
        meeting = session.dossier.meetings[0]
        for i in range(rounds):
            note = Note(f"new{i}", meeting.next_note_number(), "Meer groen op het plein")
            strokes[i].id = f"bench{i}"
            for name, edit in (
                ("new note", Insert("note", "m0", note)),
                ("typing in a note", Change.of(f"new{i}", merge_key="typing", text="Meer groen, graag")),
                ("new stroke", Insert("stroke", "m0s", strokes[i])),
            ):
                t, c = time.perf_counter(), time.thread_time()
                session.apply(edit)
                times[name].append(time.perf_counter() - t)
                cpu[name].append(time.thread_time() - c)
        for i in range(min(rounds, 200)):
            t, c = time.perf_counter(), time.thread_time()
            session.apply(Remove("note", f"new{rounds - 1 - i}"))
            times["delete last note"].append(time.perf_counter() - t)
            cpu["delete last note"].append(time.thread_time() - c)
    return times, cpu


def bench_shifts(folder: Path, strokes: int) -> tuple[float, float]:
    """Edits that renumber every later sibling: a note inserted on top, the first stroke erased."""
    path = folder / f"shift-{strokes}.bricoleur"
    create_dossier(path, big_dossier(5000, strokes)).close()
    with open_dossier(path) as opened:
        session = DossierSession(opened.load(), store=opened)
        opened.warm_up()  # the app does this once its window shows
        t = time.perf_counter()
        session.apply(Insert("note", "m0", Note("top", 0, "Bovenaan"), index=0))
        top = time.perf_counter() - t
        first = session.dossier.meetings[0].canvases[0].sheets[0].strokes[0]
        t = time.perf_counter()
        session.apply(Remove("stroke", first.id))
        erase = time.perf_counter() - t
    return top, erase


def bench_load(folder: Path, notes: int, strokes: int) -> tuple[float, float, float, int]:
    path = folder / f"load-{notes}-{strokes}.bricoleur"
    t = time.perf_counter()
    create_dossier(path, big_dossier(notes, strokes)).close()
    created = time.perf_counter() - t
    best = best_cpu = float("inf")
    for _ in range(5):
        t, c = time.perf_counter(), time.process_time()
        with open_dossier(path) as opened:
            opened.load()
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    return created, best, best_cpu, path.stat().st_size


def bench_cold_open(folder: Path) -> list[float]:
    """A fresh interpreter: import storage, open and load a 5,000-note dossier (what start-up pays).

    warm_up (importing SQLAlchemy for writing) is left out: the app runs it after its window shows.
    """
    path = folder / "cold.bricoleur"
    create_dossier(path, big_dossier(5000, 2000)).close()
    code = textwrap.dedent(
        f"""
        import time
        t = time.perf_counter()
        from pathlib import Path
        from bricoleur_desk.storage import open_dossier
        i = time.perf_counter()
        with open_dossier(Path({str(path)!r})) as f:
            f.load()
        e = time.perf_counter()
        print(i - t, e - i)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: .pyc
    runs = []
    for _ in range(7):
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        total = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        imported, opened = map(float, out.stdout.split())
        runs.append((total, imported, opened, used))
    runs.sort()
    return list(runs[len(runs) // 2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    rounds = 200 if args.quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"commits ({rounds} each, synchronous=FULL, WAL, app-level writer lock; dossier of 5,000 notes):")
        times, cpu = bench_commit(folder, rounds)
        for name, values in times.items():
            target = "p99 <= 1 ms" if name == "new note" else ""
            record(f"commit: {name}", [v * 1000 for v in values], "ms", target=target)
            record(f"commit: {name}, CPU", [v * 1000 for v in cpu[name]], "ms", target=target)
            print(
                f"  {name:18} median {ms(statistics.median(values))}  p99 {ms(percentile(values, 99))}"
                f"  max {ms(max(values))}   CPU median {ms(statistics.median(cpu[name]))}"
                f" p99 {ms(percentile(cpu[name], 99))}"
            )
        for strokes in (2000, 50000):
            top, erase = bench_shifts(folder, strokes)
            print(
                f"renumbering: note on top of 5,000 {ms(top)}; erase first of {strokes} strokes {ms(erase)}"
            )
        for notes, strokes in ((5000, 0), (0, 50000), (5000, 50000)):
            created, loaded, cpu_loaded, size = bench_load(folder, notes, strokes)
            record(
                f"open + load {notes:,} notes, {strokes:,} strokes, CPU (best of 5)",
                [cpu_loaded * 1000],
                "ms",
            )
            print(
                f"{notes:>6} notes {strokes:>6} strokes: create {ms(created)}, open+load {ms(loaded)}"
                f" (CPU {ms(cpu_loaded)}), file {size / 1e6:.1f} MB"
            )
        total, imported, opened, used = bench_cold_open(folder)
        print(
            f"cold start, 5,000 notes + 2,000 strokes: process {ms(total)} (import storage {ms(imported)},"
            f" open+load {ms(opened)}), process CPU {ms(used)}"
        )


if __name__ == "__main__":
    main()

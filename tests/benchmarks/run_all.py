"""Run every benchmark in tests/benchmarks and print one table of their figures.

Run from the repository root: ``python -m tests.benchmarks.run_all [--quick] [--only report,open]``.
Each benchmark runs in its own interpreter (offscreen Qt, one after the other, never two at
once); its usual output goes to ``--log`` (default: a temporary file). The table gives each
figure's median and spread (lowest-highest), its target and, where a peer is measured in the
same series (Xournal++, a bare PySide6 window), the median ratio ours / peer. It measures, it
never fails on a slow machine; CI does not run it (pytest collects only ``test_*.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from .figures import ENV

ROOT = Path(__file__).resolve().parents[2]
# name, script, arguments for a full run, arguments for --quick
BENCHMARKS = [
    ("storage", "bench_storage.py", [], ["--quick"]),
    ("interchange", "bench_interchange.py", [], ["--quick"]),
    ("open", "bench_open.py", ["7"], ["3"]),
    ("capture", "bench_capture.py", [], []),
    ("canvas", "bench_canvas.py", [], ["--strokes", "10000", "--no-xournal"]),
    ("report", "bench_report.py", [], ["--quick"]),
    ("encryption", "bench_encryption.py", [], ["--quick"]),
    ("archive", "bench_archive.py", [], ["--quick"]),
]


def number(value: float) -> str:
    return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"


def row(figure: dict) -> str:
    values = figure["values"]
    unit = figure["unit"]
    median = statistics.median(values)
    if len(values) > 20:  # latencies: the tail is the spread that matters
        ordered = sorted(values)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        spread = f"p99 {number(p99)}, max {number(ordered[-1])} (n={len(values)})"
    elif len(values) > 1:
        spread = f"{number(min(values))}-{number(max(values))} (n={len(values)})"
    else:
        spread = "one run"
    ratio = ""
    peers = figure["peer_values"]
    if peers:
        if len(peers) == len(values):
            ratios = [v / p for v, p in zip(values, peers, strict=True) if p]
            ratio = f"{statistics.median(ratios):.2f} of {figure['peer']}"
            if len(ratios) > 1:
                ratio += f" ({min(ratios):.2f}-{max(ratios):.2f})"
        else:
            ratio = f"{median / statistics.median(peers):.2f} of {figure['peer']}"
    return f"| {figure['name']} | {number(median)} {unit} | {spread} | {figure['target']} | {ratio} |"


def run(name: str, script: str, args: list[str], log, figures: Path) -> float:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **{ENV: str(figures)})
    log.write(f"\n===== {name}: {script} {' '.join(args)}\n")
    log.flush()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "benchmarks" / script), *args],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    if done.returncode != 0:
        print(f"  {name}: exited with {done.returncode} (see the log)", file=sys.stderr)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="each benchmark's quick variant")
    parser.add_argument("--only", help="comma-separated names: " + ", ".join(b[0] for b in BENCHMARKS))
    parser.add_argument("--log", type=Path, help="where the benchmarks' own output goes")
    args = parser.parse_args()
    chosen = set(args.only.split(",")) if args.only else {b[0] for b in BENCHMARKS}
    log_path = args.log or Path(tempfile.mkstemp(prefix="bench-", suffix=".log")[1])
    started = datetime.now(UTC)
    loads = [os.getloadavg()[0]]
    sections: list[tuple[str, list[dict]]] = []
    with log_path.open("w", encoding="utf-8") as log, tempfile.TemporaryDirectory() as tmp:
        for name, script, full, quick in BENCHMARKS:
            if name not in chosen:
                continue
            figures = Path(tmp) / f"{name}.jsonl"
            figures.touch()
            print(f"{name} ...", end=" ", flush=True, file=sys.stderr)
            seconds = run(name, script, quick if args.quick else full, log, figures)
            loads.append(os.getloadavg()[0])
            print(f"{seconds:.0f} s, load {loads[-1]:.2f}", file=sys.stderr)
            lines = figures.read_text(encoding="utf-8").splitlines()
            sections.append((name, [json.loads(line) for line in lines]))
    print(
        f"Benchmarks {started:%Y-%m-%d %H:%M} UTC{' (quick)' if args.quick else ''}, "
        f"{os.cpu_count()} cores, load average {min(loads):.2f}-{max(loads):.2f} "
        f"(1-minute, before and after each benchmark); output in {log_path}\n"
    )
    print("| figure | median | spread | target | ratio to peer (same series) |")
    print("|---|---:|---|---|---|")
    for name, figures in sections:
        if not figures:
            print(f"| **{name}**: no figures (see the log) | | | | |")
        for figure in figures:
            print(row(dict(figure, name=f"{name}: {figure['name']}")))


if __name__ == "__main__":
    main()

"""Benchmark: what the tagged PDF (PDF/UA-1) costs, on the report benchmark's two sets.

The same report built in this process with and without tagging, alternating round by round
(first a warm-up of each, not counted: it decodes the maps and loads the fonts). The light set
of bench_report (1,000 short notes, 100 promises, 20 canvases of 2,000 strokes) and the
held-out one of report_heavy (notes of realistic length, 20 different maps). Figures for
docs/PERFORMANCE.md; never fails, only prints.
Run: ``python -m tests.benchmarks.bench_tagging [--rounds N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bricoleur_desk.report.builder import build_report  # noqa: E402
from tests.benchmarks.bench_report import big_dossier  # noqa: E402
from tests.benchmarks.report_heavy import heavy_dossier  # noqa: E402


def _one(dossier, out: Path, tagged: bool) -> tuple[float, float, int]:
    meeting = dossier.meetings[-1]
    cpu, wall = time.process_time(), time.perf_counter()
    build_report(str(out), dossier, meeting, tagged=tagged)
    return time.process_time() - cpu, time.perf_counter() - wall, out.stat().st_size


def compare(name: str, dossier, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        _one(dossier, out, True)
        _one(dossier, out, False)
        runs: dict[bool, list[tuple[float, float, int]]] = {True: [], False: []}
        loads = []
        for index in range(rounds):
            for tagged in (True, False) if index % 2 == 0 else (False, True):
                runs[tagged].append(_one(dossier, out, tagged))
            loads.append(os.getloadavg()[0])
    for tagged in (False, True):
        cpu = [r[0] for r in runs[tagged]]
        wall = [r[1] for r in runs[tagged]]
        print(
            f"{name}, {'tagged  ' if tagged else 'untagged'}: CPU median {statistics.median(cpu):.2f} s "
            f"({min(cpu):.2f}-{max(cpu):.2f}), wall median {statistics.median(wall):.2f} s, "
            f"{runs[tagged][0][2] / 1e6:.2f} MB"
        )
    extra = [t[0] - u[0] for t, u in zip(runs[True], runs[False], strict=True)]
    base = statistics.median(r[0] for r in runs[False])
    print(
        f"{name}: tagging costs {statistics.median(extra):.2f} s CPU a report "
        f"({100 * statistics.median(extra) / base:.0f} %; rounds {', '.join(f'{e:+.2f}' for e in extra)}), "
        f"load {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    light, _ = big_dossier()
    compare("light set", light, args.rounds)
    heavy, _ = heavy_dossier()
    compare("held-out set", heavy, args.rounds)


if __name__ == "__main__":
    main()

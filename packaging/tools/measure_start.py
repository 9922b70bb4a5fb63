"""Start to usable window, bundle against the installed app, same run (docs/PERFORMANCE.md).

    python packaging/tools/measure_start.py --runs 7 dist/bricoleur-desk/bricoleur-desk .venv-ci/bin/bricoleur-desk

Each command opens the demo dossier with ``open FILE --check`` offscreen in a fresh HOME; the
time is from starting the process to its first line (the window usable with the dossier open);
then the process is killed (the name scanner's loading is not part of the figure), so every run
opens its own copy of the demo. The CPU seconds (user + system, until the kill a moment after
the line) depend less on how busy the machine is than the wall time.
The commands take turns, so a busy machine slows them alike. Prints each median and the runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def usable_after(command: str, dossier: Path, home: Path) -> tuple[float, float]:
    """Seconds to the first line, and the CPU seconds the process used until it was killed."""
    env = {"HOME": str(home), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    cpu = _cpu_of_children()
    start = time.perf_counter()
    process = subprocess.Popen([command, "open", str(dossier), "--check"], stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - start
    process.kill()  # the name scanner's loading is not part of this figure
    process.wait()
    if "open;" not in line:
        raise SystemExit(f"{command}: the dossier did not open: {line!r}")
    return seconds, _cpu_of_children() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("commands", nargs="+")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        dossier = work / "demo.bricoleur"
        home = work / "home"
        home.mkdir()
        subprocess.run([args.commands[0], "demo", "--out", str(dossier)], check=True, env={**os.environ, "HOME": str(home)})
        times: dict[str, list[tuple[float, float]]] = {command: [] for command in args.commands}
        for run in range(args.runs + 1):  # the first round warms the disk cache and is left out
            for number, command in enumerate(args.commands):
                copy = work / f"run-{run}-{number}.bricoleur"
                shutil.copy(dossier, copy)
                times[command].append(usable_after(command, copy, home))
        for command, runs in times.items():
            wall = [seconds for seconds, _cpu in runs[1:]]
            cpu = [cpu for _seconds, cpu in runs[1:]]
            print(
                f"{command}: median {statistics.median(wall):.2f} s to a usable window "
                f"(CPU {statistics.median(cpu):.2f} s, killed just after); runs " + " ".join(f"{t:.2f}" for t in wall)
            )


if __name__ == "__main__":
    main()

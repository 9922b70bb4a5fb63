"""Benchmark: opening a dossier with 5,000 notes to a usable window (target <= 0.8 s).

Each run is a fresh interpreter, as when a facilitator double-clicks the file: the figure is
from process start to the first painted main window with the notes listed and the capture
line focused. Run: python tests/benchmarks/bench_open.py [runs]

The package is byte-compiled first, as an installed app is (pip compiles on install): without
it, a shell with PYTHONDONTWRITEBYTECODE set recompiles every changed module on each run and
adds 0.1-0.2 s. Each run also starts a bare PySide6 window (the issue's reference: ~0.16 s when
the target was set) right before, so a slow phase of the machine shows in both figures.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere
from tests.benchmarks.figures import record  # noqa: E402

CHILD = r"""
import time, sys, os, json
t0 = time.perf_counter()
c0 = time.process_time()
from pathlib import Path
from PySide6.QtCore import QSettings, QEventLoop
from PySide6.QtWidgets import QApplication
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
t_import = time.perf_counter()
app = QApplication(sys.argv)
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.resize(1366, 768)
window.show()
window.open_path(Path(sys.argv[1]))
app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
note_list = window.workspace.views.capture.note_list
while not note_list.is_measured():  # the rows have their real heights: the list is usable
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
window.repaint()
t_ready = time.perf_counter()
c_ready = time.process_time()
capture = window.workspace.findChild(object, "captureInput")
print(json.dumps({"import": t_import - t0, "ready": t_ready - t0, "ready_cpu": c_ready - c0,
                  "notes": window.workspace.views.capture.model.rowCount(),
                  "focus": capture.hasFocus()}))
window.close_dossier()
"""


BARE = r"""
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.repaint()
print(time.perf_counter() - t0)
"""


def make_dossier(path: Path, notes: int) -> None:
    from bricoleur_desk.domain.model import Dossier, Meeting, Note, NoteKind, Phase, Theme
    from bricoleur_desk.storage import create_dossier

    start = datetime(2026, 11, 26, 19, 30)
    themes = [
        Theme(f"t{i}", name) for i, name in enumerate(["Groen", "Spelen", "Verkeer", "Geluid", "Beheer"])
    ]
    meeting = Meeting(
        "m1", "Grote avond", start, phase=Phase.INVENTORY, themes=themes, question="Wat vindt u?"
    )
    for i in range(notes):
        meeting.notes.append(
            Note(
                f"n{i}",
                i + 1,
                f"Punt {i + 1}: de stoep bij nummer {i % 90} is te smal voor een kinderwagen",
                kind=list(NoteKind)[i % 3],
                theme_id=f"t{i % 5}",
                created_at=start + timedelta(seconds=i),
            )
        )
    create_dossier(path, Dossier(title="Benchmark", meetings=[meeting])).close()


def main(runs: int = 7) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    dossier = folder / "five-thousand.bricoleur"
    make_dossier(dossier, 5000)
    package = Path(__file__).resolve().parents[2] / "bricoleur_desk"
    compileall.compile_dir(str(package), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(folder))
    walls, readies, imports, cpus, bares = [], [], [], [], []
    for _ in range(runs):
        bare = subprocess.run(
            [sys.executable, "-c", BARE], capture_output=True, text=True, env=env, check=True
        )
        bares.append(float(bare.stdout.strip().splitlines()[-1]))
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(dossier), str(folder / "s.ini")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        walls.append(time.perf_counter() - start)
        data = json.loads(out.stdout.strip().splitlines()[-1])
        assert data["notes"] >= 5000 and data["focus"], data
        readies.append(data["ready"])
        cpus.append(data["ready_cpu"])
        imports.append(data["import"])
    result = {
        "ready_median_s": statistics.median(readies),
        "ready_cpu_median_s": statistics.median(cpus),
        "imports_median_s": statistics.median(imports),
        "process_wall_median_s": statistics.median(walls),
        "bare_window_median_s": statistics.median(bares),
        "ready_per_bare_window": statistics.median(r / b for r, b in zip(readies, bares, strict=True)),
    }
    print(json.dumps(result, indent=2))
    record(
        "5,000 notes to a usable window (fresh process)",
        readies,
        "s",
        target="<= 0.8 s",
        peer="a bare PySide6 window",
        peer_values=bares,
    )
    record("  the same, CPU", cpus, "s")
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

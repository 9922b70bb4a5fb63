"""Run by test_dpr2.py in a fresh process at device pixel ratio 2 (Qt picks it at start).

Walks the main window in each phase, the sketch roll and the projector, usual and high contrast;
prints what is clipped as JSON, and saves screenshots when given a folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    from bricoleur_desk.domain.model import Phase
    from bricoleur_desk.ui.look import apply_look
    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings
    from bricoleur_desk.workspace.files import write_demo
    from tests.accessibility.clipping import clipped

    work = Path(sys.argv[1])
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    results: dict[str, object] = {"dpr": app.primaryScreen().devicePixelRatio()}
    for high_contrast in (False, True):
        apply_look(app, high_contrast)
        tag = "high-contrast-" if high_contrast else ""
        window = MainWindow(Settings(QSettings(str(work / f"{tag}s.ini"), QSettings.Format.IniFormat)))
        window.resize(1366, 768)
        window.show()
        window.open_path(write_demo(work / f"{tag}demo.bricoleur"))
        window.set_high_contrast(high_contrast)
        views = window.workspace.views
        for phase in (Phase.PREPARE, Phase.INVENTORY, Phase.DISCUSS, Phase.CLOSE):
            views.phase_bar.choose(phase)
            QTest.qWait(150)
            results[f"{tag}{phase.value}"] = clipped(window)
            if shots is not None:
                window.grab().save(str(shots / f"dpr2-{tag}{phase.value}.png"))
        views.tabs.setCurrentWidget(views.sketch_tab)
        QTest.qWait(300)
        results[f"{tag}sketch"] = clipped(window)
        if shots is not None:
            window.grab().save(str(shots / f"dpr2-{tag}sketch.png"))
        views.tabs.setCurrentIndex(0)
        views.projector.toggle()
        room = views.projector.window
        room.resize(1920, 1080)
        for phase in (Phase.PREPARE, Phase.INVENTORY, Phase.DISCUSS):
            views.phase_bar.choose(phase)
            QTest.qWait(300)
            results[f"{tag}projector {phase.value}"] = clipped(room)
            if shots is not None:
                room.grab().save(str(shots / f"dpr2-{tag}projector-{phase.value}.png"))
        results[f"{tag}image_dpr"] = room.grab().devicePixelRatio()
        window.activateWindow()
        window.commands.promises.trigger()
        register = window.promises.register
        register.resize(1100, 600)
        QTest.qWait(150)
        results[f"{tag}promises register"] = clipped(register)
        people = window.people.show_register(modal=False)
        QTest.qWait(150)
        results[f"{tag}people register"] = clipped(people)
        from bricoleur_desk.ui.report_dialog import ReportDialog

        report = ReportDialog(window.opened.session, work, window, open_viewer=False)
        report.show()
        QTest.qWait(300)
        results[f"{tag}report dialog"] = clipped(report)
        if shots is not None:
            report.grab().save(str(shots / f"dpr2-{tag}report-dialog.png"))
        for dialog in (report, people, register):
            dialog.close()
        window.close()
        QTest.qWait(50)
    print(json.dumps(results))


if __name__ == "__main__":
    main()

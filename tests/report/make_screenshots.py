"""Render the demo dossier's public report to docs/screenshots/report-page-N.png (pdftoppm -r 50).

Run: ``/work/venv/bin/python -m tests.report.make_screenshots`` from the repository root.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from bricoleur_desk.workspace.demo import build_demo_dossier
from bricoleur_desk.workspace.reporting import export_report

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


def _page_text(pdf: Path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main() -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("report-page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "verslag.pdf"
        result = export_report(build_demo_dossier(), pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(Path(tmp) / "page")], check=True)
        for index, page in enumerate(sorted(Path(tmp).glob("page-*.png")), start=1):
            page.rename(SHOTS / f"report-page-{index}.png")
        # the sketch page at print resolution: the strokes stay sharp (vector)
        sketch_page = next(i for i in range(1, result.pages + 1) if "Getoonde vellen" in _page_text(pdf, i))
        crop = ["-x", "560", "-y", "420", "-W", "900", "-H", "600"]
        subprocess.run(
            ["pdftoppm", "-png", "-r", "200", "-f", str(sketch_page), "-l", str(sketch_page), *crop,
             "-singlefile", str(pdf), str(SHOTS / "report-sketch-zoom")],
            check=True,
        )  # fmt: skip
    print(f"{result.pages} pages written to {SHOTS}")
    _dialogs()


def _dialogs() -> None:
    """The export and house-style dialogs over the demo dossier, grabbed offscreen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bricoleur_desk.ui.house_style_dialog import HouseStyleDialog
    from bricoleur_desk.ui.report_dialog import ReportDialog
    from bricoleur_desk.workspace.session import DossierSession

    app = QApplication.instance() or QApplication([])
    session = DossierSession(build_demo_dossier())
    dialog = ReportDialog(session, Path.home() / "Documenten", open_viewer=False)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(SHOTS / "report-dialog.png"))
    style = HouseStyleDialog(session)
    style.show()
    app.processEvents()
    style.grab().save(str(SHOTS / "report-house-style-dialog.png"))


if __name__ == "__main__":
    main()

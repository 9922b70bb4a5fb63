"""Pictures of the accessible outputs of the demo dossier's public report, in docs/screenshots/.

- report-tagged-page-N.png: pages of the tagged PDF with each structure element outlined and
  named as pdfplumber reads the tree back (H1, P, LI, TH, TD, Figure ...; grey: artifacts).
- report-word-page-N.png: the Word version, laid out by LibreOffice (``libreoffice --headless
  --convert-to pdf``); left out with a message where LibreOffice is not installed.

Run: ``python -m tests.report.make_tagged_screenshots`` from the repository root.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
from PIL import ImageDraw

from bricoleur_desk.workspace.demo import build_demo_dossier
from bricoleur_desk.workspace.reporting import export_report

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
COLOURS = {
    "H1": "#d62728",
    "H2": "#ff7f0e",
    "P": "#1f77b4",
    "LBody": "#2ca02c",
    "TH": "#9467bd",
    "TD": "#8c564b",
    "Figure": "#e377c2",
    "TOCI": "#17becf",
}
RESOLUTION = 72


def _leaves(element: dict, out: list[tuple[str, list[int]]]) -> None:
    if element.get("mcids"):
        out.append((element["type"], element["mcids"]))
    for kid in element.get("children", []):
        _leaves(kid, out)


def tagged_page(pdf_path: Path, number: int, target: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[number - 1]
        image = page.to_image(resolution=RESOLUTION).original.convert("RGB")
        draw = ImageDraw.Draw(image, "RGBA")
        scale = RESOLUTION / 72
        objects = page.chars + page.rects + page.lines + page.images + page.curves
        for obj in objects:
            if obj.get("tag") == "Artifact":
                box = [obj["x0"] * scale, obj["top"] * scale, obj["x1"] * scale, obj["bottom"] * scale]
                draw.rectangle(box, fill=(128, 128, 128, 60))
        leaves: list[tuple[str, list[int]]] = []
        for element in page.structure_tree:
            _leaves(element, leaves)
        for role, mcids in leaves:
            mine = [o for o in objects if o.get("mcid") in mcids]
            if not mine:
                continue
            box = [
                min(o["x0"] for o in mine) * scale - 1,
                min(o["top"] for o in mine) * scale - 1,
                max(o["x1"] for o in mine) * scale + 1,
                max(o["bottom"] for o in mine) * scale + 1,
            ]
            colour = COLOURS.get(role, "#000000")
            draw.rectangle(box, outline=colour, width=1)
            draw.text((box[2] + 2, box[1]), role, fill=colour)
        image.save(target)


def word_pages(docx: Path, folder: Path) -> list[Path]:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print("LibreOffice is not installed: no pictures of the Word version")
        return []
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = folder / (docx.stem + ".pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(folder / "word")], check=True)
    return sorted(folder.glob("word-*.png"))


def main() -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in [*SHOTS.glob("report-tagged-page-*.png"), *SHOTS.glob("report-word-page-*.png")]:
        old.unlink()
    dossier = build_demo_dossier()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf, docx = folder / "verslag.pdf", folder / "verslag.docx"
        result = export_report(dossier, pdf)
        export_report(dossier, docx)
        for number in range(1, result.pages + 1):
            tagged_page(pdf, number, SHOTS / f"report-tagged-page-{number}.png")
        pages = word_pages(docx, folder)
        for index, page in enumerate(pages, start=1):
            shutil.copy(page, SHOTS / f"report-word-page-{index}.png")
    print(f"{result.pages} tagged pages and {len(pages)} Word pages written to {SHOTS}")


if __name__ == "__main__":
    main()

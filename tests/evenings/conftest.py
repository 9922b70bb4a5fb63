"""The demo dossier (two evenings) in a temporary folder, and spreadsheets written as Excel writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bricoleur_desk.workspace.files import write_demo

# what residents wrote, with the letters a Dutch spreadsheet really holds
REACTIONS = [
    ("Te veel verkeer op de Kraanstraat, ook ’s nachts", "Bewoners Kraanstraat", "Verkeer"),
    ("Graag een café-terras en bankjes", "Jongerenraad", "Ontmoeten"),
    ("Zorg dat de reeën in het park blijven: één groen hart", "", "Groen"),
]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.bricoleur")


def write_csv(path: Path, rows: list[tuple[str, ...]], *, encoding: str, separator: str = ";") -> Path:
    """A CSV file as Excel saves it: CRLF line ends, quotes only where needed."""
    lines = []
    for row in rows:
        cells = [f'"{c}"' if separator in c or '"' in c else c for c in row]
        lines.append(separator.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[tuple[object, ...]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path

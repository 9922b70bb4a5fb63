"""The peer: Xournal++ (Debian package ``xournalpp``), fed the same strokes as a ``.xopp`` file."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from bricoleur_desk.domain.model import Stroke


def xournal_available() -> bool:
    return shutil.which("xournalpp") is not None


def write_xopp(path: Path, pages: Sequence[Sequence[Stroke]], size: tuple[float, float]) -> None:
    """Write one Xournal++ page per stroke list (black pen, each stroke's width)."""
    width, height = size
    parts = ['<?xml version="1.0" standalone="no"?>\n<xournal creator="bricoleur-bench" fileversion="4">\n']
    for strokes in pages:
        parts.append(
            f'<page width="{width:.2f}" height="{height:.2f}"><background type="solid" '
            'color="#ffffffff" style="plain"/><layer>\n'
        )
        for stroke in strokes:
            pts = stroke.points
            coords = " ".join(f"{pts[i]:.2f} {pts[i + 1]:.2f}" for i in range(0, len(pts), 3))
            parts.append(
                f'<stroke tool="pen" color="#000000ff" width="{stroke.width:.2f}">{coords}</stroke>\n'
            )
        parts.append("</layer></page>\n")
    parts.append("</xournal>\n")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("".join(parts))


def time_pdf_export(xopp: Path, pdf: Path, display_env: dict[str, str] | None = None) -> float:
    """Seconds Xournal++ takes to export ``xopp`` to ``pdf`` from the command line."""
    start = time.perf_counter()
    subprocess.run(
        ["xournalpp", "-p", str(pdf), str(xopp)],
        check=True,
        capture_output=True,
        env=display_env,
        timeout=600,
    )
    return time.perf_counter() - start

"""A map background too large to decode is left out of the report, which says so, before decoding."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image

from bricoleur_desk.domain.model import Background, BackgroundKind
from bricoleur_desk.workspace.reporting import export_report

from .conftest import pdf_text, squeezed
from .sample import sample_dossier


def _declared_png(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` x ``height`` px (its pixel data is cut short)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def _bomb() -> bytes:
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")  # 12 KB on disk, 300 MB as RGB
    return out.getvalue()


def _with_map(data: bytes):  # noqa: ANN202 - a Dossier
    dossier = sample_dossier()
    canvas = next(c for m in dossier.meetings for c in m.canvases if c.background.kind == BackgroundKind.IMAGE)
    canvas.background = Background(BackgroundKind.IMAGE, "image/png", data)
    return dossier


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (_bomb(), "The map under this sketch was left out: 10000 x 10000 px, more than 40 megapixels."),
        (_declared_png(60_000, 60_000), "The map under this sketch was left out: 60000 x 60000 px, more than 40 megapixels."),
    ],
    ids=["100-megapixels", "60000-square"],
)
def test_a_huge_map_is_left_out_and_the_report_says_so(tmp_path: Path, data: bytes, said: str) -> None:
    assert len(data) < 20_000
    out = tmp_path / "verslag.pdf"
    export_report(_with_map(data), out, lang="en")
    assert squeezed(said) in squeezed(pdf_text(out))


def test_a_normal_map_is_printed_and_nothing_is_said(tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    export_report(sample_dossier(), out, lang="en")
    assert "left out" not in pdf_text(out).replace("characters left out", "")


def test_the_report_of_a_100_megapixel_map_stays_small_in_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_bomb())
    code = textwrap.dedent(f"""
        from pathlib import Path
        from bricoleur_desk.domain.model import Background, BackgroundKind
        from bricoleur_desk.workspace.reporting import export_report
        from tests.report.sample import sample_dossier
        dossier = sample_dossier()
        canvas = next(c for m in dossier.meetings for c in m.canvases if c.background.kind == BackgroundKind.IMAGE)
        canvas.background = Background(BackgroundKind.IMAGE, "image/png", Path({str(bomb)!r}).read_bytes())
        export_report(dossier, Path({str(tmp_path / "v.pdf")!r}), lang="en")
        # VmHWM: this process image's peak (ru_maxrss would include the parent's, kept across exec)
        status = Path("/proc/self/status").read_text()
        print(int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) // 1024)
    """)
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=300)
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stdout.split()[-1])
    assert peak_mb < 250, f"{peak_mb} MB"  # 53 MB here; 551 MB when the map was decoded

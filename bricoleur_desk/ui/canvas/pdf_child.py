"""Drawing one PDF page in a child process, under a memory limit; the parent enforces the time limit.

A PDF chosen as a map background comes from anywhere: a 262 KB plan hung the window for 200 s
and took 1.9 GB while pdfium drew it. Drawn here, in a process of its own (no Qt), the window
keeps painting, a page that takes too long is stopped by killing the process, and the address
space is capped (``RLIMIT_AS``, where the system has it) before the page is drawn.

``python -m bricoleur_desk.ui.canvas.pdf_child PDF PAGE SCALE MEMORY_MB OUT`` writes the page as
raw pixels to OUT: a 16-byte header (width, height, stride, mode as four big-endian ints) and
the rows. Exit codes: 0 done, 3 out of memory, 4 could not be drawn (reason on stderr).
"""

from __future__ import annotations

import struct
import sys

MODES = ("RGB", "RGBA", "RGBX", "L")
OUT_OF_MEMORY = 3
NOT_DRAWN = 4


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: only the time limit applies
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = megabytes * 2**20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: list[str]) -> int:
    path, page_index, scale, memory_mb, out = argv[0], int(argv[1]), float(argv[2]), int(argv[3]), argv[4]
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
        page = pdf[page_index]
        _limit_memory(memory_mb)  # after the imports: what the page needs is what is limited
        bitmap = page.render(scale=scale, rev_byteorder=True)
        header = struct.pack(">IIII", bitmap.width, bitmap.height, bitmap.stride, MODES.index(bitmap.mode))
        pixels = bitmap.buffer
        with open(out, "wb") as f:
            f.write(header)
            f.write(pixels)
    except MemoryError:
        return OUT_OF_MEMORY
    except Exception as error:  # noqa: BLE001 - pdfium's own error types for broken content
        print(error, file=sys.stderr)
        return NOT_DRAWN
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Reading one image file in a child process, under a memory limit; the parent enforces the time limit.

An image chosen as a map background comes from anywhere: its header may claim absurd dimensions,
its data may be crafted to decode slowly. Read here, in a process of its own, the window keeps
painting, a file that takes too long is stopped by killing the process, and the address space is
capped (``RLIMIT_AS``, where the system has it) before the pixels are decoded.

``python -m bricoleur_desk.ui.canvas.image_child IMAGE MEMORY_MB OUT`` writes the image at its
working size as raw RGB32 pixels to OUT: a 12-byte header (width, height, bytes per line as
big-endian ints) and the rows. Exit codes: 0 done, 3 out of memory, 5 refused (the
BackgroundError's message id and values as JSON on stderr, so the window says it in its language).
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

from .pdf_child import OUT_OF_MEMORY, _limit_memory

REFUSED = 5


def main(argv: list[str]) -> int:
    path, memory_mb, out = Path(argv[0]), int(argv[1]), argv[2]
    from .backgrounds import BackgroundError, read_image

    _limit_memory(memory_mb)  # after the imports: what the image needs is what is limited
    try:
        image = read_image(path)  # refuses absurd dimensions from the header before decoding
        header = struct.pack(">III", image.width(), image.height(), image.bytesPerLine())
        with open(out, "wb") as f:
            f.write(header)
            f.write(bytes(image.constBits()))
    except BackgroundError as error:
        values = {k: v if isinstance(v, int | float) else str(v) for k, v in error.message.values.items()}
        json.dump({"id": error.message_id, "values": values}, sys.stderr)
        return REFUSED
    except MemoryError:
        return OUT_OF_MEMORY
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

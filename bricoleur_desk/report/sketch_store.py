"""What a report may keep between reports: each sheet's compressed stroke forms and each map at print size.

The sketches are most of a report's work (rounding and compressing 40,000 strokes, decoding
and scaling 20 maps), yet they change only when a sheet is edited. A :class:`SketchStore` is
filled by whoever read the dossier (workspace wires the dossier file to it): ``sheet_keys``
holds, per sheet, a key that changes with every change to its strokes as stored, and
``found`` the entries kept from earlier reports. The report looks entries up by a key made of
those and of everything else the bytes depend on (the scale, the format below), so an entry
made for other strokes is never found; what it builds anew it leaves in ``made`` for the
caller to keep. Every key is signed with ``secret``, a key of this user's (workspace keeps it
outside the dossier): entries in a dossier made elsewhere, or written into it by hand, are
never found, and every entry's bytes carry a seal made with the same secret, so bytes changed
in the file are never taken either: nothing goes from a file into a report unchecked. Nothing here knows
about files.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.model import Stroke

# raise when the bytes made for the same strokes change (sketch_paths, PRINT_DPI, JPEG quality)
FORMAT = "sketch-forms-1"

SEAL_BYTES = 32
Layers = list[tuple[str, float, bytes]]  # (ink layer name, opacity, compressed form stream)


@dataclass
class SketchStore:
    sheet_keys: dict[str, str] = field(default_factory=dict)  # sheet id -> key of its strokes as stored
    found: dict[str, bytes] = field(default_factory=dict)  # entry key -> bytes kept from earlier reports
    # the strokes of a sheet that were not read because an entry was expected (None: all were read)
    strokes_of: Callable[[str], list[Stroke]] | None = None
    skipped: frozenset[str] = frozenset()  # sheets read without their strokes
    made: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)  # key -> (kind, owner, bytes)
    secret: bytes = b""  # signs every key (at most 64 bytes)

    def forms_key(self, sheet_id: str, scale: float, height: float) -> str | None:
        """The key of a sheet's forms, or None when the file gave no key for its strokes."""
        content = self.sheet_keys.get(sheet_id)
        if content is None:
            return None
        return self.signed(_digest(FORMAT, "forms", sheet_id, content, repr(scale), repr(height)))

    def take(self, key: str | None) -> bytes | None:
        """The bytes kept under ``key``, or None: none kept, or not as this user kept them."""
        blob = self.found.get(key) if key is not None else None
        if blob is None or len(blob) < SEAL_BYTES:
            return None
        seal, data = blob[:SEAL_BYTES], blob[SEAL_BYTES:]
        return data if hmac.compare_digest(seal, self._seal(key or "", data)) else None

    def keep(self, key: str, kind: str, owner: str, data: bytes) -> None:
        """Leave ``data`` in ``made`` under ``key``, sealed: changed bytes are never taken."""
        self.made[key] = (kind, owner, self._seal(key, data) + data)

    def _seal(self, key: str, data: bytes) -> bytes:
        seal = hashlib.blake2b(data, key=self.secret[:64], digest_size=SEAL_BYTES, person=b"bd-report-seal")
        seal.update(key.encode())
        return seal.digest()

    def signed(self, key: str) -> str:
        """The key under which an entry is kept: ``key`` signed with this user's secret."""
        return hashlib.blake2b(key.encode(), key=self.secret[:64], digest_size=20).hexdigest()

    def strokes(self, sheet_id: str, loaded: list[Stroke]) -> list[Stroke]:
        """The sheet's strokes: ``loaded`` unless they were left unread."""
        if sheet_id in self.skipped and self.strokes_of is not None:
            return self.strokes_of(sheet_id)
        return loaded


def background_key(data_digest: str, px_w: int, px_h: int) -> str:
    return _digest(FORMAT, "background", data_digest, str(px_w), str(px_h))


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()


def pack_layers(layers: Layers) -> bytes:
    """One blob: a JSON head (name, opacity, length per layer) and the streams one after another."""
    head = json.dumps([[name, opacity, len(data)] for name, opacity, data in layers]).encode()
    return struct.pack(">I", len(head)) + head + b"".join(data for _, _, data in layers)


def unpack_layers(blob: bytes) -> Layers | None:
    """The layers of :func:`pack_layers`; None for bytes it did not make (never trusted blindly)."""
    try:
        (size,) = struct.unpack_from(">I", blob)
        head = json.loads(blob[4 : 4 + size])
        at = 4 + size
        layers: Layers = []
        for name, opacity, length in head:
            if not isinstance(name, str) or not isinstance(length, int) or at + length > len(blob):
                return None
            layers.append((name, float(opacity), bytes(blob[at : at + length])))
            at += length
    except (struct.error, ValueError, TypeError):
        return None
    return layers if at == len(blob) else None

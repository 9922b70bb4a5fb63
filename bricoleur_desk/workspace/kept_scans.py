"""The name scanner's findings kept in the dossier, so that a report loads the scanner only for new text.

Loading deduce's lookup structures costs ~1.9 s CPU and scanning the ~5,000 texts a public report
of a full evening prints (the texts, then again the masked copy's) ~2.5 s: together twice what the
rest of the report costs (#17). A text's names and addresses depend only on the text and on the
scanner, so they are kept (one ``report_cache`` row, sealed with the user's secret like the
sketches, report/sketch_store.py) under a digest of the text keyed with that secret, and the
row under a fingerprint of the scanner: deduce's version, its prepared structures and this
app's scanning code. Another scanner, or bytes changed in the file, and every text is scanned
again. :class:`KeptScans` stands in for a :class:`NameScanner`: it answers from what is kept,
and loads the real scanner (once) for the first text it has not seen.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.errors import UserError
from ..report.sketch_store import SketchStore
from ..storage.report_cache import NAMES
from .name_scanner import NameScanner, lookup_cache

MAX_KEPT = 50_000  # texts kept; past it only those of the last report stay

Scan = tuple[list[tuple[int, int]], list[tuple[int, int]]]

_fingerprints: list[str] = []


def scanner_fingerprint() -> str:
    """What a scan depends on besides the text: deduce's version, its lookup structures, this code.

    Read from files only (deduce is not imported): a report that finds every scan kept never
    loads it.
    """
    if not _fingerprints:
        parts = [__version__.encode()]
        try:
            parts.append(Path(__file__).with_name("name_scanner.py").read_bytes())  # a bundle may lack it
            parts.append(importlib.metadata.version("deduce").encode())
            stat = lookup_cache().stat()
            parts.append(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        except (OSError, importlib.metadata.PackageNotFoundError, UserError):
            parts.append(b"no deduce")
        _fingerprints.append(hashlib.blake2b(b"\x1f".join(parts), digest_size=20).hexdigest())
    return _fingerprints[0]


def names_key(store: SketchStore) -> str:
    """The key of the row that keeps the scans of this scanner."""
    digest = hashlib.blake2b(f"bd-names\x1f{scanner_fingerprint()}".encode(), digest_size=20).hexdigest()
    return store.signed(digest)


class KeptScans:
    """A :class:`NameScanner` that answers from the scans kept in the dossier; ``load`` gives the real one."""

    def __init__(self, store: SketchStore, load: Callable[[], NameScanner]) -> None:
        self._store = store
        self._load = load
        self._scanner: NameScanner | None = None
        self._key = names_key(store)
        self._kept = _unpack(store.take(self._key))
        self._used: set[str] = set()
        self.made = 0  # texts scanned by the real scanner
        self.found = 0  # texts answered from what was kept

    @property
    def loaded(self) -> bool:
        """Whether the real scanner had to be loaded."""
        return self._scanner is not None

    def scan(self, text: str) -> Scan:
        if not text or not text.strip():
            return [], []
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._store.secret[:64], digest_size=16)
        digest = key.hexdigest()
        self._used.add(digest)
        kept = self._kept.get(digest)
        if kept is not None:
            self.found += 1
            return kept
        if self._scanner is None:
            self._scanner = self._load()
        names, addresses = self._scanner.scan(text)
        self._kept[digest] = (list(names), list(addresses))
        self.made += 1
        return names, addresses

    def find(self, text: str) -> list[tuple[int, int]]:
        return self.scan(text)[0]

    def keep(self) -> None:
        """Leave the scans in the store's ``made`` when there are new ones (kept with the sketches)."""
        if not self.made:
            return
        kept = self._kept
        if len(kept) > MAX_KEPT:
            kept = {digest: scan for digest, scan in kept.items() if digest in self._used}
        data = json.dumps({d: [n, a] for d, (n, a) in kept.items()}, separators=(",", ":")).encode()
        self._store.keep(self._key, NAMES, "", data)


def _unpack(data: bytes | None) -> dict[str, Scan]:
    """The kept scans; nothing for bytes not made by :meth:`KeptScans.keep` (sealed, yet checked)."""
    if data is None:
        return {}
    try:
        raw: Any = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(raw, dict):
        return {}
    scans: dict[str, Scan] = {}
    for digest, value in raw.items():
        try:
            names, addresses = value
            scans[digest] = (
                [(int(s), int(e)) for s, e in names],
                [(int(s), int(e)) for s, e in addresses],
            )
        except (TypeError, ValueError):
            continue
    return scans

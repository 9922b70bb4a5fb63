"""Notes' ink painted once into grey images, so that turning the projector's page blits them.

Laying out the glyphs of a note at 24-32 pt costs 60-110 us on this 2-core machine; blitting
the same pixels from a ``Grayscale8`` image costs 10-16 us, and they are pixel for pixel the
same (black or grey ink on white; the highlight, the theme's colour bar and the coloured
answers are still drawn as before). A page turn paints 35-65 notes, so this is most of it.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

INK_BUDGET = 48 * 1024 * 1024  # bytes of images kept: about 800 notes at the smallest type
INK_LEFT = 10  # a note's ink starts this far right of its row (after the theme's colour bar)
INK_SPARE = 8  # room right of the column for a glyph's overhang

Key = tuple[str, int]  # note id, layout
Signature = tuple[str, str, str, bool]  # number label, text, group, faded: what the ink shows


class InkCache:
    """The most recently painted notes' ink, least recently used dropped first."""

    def __init__(self, budget: int = INK_BUDGET) -> None:
        self._images: OrderedDict[Key, tuple[Signature, QImage]] = OrderedDict()
        self._bytes = 0
        self._budget = budget
        self.hits = 0  # images blitted: the tests check the cache is used

    def image(self, key: Key, signature: Signature) -> QImage | None:
        """The note's ink if it is still what the note shows."""
        found = self._images.get(key)
        if found is None or found[0] != signature:
            return None
        self._images.move_to_end(key)
        self.hits += 1
        return found[1]

    def has_room(self) -> bool:
        """Room left for inking ahead (painted notes are inked anyway, dropping the oldest)."""
        return self._bytes < self._budget * 0.9

    def holds(self, key: Key, signature: Signature) -> bool:
        found = self._images.get(key)
        return found is not None and found[0] == signature

    def store(self, key: Key, signature: Signature, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old[1].sizeInBytes()
        self._images[key] = (signature, image)
        self._bytes += image.sizeInBytes()
        while self._bytes > self._budget and self._images:
            _, (_, dropped) = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._images)

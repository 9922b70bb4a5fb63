"""The table of contents, laid out before the page numbers are known.

Every entry is one line of fixed height, so the contents take the same room whatever the
numbers turn out to be. Each block draws a Form XObject that is only defined once the whole
report is laid out (PDF allows forward references), so one layout pass is enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR
from .styles import INK, MUTED

LINE_HEIGHT = {0: 19.0, 1: 14.5}
FONT = {0: (BOLD, 10.5), 1: (REGULAR, 9.5)}
INDENT = {0: 0.0, 1: 16.0}


@dataclass(frozen=True)
class ContentsEntry:
    level: int
    title: str  # plain, drawable text
    key: str  # the bookmark the entry links to


class ContentsBlock(Flowable):
    """Some lines of the table of contents: a placeholder form now, links to the sections."""

    def __init__(self, name: str, entries: list[ContentsEntry], width: float) -> None:
        super().__init__()
        self.name = name
        self.entries = entries
        self.width = width
        self.height = sum(LINE_HEIGHT[e.level] for e in entries)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.name)
        y = self.height
        for entry in self.entries:
            top, y = y, y - LINE_HEIGHT[entry.level]
            self.canv.linkRect("", entry.key, (0, y, self.width, top), relative=1, thickness=0)

    def draw_form(self, canv: Any, pages: dict[str, int]) -> None:
        """Define the block's form, now that every section's page is known."""
        canv.beginForm(self.name, 0, 0, self.width, self.height)
        y = self.height
        for entry in self.entries:
            y -= LINE_HEIGHT[entry.level]
            font, size = FONT[entry.level]
            baseline = y + 4.5
            number = str(pages.get(entry.key, ""))
            canv.setFillColor(INK if entry.level == 0 else MUTED)
            canv.setFont(font, size)
            x = INDENT[entry.level]
            title = _clip(canv, entry.title, font, size, self.width - x - 40)
            canv.drawString(x, baseline, title)
            canv.drawRightString(self.width, baseline, number)
            start = x + canv.stringWidth(title, font, size) + 6
            end = self.width - canv.stringWidth(number, font, size) - 6
            if end > start:
                canv.setStrokeColor(MUTED)
                canv.setLineWidth(0.6)
                canv.setDash(0.6, 3)
                canv.line(start, baseline, end, baseline)
                canv.setDash()
        canv.endForm()


def contents_blocks(
    entries: list[ContentsEntry], width: float, first: float, rest: float
) -> list[ContentsBlock]:
    """Entries packed into blocks of at most ``first`` (then ``rest``) points high."""
    blocks: list[ContentsBlock] = []
    chunk: list[ContentsEntry] = []
    room, used = first, 0.0
    for entry in entries:
        h = LINE_HEIGHT[entry.level]
        if chunk and used + h > room:
            blocks.append(ContentsBlock(f"contents-{len(blocks)}", chunk, width))
            chunk, used, room = [], 0.0, rest
        chunk.append(entry)
        used += h
    if chunk:
        blocks.append(ContentsBlock(f"contents-{len(blocks)}", chunk, width))
    return blocks


def _clip(canv: Any, text: str, font: str, size: float, width: float) -> str:
    if canv.stringWidth(text, font, size) <= width:
        return text
    while text and canv.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"

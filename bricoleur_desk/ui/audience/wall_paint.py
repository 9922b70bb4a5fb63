"""How one theme header and one note are painted on the projector's wall.

Every text painted is recorded in ``painted_texts``: the privacy test reads what the room saw.
A note's number, text and group are blitted from its ink (see ``wall_ink``) once it has been
inked after its first paint; until then, and while it is the newest or in focus, they are drawn.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from math import ceil

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QStaticText

from ...domain.contrast import readable_text, strengthened
from ...workspace.wall_layout import WallLayout, WallRow
from .colours import NORMAL, RoomColours
from .wall_ink import INK_LEFT, INK_SPARE, InkCache, Signature
from .wall_parts import (
    FOCUS_PEN,
    LAYOUTS,
    MARKS,
    _Fonts,
    _static_text,
)

INK_SLICE = 0.004  # seconds of inking ahead per turn of the event loop
INK_STRIP = 64  # rows of ink blitted at a time


class WallPainter:
    """Paints the wall's rows where its layout put them, and keeps the notes' ink.

    The wall widget gives it its fonts per layout, a note's laid-out text, and a way to finish
    a flow left for later (inking ahead needs every row's place).
    """

    def __init__(
        self,
        wall_layout: WallLayout,
        fonts_for: Callable[[int], _Fonts],
        static: Callable[[WallRow, int], tuple[QStaticText, QStaticText | None]],
        finish_flow: Callable[[], None],
    ) -> None:
        self.wall_layout = wall_layout
        self._fonts_for = fonts_for
        self._static = static
        self._finish_flow = finish_flow
        self.painted_texts: list[str] = []  # what the last paint drew: the privacy test reads it
        self.ink = InkCache()
        self.colours = NORMAL  # or the high-contrast set: set_colours
        self._colours: dict[str, QColor] = {}
        self._to_ink: dict[tuple[str, int], WallRow] = {}  # painted without ink: ink them when idle
        self._ahead: list[WallRow] = []  # notes on the pages a new note would turn to, not inked yet
        self._ahead_of: object = None  # the places _ahead was found in

    def set_colours(self, colours: RoomColours) -> None:
        """Paint in these colours from now on (the notes' ink is made again in them)."""
        self.colours = colours
        self.forget_ink()

    def _c(self, name: str) -> QColor:
        """A colour of the set, as a QColor made once."""
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = QColor(name)
        return colour

    def forget_ink(self) -> None:
        """Drop every note's ink (the type size changed)."""
        self.ink.clear()
        self._to_ink.clear()

    def has_ink_to_do(self) -> bool:
        """Notes painted without ink, or the layout changed since the last inking ahead."""
        return bool(self._to_ink) or self._ahead_of is not self.wall_layout.places

    def draw(self, painter: QPainter, rect: QRect, flags: int, text: str) -> None:
        self.painted_texts.append(text)
        painter.drawText(rect, flags, text)

    def paint_header(
        self, painter: QPainter, entry: WallRow, rect: QRect, f: _Fonts, suffix: str = "", focused: bool = False
    ) -> None:
        """A theme's coloured band; outlined when the facilitator chose the theme in Discuss."""
        band = QRect(
            rect.left(), rect.top() + f.fm.height() // 3, rect.width(), rect.height() - f.fm.height() // 3
        )
        c = self.colours
        if focused:
            pen = max(2, round(FOCUS_PEN * c.focus_pen * f.fm.height() / 60))
            painter.setPen(QPen(self._c(c.focus_outline), pen))
            outline = band.adjusted(-pen - 4, -pen - 2, pen + 4, pen + 2)
            painter.drawRect(outline.adjusted(pen // 2, pen // 2, -(pen // 2), -(pen // 2)))
        fill = entry.color or c.band
        if c.strong_bands:
            fill = strengthened(fill)  # the theme's hue, dark or light enough for 7:1
        painter.fillRect(band, self._c(fill))
        painter.setFont(f.header)
        painter.setPen(self._c(readable_text(fill)))  # a theme's colour may be light: black on it then
        name = f"{entry.text} {suffix}" if suffix else entry.text
        label = self._label(name, f.header_labels, f.header)
        top = band.top() + (band.height() - int(label.size().height())) // 2
        self._draw_static(painter, band.left() + f.fm.height() // 3, top, label, name)

    def paint_note(
        self, painter: QPainter, entry: WallRow, rect: QRect, f: _Fonts, highlighted: bool, focused: bool = False
    ) -> None:
        """A note in ``rect``: marked yellow when it is the newest, outlined (in ``f``'s larger type) in focus."""
        spacing = f.fm.height() // 3  # below every note
        c = self.colours
        if focused:
            pen = max(2, round(FOCUS_PEN * c.focus_pen * f.fm.height() / 60))
            outline = rect.adjusted(-pen - 4, -pen, pen + 4, pen - spacing)
            painter.fillRect(outline, self._c(c.highlight if highlighted else c.focus_fill))
            painter.setPen(QPen(self._c(c.focus_outline), pen))
            painter.drawRect(outline.adjusted(pen // 2, pen // 2, -(pen // 2), -(pen // 2)))
        elif highlighted:
            painter.fillRect(rect, self._c(c.highlight))
        if entry.color:
            colour = self._c(entry.color)
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height() - f.fm.height() // 3), colour)
        chosen = self.wall_layout.chosen
        text, answer = self._static(entry, chosen)
        signature = self.signature(entry)
        drawn = highlighted or focused  # on a coloured ground, or in the larger type
        ink = None if drawn else self.ink.image((entry.id, chosen), signature)
        if ink is None:
            self._paint_ink(painter, entry, rect, f)
            if not drawn:
                self._to_ink[(entry.id, chosen)] = entry
        else:
            self._blit(painter, rect.left() + INK_LEFT, rect.top(), ink)
            self.painted_texts += [signature[0], entry.text] + ([entry.group] if entry.group else [])
        if answer is not None:
            y = rect.top() + int(text.size().height()) + (f.small_fm.height() if entry.group else 0)
            painter.setFont(f.answer)
            painter.setPen(self._c(c.status.get(entry.status, c.ink)))
            self._draw_static(painter, rect.left() + f.gutter, y, answer, answer.text())

    @staticmethod
    def _blit(painter: QPainter, x: int, y: int, ink: QImage) -> None:
        # in strips of at most 64 rows: Qt's raster engine hands a taller image to its thread
        # pool and waits for it, which on two shared cores costs more than it saves
        dpr = round(ink.devicePixelRatio())
        step = INK_STRIP // dpr * dpr
        for top in range(0, ink.height(), step):
            rows = QRect(0, top, ink.width(), min(step, ink.height() - top))
            painter.drawImage(QPoint(x, y + top // dpr), ink, rows)

    @staticmethod
    def signature(entry: WallRow) -> Signature:
        """What a note's ink shows: its ink is reused while this stays the same."""
        return f"{entry.number}{MARKS.get(entry.kind, '')}", entry.text, entry.group, entry.status == "merged"

    def _paint_ink(self, painter: QPainter, entry: WallRow, rect: QRect, f: _Fonts) -> None:
        """The note's number, text and group: black or grey on white, nothing else."""
        label, _, _, faded = self.signature(entry)
        c = self.colours
        painter.setPen(self._c(c.faded if faded else c.ink))
        painter.setFont(f.header)
        top = rect.top() + (f.fm.ascent() - f.header_fm.ascent())
        number = self._label(label, f.header_labels, f.header)
        self._draw_static(painter, rect.left() + INK_LEFT, top, number, label)
        text, _ = self._static(entry, self.wall_layout.chosen)
        body_left = rect.left() + f.gutter
        painter.setFont(f.text)
        self._draw_static(painter, body_left, rect.top(), text, entry.text)
        if entry.group:
            painter.setPen(self._c(c.faded if faded else c.group_ink))
            painter.setFont(f.small)
            group = self._label(entry.group, f.small_labels, f.small)
            self._draw_static(painter, body_left, rect.top() + int(text.size().height()), group, entry.group)

    def ink_painted(self, dpr: float) -> bool:
        """Ink the notes painted without it, then (a slice at a time) those a new note may show.

        Called when the event loop is idle, with the wall's device pixel ratio; True if more
        notes wait for their ink.
        """
        if dpr != int(dpr):  # a fractional scale would place glyphs differently in an image
            self._to_ink.clear()
            return False
        self._finish_flow()
        f = self._fonts_for(self.wall_layout.chosen)
        wanted, self._to_ink = list(self._to_ink.values()), {}
        if self._ahead_of is not self.wall_layout.places:
            self._ahead, self._ahead_of = self._landing_notes(), self.wall_layout.places
        painted, self.painted_texts = self.painted_texts, []  # inking shows nothing to the room
        try:
            for entry in wanted:
                self._ink_entry(entry, f, dpr)
            stop = time.perf_counter() + INK_SLICE
            while self._ahead and self.ink.has_room() and time.perf_counter() < stop:
                self._ink_entry(self._ahead.pop(), f, dpr)
        finally:
            self.painted_texts = painted
        return bool(self._ahead) and self.ink.has_room()

    def _ink_entry(self, entry: WallRow, f: _Fonts, dpr: float) -> None:
        if entry.id == self.wall_layout.focus:
            return  # laid out in the larger type: never blitted, and its ink would be too big
        key, signature = (entry.id, self.wall_layout.chosen), self.signature(entry)
        if not self.ink.holds(key, signature):
            self.ink.store(key, signature, self._inked(entry, f, dpr))

    def _landing_notes(self) -> list[WallRow]:
        """The notes on the pages where each theme's notes end: a new note turns to one of them."""
        columns = LAYOUTS[self.wall_layout.chosen][0]
        places, entries = self.wall_layout.places, self.wall_layout.rows
        pages: set[int] = set()
        for row in range(1, len(entries) + 1):
            # the last row of a group: before a header, or the very last
            if row == len(entries) or entries[row].header:
                column = places[row - 1][0] if row - 1 < len(places) else -1
                if column >= 0:
                    pages.add(column // columns)
        landing = [
            entry
            for entry, place in zip(entries, places, strict=False)
            if not entry.header and place[0] >= 0 and place[0] // columns in pages
        ]
        landing.reverse()  # popped from the end: the first pages first
        return landing

    def _inked(self, entry: WallRow, f: _Fonts, dpr: float) -> QImage:
        text, _ = self._static(entry, self.wall_layout.chosen)
        height = int(text.size().height()) + (f.small_fm.height() if entry.group else 0)
        wide = f.gutter + ceil(text.size().width())
        if entry.group:
            wide = max(
                wide, f.gutter + ceil(self._label(entry.group, f.small_labels, f.small).size().width())
            )
        width = max(f.column_width, wide) + INK_SPARE - INK_LEFT
        image = QImage(int(width * dpr), int(height * dpr), QImage.Format.Format_Grayscale8)
        image.setDevicePixelRatio(dpr)
        image.fill(self._c(self.colours.ground))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_ink(painter, entry, QRect(-INK_LEFT, 0, f.column_width, height), f)
        painter.end()
        return image

    @staticmethod
    def _label(text: str, labels: dict[str, QStaticText], font: QFont) -> QStaticText:
        """A short one-line text (a number) laid out once in ``font``, kept in ``labels``."""
        label = labels.get(text)
        if label is None:
            label = labels[text] = _static_text(text, -1, font)
        return label

    def _draw_static(self, painter: QPainter, x: int, y: int, text: QStaticText, plain: str) -> None:
        self.painted_texts.append(plain)
        painter.drawStaticText(x, y, text)

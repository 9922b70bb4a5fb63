"""How one theme header and one note are painted on the projector's wall.

Every text painted is recorded in ``painted_texts``: the privacy test reads what the room saw.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText

from .wall_parts import FADED, HIGHLIGHT, INK, MARKS, STATUS_COLOURS, _Entry, _Fonts, _static_text


class WallPainting:
    """Painting of :class:`NoteWall` rows; the wall supplies the state named below."""

    painted_texts: list[str]
    _highlight: str | None
    _colours: dict[str, QColor]
    _layout: int

    def _static(self, entry: _Entry, layout: int) -> tuple[QStaticText, QStaticText | None]:
        raise NotImplementedError  # the wall's cached layout of a note

    def _draw(self, painter: QPainter, rect: QRect, flags: int, text: str) -> None:
        self.painted_texts.append(text)
        painter.drawText(rect, flags, text)

    def _paint_header(
        self, painter: QPainter, entry: _Entry, rect: QRect, f: _Fonts, suffix: str = ""
    ) -> None:
        band = QRect(
            rect.left(), rect.top() + f.fm.height() // 3, rect.width(), rect.height() - f.fm.height() // 3
        )
        painter.fillRect(band, QColor(entry.color or "#455a64"))
        painter.setFont(f.header)
        painter.setPen(QColor("white"))
        name = f"{entry.text} {suffix}" if suffix else entry.text
        label = self._label(name, f.header_labels, f.header)
        top = band.top() + (band.height() - int(label.size().height())) // 2
        self._draw_static(painter, band.left() + f.fm.height() // 3, top, label, name)

    def _paint_note(self, painter: QPainter, entry: _Entry, rect: QRect, f: _Fonts) -> None:
        if entry.id == self._highlight:
            painter.fillRect(rect, HIGHLIGHT)
        if entry.color:
            colour = self._colours.get(entry.color)
            if colour is None:
                colour = self._colours[entry.color] = QColor(entry.color)
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height() - f.fm.height() // 3), colour)
        faded = entry.status == "merged"
        painter.setPen(FADED if faded else INK)
        painter.setFont(f.header)
        number = QRect(
            rect.left() + 10,
            rect.top() + (f.fm.ascent() - f.header_fm.ascent()),
            f.gutter - 16,
            f.fm.height(),
        )
        label = f"{entry.number}{MARKS.get(entry.kind, '')}"
        self._draw_static(
            painter, number.left(), number.top(), self._label(label, f.header_labels, f.header), label
        )
        text, answer = self._static(entry, self._layout)
        body_left = rect.left() + f.gutter
        painter.setFont(f.text)
        self._draw_static(painter, body_left, rect.top(), text, entry.text)
        y = rect.top() + int(text.size().height())
        painter.setFont(f.small)
        if entry.group:
            painter.setPen(FADED)
            self._draw_static(
                painter, body_left, y, self._label(entry.group, f.small_labels, f.small), entry.group
            )
            y += f.small_fm.height()
        if answer is not None:
            painter.setFont(f.answer)
            painter.setPen(QColor(STATUS_COLOURS.get(entry.status, "#111111")))
            self._draw_static(painter, body_left, y, answer, answer.text())

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

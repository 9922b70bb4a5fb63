"""Export a canvas with its visible sheets: PNG through QPainter, SVG written by hand.

Both read the document only (never the scene's caches), so they show exactly what is stored.
The SVG is plain: an embedded background image, one polyline per stroke, rects and text.
``words`` gives each free text (sticky notes, labels, the sketch's and sheets' names) as the room
may read it: the sketch view passes the projector's masking, so an exported image shows no name
or contact either.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from ...domain import ink_style
from ...domain.errors import UserError
from ...domain.model import BackgroundKind, Canvas, Meeting
from .backgrounds import GRID_STEP, decode_background, paint_background
from .items import PIN_RADIUS, STICKY_SIZE, sticky_ink
from .pen import draw_stroke

MAX_EXPORT_PX = 8192
Words = Callable[[str], str]


def _as_typed(text: str) -> str:
    return text


def _pin_number(meeting: Meeting | None, note_id: str) -> str:
    if meeting is None:
        return "?"
    try:
        return str(meeting.note(note_id).number)
    except KeyError:
        return "?"


def paint_canvas(
    painter: QPainter,
    canvas: Canvas,
    meeting: Meeting | None,
    image: QImage | None = None,
    words: Words = _as_typed,
) -> None:
    """Background and visible sheets in scene coordinates (what the room sees, without tools)."""
    rect = QRectF(0, 0, canvas.width, canvas.height)
    paint_background(
        painter, canvas.background, image if image is not None else decode_background(canvas.background), rect
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for sheet in canvas.sheets:
        if not sheet.visible or sheet.opacity <= 0:
            continue
        painter.setOpacity(sheet.opacity)
        for stroke in ink_style.drawing_order(sheet.strokes):
            draw_stroke(painter, stroke)
        for sticky in sheet.stickies:
            box = QRectF(sticky.x, sticky.y, *STICKY_SIZE)
            painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
            painter.setBrush(QColor(sticky.color))
            painter.drawRect(box)
            font = QFont()
            font.setPixelSize(17)
            painter.setFont(font)
            painter.setPen(QColor(sticky_ink(sticky.color)))
            painter.drawText(box.adjusted(10, 8, -10, -8), Qt.TextFlag.TextWordWrap, words(sticky.text))
        for label in sheet.labels:
            font = QFont()
            font.setPixelSize(max(4, round(label.size)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(label.color))
            painter.drawText(QPointF(label.x + 4, label.y + 4 + label.size), words(label.text))
        for pin in sheet.pins:
            painter.setPen(QPen(QColor("white"), 2.5))
            painter.setBrush(QColor("#c8102e"))
            painter.drawEllipse(QPointF(pin.x, pin.y), PIN_RADIUS, PIN_RADIUS)
            font = QFont()
            font.setPixelSize(15)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(pin.x - PIN_RADIUS, pin.y - PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS),
                Qt.AlignmentFlag.AlignCenter,
                _pin_number(meeting, pin.note_id),
            )
        painter.setOpacity(1.0)


def render_canvas(canvas: Canvas, meeting: Meeting | None, scale: float = 1.0, words: Words = _as_typed) -> QImage:
    """The canvas as an image (at most MAX_EXPORT_PX on the long side)."""
    scale = min(scale, MAX_EXPORT_PX / max(canvas.width, canvas.height, 1.0))
    image = QImage(
        max(1, round(canvas.width * scale)),
        max(1, round(canvas.height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, canvas.width, canvas.height))
    paint_canvas(painter, canvas, meeting, words=words)
    painter.end()
    return image


def export_png(
    canvas: Canvas, meeting: Meeting | None, path: Path, scale: float = 1.0, words: Words = _as_typed
) -> None:
    if not render_canvas(canvas, meeting, scale, words).save(str(path), "PNG"):
        raise UserError("{name}: could not write the PNG file.", name=path.name)


def _color(color: str) -> tuple[str, float]:
    q = QColor(color)
    return q.name(), q.alphaF()


def canvas_svg(canvas: Canvas, meeting: Meeting | None, words: Words = _as_typed) -> str:
    """The canvas as SVG text: background image, one polyline per stroke, notes, labels, pins."""
    w, h = canvas.width, canvas.height
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{w:.0f}" height="{h:.0f}" viewBox="0 0 {w:.2f} {h:.2f}">',
        f"<title>{escape(words(canvas.name))}</title>",
        f'<rect x="0" y="0" width="{w:.2f}" height="{h:.2f}" fill="#ffffff"/>',
    ]
    bg = canvas.background
    if bg.kind == BackgroundKind.IMAGE and bg.data:
        data = base64.b64encode(bg.data).decode("ascii")
        out.append(
            f'<image x="0" y="0" width="{w:.2f}" height="{h:.2f}" preserveAspectRatio="none" '
            f'xlink:href="data:{bg.media_type or "image/png"};base64,{data}"/>'
        )
    elif bg.kind == BackgroundKind.GRID:
        lines = []
        x = 0.0
        while x <= w:
            lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{h:.1f}"/>')
            x += GRID_STEP
        y = 0.0
        while y <= h:
            lines.append(f'<line x1="0" y1="{y:.1f}" x2="{w:.1f}" y2="{y:.1f}"/>')
            y += GRID_STEP
        out.append('<g stroke="#005aa0" stroke-opacity="0.18" stroke-width="1">' + "".join(lines) + "</g>")
    for sheet in canvas.sheets:
        if not sheet.visible or sheet.opacity <= 0:
            continue
        out.append(f'<g id={quoteattr("sheet-" + sheet.id)} opacity="{sheet.opacity:.2f}">')
        out.append(f"<desc>{escape(words(sheet.name))}</desc>")
        for stroke in ink_style.drawing_order(sheet.strokes):
            pts = stroke.points
            coords = " ".join(f"{pts[i]:.2f},{pts[i + 1]:.2f}" for i in range(0, len(pts), 3))
            color, alpha = _color(stroke.color)
            alpha *= ink_style.opacity(stroke.tool)
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-opacity="{alpha:.2f}" '
                f'stroke-width="{stroke.width:.2f}" stroke-linecap="round" stroke-linejoin="round"/>'
            )
        for sticky in sheet.stickies:
            out.append(
                f'<rect x="{sticky.x:.2f}" y="{sticky.y:.2f}" width="{STICKY_SIZE[0]:.0f}" '
                f'height="{STICKY_SIZE[1]:.0f}" fill="{_color(sticky.color)[0]}" stroke="#999999"/>'
            )
            spans = "".join(
                f'<tspan x="{sticky.x + 10:.2f}" dy="{20 if i else 0}">{escape(line)}</tspan>'
                for i, line in enumerate(words(sticky.text).splitlines() or [""])
            )
            out.append(
                f'<text x="{sticky.x + 10:.2f}" y="{sticky.y + 26:.2f}" font-size="17" font-family="sans-serif" '
                f'fill="{sticky_ink(_color(sticky.color)[0])}">{spans}</text>'
            )
        for label in sheet.labels:
            out.append(
                f'<text x="{label.x + 4:.2f}" y="{label.y + 4 + label.size:.2f}" font-size="{label.size:.1f}" '
                f'font-weight="bold" font-family="sans-serif" fill="{_color(label.color)[0]}">{escape(words(label.text))}</text>'
            )
        for pin in sheet.pins:
            out.append(
                f'<g class="pin"><circle cx="{pin.x:.2f}" cy="{pin.y:.2f}" r="{PIN_RADIUS:.0f}" fill="#c8102e" '
                f'stroke="#ffffff" stroke-width="2.5"/><text x="{pin.x:.2f}" y="{pin.y + 5:.2f}" font-size="15" '
                f'font-weight="bold" font-family="sans-serif" fill="#ffffff" text-anchor="middle">'
                f"{escape(_pin_number(meeting, pin.note_id))}</text></g>"
            )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def export_svg(canvas: Canvas, meeting: Meeting | None, path: Path, words: Words = _as_typed) -> None:
    path.write_text(canvas_svg(canvas, meeting, words), encoding="utf-8")

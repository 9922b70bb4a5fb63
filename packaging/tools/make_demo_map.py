"""Draw the demo dossier's background map, resources/sample/van-heekplein-map.png (run once, commit the PNG).

A stylised, fictional street map around the vacant lot of the demo dossier ("Tijdelijk park
Van Heekplein"). The PNG is committed so that the app and its tests never need to draw it:
workspace/ must not import PySide6.

    QT_QPA_PLATFORM=offscreen python packaging/tools/make_demo_map.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "sample" / "van-heekplein-map.png"
W, H = 1600, 1000

PAPER = QColor("#f3f0e8")
BLOCK = QColor("#ddd6c8")
BLOCK_EDGE = QColor("#c4baa8")
ROAD = QColor("#ffffff")
ROAD_EDGE = QColor("#b9b2a4")
MAIN_ROAD = QColor("#fbe7a6")
GREEN = QColor("#cfe3bf")
TREE = QColor("#8fbf7a")
WATER = QColor("#b7d6ea")
INK = QColor("#3a3a3a")
LOT_EDGE = QColor("#c0392b")

# Streets as (name, x1, y1, x2, y2, width); the lot sits between Parkstraat, Lindelaan,
# Schoolstraat and Hofstraat.
STREETS = [
    ("Parkstraat", 120, 262, W, 262, 34),
    ("Schoolstraat", 120, 760, 1460, 760, 30),
    ("Hofstraat", 390, 0, 390, 920, 30),
    ("Lindelaan", 1180, 0, 1180, 920, 34),
    ("Molenstraat", 1460, 262, 1460, 920, 26),
    ("Haaksbergerstraat", 0, 920, W, 920, 50),
]
LOT = QRectF(430, 300, 720, 430)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    family = _font_family()
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(PAPER)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _water(p, family)
    _blocks(p)
    _greens(p)
    _streets(p)
    _lot(p, family)
    _places(p, family)
    _street_names(p, family)
    _north_arrow(p, family)
    _scale_bar(p, family)
    _credit(p, family)
    p.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # True colour: Qt's palette conversion dithers the paper into noise that compresses badly.
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(OUT), "PNG", 9)
    print(f"{OUT} {OUT.stat().st_size // 1024} KB")
    del app
    return 0


def _font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf"))
    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"))
    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "DejaVuSans-Oblique.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else "Sans"


def _font(family: str, size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(int(size))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _water(p: QPainter, family: str) -> None:
    path = QPainterPath(QPointF(40, 0))
    path.cubicTo(QPointF(95, 300), QPointF(20, 600), QPointF(70, H))
    path.lineTo(QPointF(130, H))
    path.cubicTo(QPointF(80, 600), QPointF(155, 300), QPointF(100, 0))
    path.closeSubpath()
    p.setPen(QPen(QColor("#8fb8d4"), 2))
    p.setBrush(WATER)
    p.drawPath(path)
    p.save()
    p.translate(92, 560)
    p.rotate(-84)
    p.setFont(_font(family, 20, italic=True))
    p.setPen(QColor("#3f6f91"))
    p.drawText(QRectF(-120, -14, 240, 28), Qt.AlignmentFlag.AlignCenter, "Singelgracht")
    p.restore()


def _blocks(p: QPainter) -> None:
    p.setPen(QPen(BLOCK_EDGE, 1.5))
    p.setBrush(BLOCK)
    # Terraced housing: rows of houses drawn as one block with party walls.
    rows = [
        (170, 40, 200, 190),
        (420, 40, 740, 190),
        (1210, 40, 230, 190),
        (1490, 40, 110, 190),
        (170, 300, 190, 200),
        (170, 540, 190, 190),
        (1215, 300, 215, 200),
        (1215, 540, 215, 190),
        (1490, 300, 110, 420),
        (170, 800, 190, 80),
        (860, 800, 290, 80),
        (1215, 800, 215, 80),
        (1490, 800, 110, 80),
    ]
    for x, y, w, h in rows:
        rect = QRectF(x, y, w, h)
        p.drawRoundedRect(rect, 4, 4)
        step = 34 if w > h else 30
        if w > h:
            for i in range(1, int(w // step)):
                p.drawLine(QPointF(x + i * step, y + 4), QPointF(x + i * step, y + h * 0.42))
                p.drawLine(QPointF(x + i * step, y + h * 0.58), QPointF(x + i * step, y + h - 4))
        else:
            for i in range(1, int(h // step)):
                p.drawLine(QPointF(x + 4, y + i * step), QPointF(x + w * 0.42, y + i * step))
                p.drawLine(QPointF(x + w * 0.58, y + i * step), QPointF(x + w - 4, y + i * step))
    # Gardens in the courtyards of the northern block.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e6e0cf"))
    p.drawRect(QRectF(430, 100, 720, 60))


def _greens(p: QPainter) -> None:
    p.setPen(QPen(QColor("#a9c996"), 1.5))
    p.setBrush(GREEN)
    p.drawRoundedRect(QRectF(1490, 40, 110, 190), 4, 4)  # Molenpark
    trees = [(1515, 60), (1560, 80), (1520, 185), (1575, 200), (1545, 215)]
    trees += [(450 + 60 * i, 287) for i in range(12)] + [(1198, 320 + 55 * i) for i in range(8)]
    p.setPen(QPen(QColor("#6f9f5d"), 1.5))
    p.setBrush(TREE)
    for x, y in trees:
        p.drawEllipse(QPointF(x, y), 11, 11)


def _streets(p: QPainter) -> None:
    for casing in (True, False):
        for name, x1, y1, x2, y2, width in STREETS:
            main = name == "Haaksbergerstraat"
            colour = ROAD_EDGE if casing else (MAIN_ROAD if main else ROAD)
            pen = QPen(colour, width + (4 if casing else 0))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    # Centre line on the main road.
    pen = QPen(QColor("#e0c46a"), 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(0, 920), QPointF(W, 920))


def _lot(p: QPainter, family: str) -> None:
    # The vacant lot: rough ground with the old foundations still visible.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ece6cf"))
    p.drawRect(LOT)
    p.setBrush(QBrush(QColor("#d9cfa8"), Qt.BrushStyle.BDiagPattern))
    p.drawRect(LOT)
    p.setPen(QPen(QColor("#bdb291"), 2, Qt.PenStyle.DotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(470, 560, 260, 140))  # old foundations
    p.drawRect(QRectF(930, 340, 180, 120))
    pen = QPen(LOT_EDGE, 5, Qt.PenStyle.DashLine)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.drawRect(LOT)
    # Fire brigade access from the Schoolstraat: a lane that must stay free.
    p.setPen(QPen(QColor("#d35400"), 4))
    p.setBrush(QColor(211, 84, 0, 40))
    lane = QRectF(1015, 600, 120, 120)
    p.drawRect(lane)
    p.setFont(_font(family, 14, bold=True))
    p.drawText(lane, Qt.AlignmentFlag.AlignCenter, "Brandweer-\ntoegang")
    # The lot's name is printed faintly at the bottom, like an area name on a town map, so
    # that the sketches drawn over the lot stay readable.
    p.setPen(QColor(192, 57, 43, 150))
    p.setFont(_font(family, 28, bold=True))
    p.drawText(QRectF(430, 628, 585, 40), Qt.AlignmentFlag.AlignCenter, "Van Heekplein")
    p.setFont(_font(family, 16, italic=True))
    p.setPen(QColor(58, 58, 58, 170))
    p.drawText(
        QRectF(430, 666, 585, 26),
        Qt.AlignmentFlag.AlignCenter,
        "braakliggend terrein · tijdelijk park tot 2031 · ca. 0,7 ha",
    )


def _places(p: QPainter, family: str) -> None:
    # Basisschool De Linde with its schoolyard, south of the Schoolstraat.
    p.setPen(QPen(QColor("#9c7b5b"), 2))
    p.setBrush(QColor("#e8c9a7"))
    school = QRectF(430, 800, 220, 80)
    p.drawRoundedRect(school, 4, 4)
    p.setBrush(QColor("#e7e3da"))
    p.drawRect(QRectF(660, 800, 180, 80))
    p.setPen(INK)
    p.setFont(_font(family, 17, bold=True))
    p.drawText(school, Qt.AlignmentFlag.AlignCenter, "Basisschool\nDe Linde")
    p.setFont(_font(family, 14, italic=True))
    p.drawText(QRectF(660, 800, 180, 80), Qt.AlignmentFlag.AlignCenter, "schoolplein")
    _marker(p, family, QPointF(1330, 400), "#8e44ad", "Buurthuis\nDe Schakel")
    _marker(p, family, QPointF(1300, 110), "#c0392b", "Café De Zwaan")
    _marker(p, family, QPointF(290, 620), "#2c7fb8", "Moskee\nEl Fath")
    # Parking along the Lindelaan.
    p.setPen(QPen(QColor("#2c5d8a"), 2))
    p.setBrush(QColor("#dce6f0"))
    park = QRectF(1000, 800, 130, 80)
    p.drawRoundedRect(park, 4, 4)
    p.setPen(QColor("#2c5d8a"))
    p.setFont(_font(family, 40, bold=True))
    p.drawText(park, Qt.AlignmentFlag.AlignCenter, "P")
    p.setPen(INK)
    p.setFont(_font(family, 16, italic=True))
    p.drawText(QRectF(1490, 120, 110, 40), Qt.AlignmentFlag.AlignCenter, "Molenpark")


def _marker(p: QPainter, family: str, at: QPointF, colour: str, text: str) -> None:
    p.setPen(QPen(QColor("#ffffff"), 3))
    p.setBrush(QColor(colour))
    p.drawEllipse(at, 12, 12)
    p.setPen(INK)
    p.setFont(_font(family, 15, bold=True))
    p.drawText(QRectF(at.x() - 100, at.y() + 14, 200, 44), Qt.AlignmentFlag.AlignHCenter, text)


def _street_names(p: QPainter, family: str) -> None:
    font = _font(family, 17)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    p.setFont(font)
    p.setPen(QColor("#55524b"))
    labels = [
        ("Parkstraat", 560, 262, 0),
        ("Parkstraat", 1300, 262, 0),
        ("Schoolstraat", 760, 760, 0),
        ("Hofstraat", 390, 420, -90),
        ("Hofstraat", 390, 130, -90),
        ("Lindelaan", 1180, 620, -90),
        ("Lindelaan", 1180, 140, -90),
        ("Molenstraat", 1460, 600, -90),
    ]
    for text, x, y, angle in labels:
        p.save()
        p.translate(x, y)
        p.rotate(angle)
        p.drawText(QRectF(-110, -12, 220, 24), Qt.AlignmentFlag.AlignCenter, text)
        p.restore()
    p.setFont(_font(family, 21, bold=True))
    p.setPen(QColor("#6b5a1e"))
    p.drawText(QRectF(900, 906, 360, 28), Qt.AlignmentFlag.AlignCenter, "Haaksbergerstraat")
    p.drawText(QRectF(150, 906, 360, 28), Qt.AlignmentFlag.AlignCenter, "Haaksbergerstraat")


def _north_arrow(p: QPainter, family: str) -> None:
    cx, cy, r = 1535, 470, 34
    p.setPen(QPen(INK, 2))
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawEllipse(QPointF(cx, cy), r + 10, r + 10)
    left = QPolygonF([QPointF(cx, cy - r), QPointF(cx - 14, cy + r * 0.6), QPointF(cx, cy + r * 0.3)])
    right = QPolygonF([QPointF(cx, cy - r), QPointF(cx + 14, cy + r * 0.6), QPointF(cx, cy + r * 0.3)])
    p.setBrush(INK)
    p.drawPolygon(left)
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(right)
    p.setFont(_font(family, 22, bold=True))
    p.setPen(INK)
    p.drawText(QRectF(cx - 20, cy - r - 48, 40, 30), Qt.AlignmentFlag.AlignCenter, "N")


def _scale_bar(p: QPainter, family: str) -> None:
    # About 0.15 m per pixel: 25 m is 167 px, the lot is some 108 by 65 m.
    x, y, segment = 170, 976, 83.33
    p.setPen(QPen(INK, 1.5))
    for i in range(4):
        p.setBrush(INK if i % 2 == 0 else QColor("#ffffff"))
        p.drawRect(QRectF(x + i * segment, y, segment, 8))
    p.setFont(_font(family, 13))
    for i, label in ((0, "0"), (2, "25"), (4, "50 m")):
        p.drawText(QRectF(x + i * segment - 30, y - 20, 60, 18), Qt.AlignmentFlag.AlignCenter, label)


def _credit(p: QPainter, family: str) -> None:
    p.setFont(_font(family, 13, italic=True))
    p.setPen(QColor("#6f6a60"))
    p.drawText(
        QRectF(W - 520, 968, 500, 22),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        "Schetskaart (fictief) — demo Bricoleur Desk",
    )


if __name__ == "__main__":
    raise SystemExit(main())

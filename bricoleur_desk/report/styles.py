"""Paragraph and table styles of the report, derived from the house-style accent colour."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#d0d5db")
PAPER_TINT = colors.HexColor("#f3f5f7")
DEFAULT_ACCENT = "#00557f"


def color_name(color: colors.Color) -> str:
    """A name for ``color`` in Paragraph markup (``<font color=...>``).

    reportlab parses "#rrggbb" in markup through a slow literal-eval path (0.1 ms a time, 0.25 s
    on a 1,000-note report); registered names are one dict lookup.
    """
    name = "bricoleur" + color.hexval()[2:]
    colors.toColor.extraColorsNS.setdefault(name, color)
    return name


REMARK = colors.HexColor("#8a4b00")


def accent_color(value: str | None) -> colors.Color:
    """The accent as a reportlab colour; the default blue when missing or unreadable."""
    try:
        return colors.HexColor(value or DEFAULT_ACCENT)
    except (ValueError, TypeError):
        return colors.HexColor(DEFAULT_ACCENT)


def tint(color: colors.Color, amount: float) -> colors.Color:
    """``color`` mixed with white (amount 0 = colour, 1 = white)."""
    r, g, b = color.red, color.green, color.blue
    return colors.Color(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


@dataclass(frozen=True)
class ReportStyles:
    accent: colors.Color
    accent_light: colors.Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    status: ParagraphStyle
    remark: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    note_number: ParagraphStyle
    bullet: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle

    def table(self, zebra: bool = True) -> TableStyle:
        """Header row in the accent colour, thin rules, optional zebra rows."""
        commands = [
            ("BACKGROUND", (0, 0), (-1, 0), self.accent),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PAPER_TINT]))
        return TableStyle(commands)


def make_styles(accent: str | None) -> ReportStyles:
    """All styles for one report, in the given accent colour."""
    register_fonts()
    main = accent_color(accent)
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return ReportStyles(
        accent=main,
        accent_light=tint(main, 0.88),
        title=derive("title", fontName=BOLD, fontSize=26, leading=31, textColor=main, spaceAfter=10),
        subtitle=derive("subtitle", fontSize=14, leading=19, textColor=INK, spaceAfter=4),
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=17,
            leading=22,
            textColor=main,
            spaceBefore=4,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        body=base,
        small=derive("small", fontSize=8.5, leading=11, textColor=MUTED),
        status=derive("status", fontSize=9.5, leading=13, textColor=main, spaceAfter=2),
        remark=derive(
            "remark", fontName=ITALIC, fontSize=9, leading=12, textColor=colors.HexColor("#8a4b00")
        ),
        cell=derive("cell", fontSize=9, leading=12, spaceAfter=0),
        cell_head=derive(
            "cell_head", fontName=BOLD, fontSize=9, leading=12, textColor=colors.white, spaceAfter=0
        ),
        note_number=derive(
            "note_number",
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=colors.white,
            alignment=1,
            spaceAfter=0,
        ),
        bullet=derive("bullet", leftIndent=14, bulletIndent=2, spaceAfter=3),
        toc1=derive("toc1", fontName=BOLD, fontSize=11, leading=18, leftIndent=0, spaceAfter=0),
        toc2=derive("toc2", fontSize=9.5, leading=14, leftIndent=16, textColor=MUTED, spaceAfter=0),
    )

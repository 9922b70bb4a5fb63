"""The report's typeface: DejaVu Sans shipped in resources/fonts, embedded in every PDF.

Registered once per process. :func:`drawable` replaces characters the font has no glyph for
(emoji, rare scripts) by a readable placeholder, so a PDF never shows a blank box.

Scripts, honestly: Latin (Dutch, Turkish, Polish ...), Greek and Cyrillic print as typed.
Arabic is shaped (joined letters, right to left) when the optional ``uharfbuzz`` package is
installed, for paragraphs only; without it the letters print unjoined. reportlab's bidi
package (``rlbidi``) is not available, so a paragraph mixing long Latin and Arabic runs may
order its runs imperfectly and Arabic paragraphs stay left-aligned; labels drawn on a sketch
are never shaped. DejaVu Sans has no CJK glyphs: those print as ``[cjk unified ideograph-...]``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

REGULAR = "BricoleurSans"
BOLD = "BricoleurSans-Bold"
ITALIC = "BricoleurSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

# invisible joiners and selectors an emoji sequence carries: dropped when the font lacks them
_INVISIBLE = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the report fonts with reportlab; returns the code points the font can draw."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"report font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    _no_discretionary_ligatures()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def _no_discretionary_ligatures() -> None:
    # reportlab shapes with dlig on by default, turning "st" in Latin words next to Arabic
    # into the historic "ﬆ" ligature (and breaking text search); shaping is ours alone to enable
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    for value in defaults:
        if isinstance(value, dict) and "dlig" in value:
            value["dlig"] = False


def _placeholder(ch: str) -> str:
    if ch in _INVISIBLE or unicodedata.category(ch) in {"Mn", "Cf", "Sk"}:
        return ""
    if unicodedata.category(ch).startswith("C"):
        return "" if ch not in "\n\t" else ch
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else "[?]"


@lru_cache(maxsize=1)
def _drawn_as_is() -> frozenset[str]:
    """The characters a text may hold to be printed unchanged: the font's, and the line break."""
    return frozenset(map(chr, register_fonts())) | {"\n"}


def drawable(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by ``[its unicode name]``."""
    if _drawn_as_is().issuperset(text):  # one pass in C: nearly every text of a report
        return text
    covered = register_fonts()
    out = []
    for ch in text:
        if ord(ch) in covered and not unicodedata.category(ch).startswith("C") or ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        else:
            out.append(_placeholder(ch))
    return "".join(out)

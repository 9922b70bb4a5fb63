"""Colour contrast as WCAG 2.x measures it, and a readable text colour on any fill.

The projector's theme bands take whatever colour a theme was given (the palette, an imported
dossier, a colour picked later); the text on them is chosen here, not fixed to white, so that
it passes WCAG AA on every fill: of black and white one always reaches at least 4.58:1.
"""

from __future__ import annotations

BLACK = "#000000"
WHITE = "#ffffff"
AA_NORMAL = 4.5  # WCAG 2.x 1.4.3: text under 18 pt (14 pt bold)
AA_LARGE = 3.0  # 18 pt and up, or 14 pt bold and up
AAA_NORMAL = 7.0


def parse_hex(colour: str) -> tuple[int, int, int]:
    """'#rgb' or '#rrggbb' (the '#' optional) as 0-255 channels; ValueError for anything else."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    value = int(text, 16)
    return value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """0 for black to 1 for white (WCAG's relative luminance of an sRGB colour)."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white); the order does not matter."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_text(background: str) -> str:
    """Black or white, whichever stands out more on ``background`` (always at least 4.58:1)."""
    return BLACK if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE) else WHITE


def passes_aa(text: str, background: str, large: bool = False) -> bool:
    """WCAG AA for text of this colour on this background (``large``: 18 pt, or 14 pt bold)."""
    return contrast_ratio(text, background) >= (AA_LARGE if large else AA_NORMAL)

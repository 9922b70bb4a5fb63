"""Colour contrast as WCAG 2.x measures it, and a readable text colour on any fill.

The projector's theme bands take whatever colour a theme was given (the palette, an imported
dossier, a colour picked later); the text on them is chosen here, not fixed to white, so that
it passes WCAG AA on every fill: of black and white one always reaches at least 4.58:1.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=256)  # painted with every theme band of the wall
def strengthened(background: str, target: float = AAA_NORMAL) -> str:
    """``background`` darkened (or lightened) just enough that its readable text reaches ``target``.

    The high-contrast projector keeps each theme's hue on its band but not a mid-tone one:
    teal with black text at 4.5:1 becomes a darker teal with white text at 7:1.
    """
    r, g, b = parse_hex(background)
    if contrast_ratio(readable_text(background), background) >= target:
        return f"#{r:02x}{g:02x}{b:02x}"
    for step in range(1, 101):
        darker = "#" + "".join(f"{round(c * (1 - step / 100)):02x}" for c in (r, g, b))
        if contrast_ratio(WHITE, darker) >= target:
            dark_step = step
            break
    for step in range(1, 101):
        lighter = "#" + "".join(f"{round(c + (255 - c) * step / 100):02x}" for c in (r, g, b))
        if contrast_ratio(BLACK, lighter) >= target:
            return lighter if step < dark_step else darker
    return darker

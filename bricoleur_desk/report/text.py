"""User text on its way into Paragraph markup: drawable characters, escaped, line breaks kept."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .fonts import drawable


def markup(text: str | None) -> str:
    """Paragraph markup that prints ``text`` literally (a note saying ``<b>`` or ``&``)."""
    if not text:
        return ""
    safe = escape(drawable(text).replace("\r\n", "\n").replace("\r", "\n"))
    return safe.replace("\n", "<br/>")


def plain(text: str | None) -> str:
    """Text for the canvas API (drawString): drawable characters on one line, no markup."""
    if not text:
        return ""
    return " ".join(drawable(text).split())


# scripts whose letters change shape with their neighbours (Arabic, Hebrew marks, Indic ...)
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufeff]")
_shaped_styles: dict[int, ParagraphStyle] = {}


def paragraph(text_markup: str, style: ParagraphStyle, **kw: Any) -> Paragraph:
    """A Paragraph, shaped by HarfBuzz when it holds such scripts and uharfbuzz is installed.

    Shaping every paragraph would cost time on a 1,000-note report; most need none.
    """
    if _NEEDS_SHAPING.search(text_markup) and shaping_available():
        shaped = _shaped_styles.get(id(style))
        if shaped is None:
            shaped = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
            _shaped_styles[id(style)] = shaped
        style = shaped
    return Paragraph(text_markup, style, **kw)


def shaping_available() -> bool:
    """True when reportlab can shape text (it needs the optional uharfbuzz package)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from .fonts import REGULAR, register_fonts

    register_fonts()
    return bool(getFont(REGULAR).shapable)

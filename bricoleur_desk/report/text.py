"""User text on its way into Paragraph markup: drawable characters, escaped, line breaks kept."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _ReportlabParagraph

from .fonts import drawable

# The most characters of one text the report prints (about ten pages). Laying out a paragraph
# costs time with the square of its length once it spans pages: a 1 MB note took over 200 s.
MAX_TEXT = 50_000
# A heading or a line on the cover never splits: longer texts are shortened there.
MAX_TITLE = 200
# A line drawn on the page (header, footer, cover): never more than fits on one line.
MAX_LINE = 300


def bounded(text: str, limit: int = MAX_TEXT) -> tuple[str, int]:
    """``text`` cut to at most ``limit`` characters at a space, and how many were left out."""
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", limit - 200, limit)
    kept = text[: cut if cut > 0 else limit]
    return kept, len(text) - len(kept)


def shortened(text: str | None, limit: int = MAX_TITLE) -> str:
    """``text`` with an ellipsis when it is longer than ``limit`` characters."""
    if not text:
        return ""
    kept, left_out = bounded(text, limit)
    return kept.rstrip() + "…" if left_out else text


def markup(text: str | None) -> str:
    """Paragraph markup that prints ``text`` literally (a note saying ``<b>`` or ``&``)."""
    if not text:
        return ""
    text = shortened(text, MAX_TEXT)
    safe = escape(drawable(text).replace("\r\n", "\n").replace("\r", "\n"))
    return safe.replace("\n", "<br/>")


def plain(text: str | None) -> str:
    """Text for the canvas API (drawString): drawable characters on one line, no markup."""
    if not text:
        return ""
    return " ".join(drawable(shortened(text, MAX_LINE)).split())


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, keeping its lines for the width it was last wrapped at.

    reportlab wraps most paragraphs two to six times at the same width (a table measures its
    cells, KeepTogether measures its content, the frame measures again before drawing); breaking
    the lines is the report's largest cost (#17). The height does not enter the line breaking, so
    the same width gives the same lines; a split paragraph is a new one (its own lines).
    """

    _wrapped: tuple[float, object, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        kept = self._wrapped
        if kept is not None and kept[0] == availWidth and kept[1] is getattr(self, "blPara", None):
            self.width, self.height = kept[2]
            return kept[2]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, getattr(self, "blPara", None), size)
        return size


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

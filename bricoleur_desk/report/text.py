"""User text on its way into Paragraph markup: drawable characters, escaped, line breaks kept."""

from __future__ import annotations

from xml.sax.saxutils import escape

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

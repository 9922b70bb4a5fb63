"""The adviser's review of personal data before a report: each hit in its context, kept or masked."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.model import Dossier, Meeting
from .privacy import PrivacyHit, text_spots

CONTEXT = 28  # characters either side of a hit


def hit_key(hit: PrivacyHit) -> tuple[str, str, int | None, int, int, str]:
    """What identifies a hit across scans of the same text (a kept hit stays kept)."""
    return (hit.object_id, hit.field, hit.item, hit.start, hit.end, hit.text)


def contexts(dossier: Dossier, meeting: Meeting, hits: Iterable[PrivacyHit]) -> dict[tuple, str]:
    """Each hit's words around it, by :func:`hit_key`: "…mijn buurman Bakker van nummer…"."""
    texts = {(s.object_id, s.field, s.item): s.text for s in text_spots(dossier, meeting)}
    found = {}
    for hit in hits:
        text = texts.get((hit.object_id, hit.field, hit.item), hit.text)
        found[hit_key(hit)] = context(text, hit.start, hit.end)
    return found


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``text[start:end]`` with about ``width`` characters either side, cut at a word, on one line."""
    if text[start:end] == "":
        return ""
    before, after = text[max(0, start - width) : start], text[end : end + width]
    if start - width > 0 and " " in before:
        before = before[before.index(" ") + 1 :]
    if end + width < len(text) and " " in after:
        after = after[: after.rindex(" ")]
    lead = "…" if start - len(before) > 0 else ""
    tail = "…" if end + len(after) < len(text) else ""
    return " ".join(f"{lead}{before}{text[start:end]}{after}{tail}".split())

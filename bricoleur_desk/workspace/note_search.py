"""Finding a note by its number or by words in it, for pickers that must stay usable at 150 notes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from ..domain.model import Note


def fold(text: str) -> str:
    """Lower case without accents: "Café" and "cafe" are found alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matching_notes(
    notes: Iterable[Note], query: str, theme_names: Mapping[str, str] | None = None
) -> list[Note]:
    """The notes the query finds, in number order, the one with exactly that number first.

    Every word of the query must be found: a number as the start of the note's number (or in
    its text), a word in its text, group or theme name. An empty query finds every note.
    """
    words = fold(query).split()
    themes = theme_names or {}
    ordered = sorted(notes, key=lambda n: n.number)
    if not words:
        return ordered

    def haystack(note: Note) -> str:
        return fold(" ".join((note.text, note.raised_by_group or "", themes.get(note.theme_id or "", ""))))

    def found(note: Note, text: str) -> bool:
        return all((w.isdigit() and str(note.number).startswith(w)) or w in text for w in words)

    hits = [n for n in ordered if found(n, haystack(n))]
    exact = [n for n in hits if len(words) == 1 and str(n.number) == words[0]]
    return exact + [n for n in hits if n not in exact]

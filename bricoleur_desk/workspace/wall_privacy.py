"""What the room may read of a note: its words with personal data masked until confirmed.

The projector never shows a name or a contact detail. A note's words are masked ("[naam]",
"[telefoon]") where a scan found personal data, and wholly hidden (:data:`PENDING`) while the
name scanner has not looked at them yet (it loads for seconds after opening). The facilitator
may confirm with one key that a flagged note holds no personal data: the note then keeps a
fingerprint of the words confirmed, so the confirmation is undoable, saved, and lapses as soon
as its text or group changes. Answers are never confirmed, only masked: the municipality writes
them and can reword them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..domain.document import DossierDocument
from ..domain.edits import Batch, Change, Edit
from ..domain.model import Note
from . import privacy
from . import undo_steps as step

PENDING = "…"  # the whole text, until the scanner has looked at it
Span = tuple[int, int, str]  # start, end, kind
Spans = Callable[[str], Sequence[tuple]]  # a finder's spans(): (start, end, kind, ...) tuples


def fingerprint(note: Note) -> str:
    """A short digest of what a confirmation covers: the note's text and group."""
    words = f"{note.text}\x1f{note.raised_by_group or ''}".encode()
    return hashlib.blake2b(words, digest_size=8).hexdigest()


def is_cleared(note: Note) -> bool:
    """True when the facilitator confirmed these very words hold no personal data."""
    return note.privacy_cleared is not None and note.privacy_cleared == fingerprint(note)


def clear_for_wall(doc: DossierDocument, note_ids: Iterable[str]) -> Edit | None:
    """Confirm that the notes' words hold no personal data (one undo step); None when all are."""
    edits = []
    for note_id in dict.fromkeys(note_ids):
        note: Note = doc.get(note_id)
        if not is_cleared(note):
            edits.append(Change.of(note_id, label=step.NOT_PERSONAL_DATA, privacy_cleared=fingerprint(note)))
    return Batch(tuple(edits), label=step.NOT_PERSONAL_DATA) if edits else None


@dataclass(frozen=True)
class NoteScan:
    """Where a scan found personal data in a note's words, and the words it scanned."""

    text: str
    group: str
    answer: str
    text_spans: tuple[Span, ...] = ()
    group_spans: tuple[Span, ...] = ()
    answer_spans: tuple[Span, ...] = ()

    @property
    def flagged(self) -> bool:
        """Personal data found in the text or the group (what a confirmation covers)."""
        return bool(self.text_spans or self.group_spans)

    def fits(self, note: Note) -> bool:
        return (self.text, self.group, self.answer) == _words(note)


def scan_note(note: Note, spans: Spans) -> NoteScan:
    """Scan a note's text, group and answer with a finder's ``spans``."""
    text, group, answer = _words(note)
    return scan_words(text, group, answer, spans)


def scan_words(text: str, group: str, answer: str, spans: Spans) -> NoteScan:
    def found(words: str) -> tuple[Span, ...]:
        return tuple((s[0], s[1], s[2]) for s in spans(words)) if words else ()

    return NoteScan(text, group, answer, found(text), found(group), found(answer))


@dataclass(frozen=True)
class WallWords:
    """A note's words as the room may see them."""

    text: str
    group: str
    answer: str
    flagged: bool = False  # masked because personal data was found (a confirmation would show it)
    pending: bool = False  # hidden because the scanner has not looked at it yet


def wall_words(note: Note, scan: NoteScan | None, lang: str = "nl") -> WallWords:
    """The note's text, group and answer for the projector, given its scan (None: not scanned)."""
    text, group, answer = _words(note)
    cleared = is_cleared(note)
    if scan is None or not scan.fits(note):
        if cleared:
            return WallWords(text, group, PENDING if answer else "", pending=bool(answer))
        return WallWords(PENDING, PENDING if group else "", PENDING if answer else "", pending=True)
    shown_answer = masked(answer, scan.answer_spans, lang)
    if cleared or not scan.flagged:
        return WallWords(text, group, shown_answer)
    return WallWords(
        masked(text, scan.text_spans, lang), masked(group, scan.group_spans, lang), shown_answer, flagged=True
    )


def masked(text: str, spans: Sequence[Span], lang: str = "nl") -> str:
    """``text`` with each span replaced by its placeholder ("Mijn buurman [naam] van nummer [nr]")."""
    return privacy.masked(text, list(spans), lang) if spans else text


def _words(note: Note) -> tuple[str, str, str]:
    return note.text, note.raised_by_group or "", note.answer or ""


class RoomWords:
    """Free words as the room may read them on the projector: stickies, labels, the meeting's texts.

    Masked like a note's words, and :data:`PENDING` while the name scanner has not loaded (or
    could not load): a handwritten-looking sticky or a question naming a neighbour never reaches
    the wall unscanned. ``needs_scanner=False`` (a bare wall in a test, no scanner at all) masks
    with the dossier's people and the patterns alone. Results are kept per text; the finder is
    made again when the people or the public contact text change.
    """

    def __init__(
        self,
        people: Callable[[], Sequence[object]],
        scanner: Callable[[], object | None],
        ready: Callable[[], bool],
        contact: Callable[[], str] = lambda: "",
        lang: str | Callable[[], str] = "nl",
        needs_scanner: bool = True,
    ) -> None:
        self._people, self._scanner, self._ready, self._contact = people, scanner, ready, contact
        self._lang = lang if callable(lang) else (lambda: lang)
        self._needs_scanner = needs_scanner
        self._finder: privacy.PersonalDataFinder | None = None
        self._made_for: tuple = ()
        self._seen: dict[tuple[str, str], str] = {}

    def __call__(self, text: str) -> str:
        if not text.strip():
            return text
        scanner = self._scanner()
        if not self._ready() or (scanner is None and self._needs_scanner):
            return PENDING
        people = list(self._people())
        made_for = (id(scanner), self._contact(), tuple((p.id, p.name, p.email, p.phone) for p in people))  # type: ignore[attr-defined]
        if self._finder is None or made_for != self._made_for:
            self._finder = privacy.PersonalDataFinder(people, scanner, self._contact())  # type: ignore[arg-type]
            self._made_for, self._seen = made_for, {}
        lang = self._lang()
        words = self._seen.get((text, lang))
        if words is None:
            words = self._finder.mask(text, lang) if self._finder.spans(text) else text
            if len(self._seen) > 2000:
                self._seen.clear()
            self._seen[(text, lang)] = words
        return words

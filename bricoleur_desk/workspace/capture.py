"""Capturing notes during the evening: the quick markers and the edits behind the note list.

Markers, typed anywhere in the capture line (the marker text never ends up in the note):

- a leading ``?`` makes a question, a leading ``!`` an idea; a concern is the default. The ``?``
  is usually the question's own mark typed first, so a question gets it back at its end (unless
  it already ends in a punctuation mark of its own);
- ``#theme`` assigns a theme. The longest existing theme name that follows the ``#`` wins,
  case-insensitively, so ``#verkeer en parkeren`` finds the theme "Verkeer en parkeren";
  ``#"Nieuw thema met spaties"`` names a new multi-word theme; otherwise one word is the name;
- ``@group`` records who raised it (a group or a street, never a person's name). Like themes,
  the longest known group (the meeting's expected groups) wins, ``@"De Buurt"`` quotes one.

Only the first ``#`` and the first ``@`` marker count; later ones stay in the text. Every
use case below takes the document and returns an edit (or None) for ``commands.run``; none
mutates the domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Edit, Insert, Move, Remove
from ..domain.model import Meeting, Note, NoteKind, NoteStatus, Theme, new_id
from . import undo_steps as step
from .commands import Created

# strong, distinct colours that stay readable with white text on a projector
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
)

# a one-word marker: letters, digits and the joiners of street and theme names
_WORD = re.compile(r"[\w\-'’/&+.]*[\w\-'’/&+]")
_H_SPACE = re.compile(r"[ \t]+")
_TRAILING_SPACE = re.compile(r"[^\S\n]+$")  # spaces but not a line break
_LEADING_SPACE = re.compile(r"^[^\S\n]+")
# marks that end a sentence as typed: a question ending in one keeps it, without an added "?"
_SENTENCE_END = frozenset(".,;:!?…？！؟。")


@dataclass(frozen=True)
class ParsedNote:
    """What the capture line means: the kind, the clean text, and the markers found."""

    kind: NoteKind
    text: str
    theme_name: str | None = None
    group: str | None = None


def normalise(text: str) -> str:
    """Collapse runs of spaces inside each line and drop blank lines at both ends."""
    lines = [_H_SPACE.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def parse_capture(text: str, theme_names: Iterable[str] = (), group_names: Iterable[str] = ()) -> ParsedNote:
    """Read the markers out of what the facilitator typed."""
    body = text.lstrip()
    kind = NoteKind.CONCERN
    if body[:1] == "?":
        kind, body = NoteKind.QUESTION, body[1:]
    elif body[:1] == "!":
        kind, body = NoteKind.IDEA, body[1:]
    body, found = _take_markers(body, {"#": list(theme_names), "@": list(group_names)})
    text = normalise(body)
    if kind == NoteKind.QUESTION:
        text = as_question(text)
    return ParsedNote(kind, text, found.get("#"), found.get("@"))


def as_question(text: str) -> str:
    """``text`` ending in a question mark, unless it is empty or ends in a punctuation mark already."""
    if not text or text[-1] in _SENTENCE_END:
        return text
    return text + "?"


def _take_markers(body: str, known: dict[str, Sequence[str]]) -> tuple[str, dict[str, str]]:
    """Remove the first marker of each sign in one pass; a marker's value is never scanned again."""
    found: dict[str, str] = {}
    at = 0
    while at < len(body):
        sign = body[at]
        if sign not in known or (at > 0 and not body[at - 1].isspace()):
            at += 1
            continue
        rest = body[at + 1 :]
        value, length = _marker_value(rest, known[sign])
        if value is None:
            at += 1
        elif sign in found:
            at += 1 + length  # a later marker of the same sign stays in the text, as typed
        else:
            found[sign] = value
            before, after = _TRAILING_SPACE.sub("", body[:at]), _LEADING_SPACE.sub("", rest[length:])
            # "hard #verkeer, echt" reads "hard, echt": punctuation closes up to the word before
            joiner = "" if not before or before.endswith("\n") or after[:1] in tuple(",.;:!?)") else " "
            body = before + joiner + after
            at = len(before) + len(joiner)
    return body, found


def _marker_value(rest: str, known: Sequence[str]) -> tuple[str | None, int]:
    if rest.startswith('"'):
        end = rest.find('"', 1)
        end = len(rest) if end < 0 else end
        value = " ".join(rest[1:end].split())
        return (value or None), min(len(rest), end + 1)
    folded = rest.casefold()
    best: str | None = None
    for name in known:
        key = name.casefold()
        boundary = len(key) == len(rest) or not _WORD.match(rest[len(key) : len(key) + 1])
        if key and folded.startswith(key) and boundary and (best is None or len(name) > len(best)):
            best = name
    if best is not None:
        return best, len(best)
    word = _WORD.match(rest)
    if word is None:
        return None, 0
    return word.group(0), word.end()


def compose(kind: NoteKind, text: str, theme_name: str | None = None, group: str | None = None) -> str:
    """The capture-line text that parses back to these values (used in the cheat-sheet and tests)."""
    prefix = {NoteKind.QUESTION: "?", NoteKind.IDEA: "!"}.get(kind, "")
    parts = [prefix + text]
    if theme_name:
        parts.append(f'#"{theme_name}"')
    if group:
        parts.append(f'@"{group}"')
    return " ".join(parts)


# -- notes ----------------------------------------------------------------------------------


def add_note(
    doc: DossierDocument, meeting_id: str, raw_text: str, now: datetime | None = None
) -> Created | None:
    """A new note from the capture line, creating its theme when needed; None for empty text."""
    meeting = doc.dossier.meeting(meeting_id)
    parsed = parse_capture(raw_text, [t.name for t in meeting.themes], meeting.expected_groups)
    if not parsed.text:
        return None
    edits: list[Edit] = []
    theme_id = None
    if parsed.theme_name:
        theme = _theme_named(meeting, parsed.theme_name)
        if theme is None:
            name = parsed.theme_name[:1].upper() + parsed.theme_name[1:]
            theme = Theme(new_id(), name, next_theme_color(meeting))
            edits.append(Insert(Kind.THEME, meeting_id, theme, label=step.ADD_THEME))
        theme_id = theme.id
    note = Note(
        id=new_id(),
        number=meeting.next_note_number(),
        text=parsed.text,
        kind=parsed.kind,
        theme_id=theme_id,
        raised_by_group=parsed.group,
        created_at=now or datetime.now().astimezone(),
    )
    edits.append(Insert(Kind.NOTE, meeting_id, note, label=step.ADD_NOTE))
    return Created(Batch(tuple(edits), label=step.ADD_NOTE), note.id)


def edit_note_text(doc: DossierDocument, note_id: str, text: str) -> Edit | None:
    """Replace a note's wording (after the evening, or a typo); None when nothing changes."""
    clean = normalise(text)
    note: Note = doc.get(note_id)
    if not clean or clean == note.text:
        return None
    return Change.of(note_id, label=step.EDIT_NOTE, text=clean)


def move_notes_to_theme(doc: DossierDocument, note_ids: Iterable[str], theme_id: str | None) -> Edit | None:
    """Put notes in a theme (None: back to "no theme yet"); None when they all are there already."""
    edits = [
        Change.of(nid, label=step.MOVE_TO_THEME, theme_id=theme_id)
        for nid in note_ids
        if doc.get(nid).theme_id != theme_id
    ]
    return Batch(tuple(edits), label=step.MOVE_TO_THEME) if edits else None


def merge_notes(
    doc: DossierDocument, keep_id: str, other_ids: Iterable[str], combine_text: bool = False
) -> Edit:
    """Merge duplicates into ``keep_id``: the others keep their number and point to it."""
    keep: Note = doc.get(keep_id)
    others = [doc.get(i) for i in other_ids if i != keep_id]
    edits: list[Edit] = []
    for note in others:
        edits.append(
            Change.of(note.id, label=step.MERGE_NOTES, status=NoteStatus.MERGED, merged_into=keep_id)
        )
        # notes merged into a note that is merged now follow it to the kept one
        for earlier in doc.meeting_of(keep_id).notes:
            if earlier.merged_into == note.id:
                edits.append(Change.of(earlier.id, label=step.MERGE_NOTES, merged_into=keep_id))
    values: dict[str, object] = {"votes": keep.votes + sum(n.votes for n in others)}
    if combine_text:
        values["text"] = "\n".join([keep.text, *(n.text for n in others)])
    edits.append(Change(keep_id, tuple(values.items()), label=step.MERGE_NOTES))
    return Batch(tuple(edits), label=step.MERGE_NOTES)


def suggest_split(text: str) -> tuple[str, str]:
    """Where to cut a note in two: the first line break, else the sentence end nearest the middle."""
    if "\n" in text:
        first, second = text.split("\n", 1)
        return first.strip(), second.strip()
    middle = len(text) / 2
    cuts = [m.end() for m in re.finditer(r"[.!?;]\s+", text)] or [m.end() for m in re.finditer(r"\s+", text)]
    if not cuts:
        return text, ""
    cut = min(cuts, key=lambda c: abs(c - middle))
    return text[:cut].strip(), text[cut:].strip()


def split_note(
    doc: DossierDocument, note_id: str, first: str | None = None, second: str | None = None
) -> Created | None:
    """Cut a note in two: it keeps the first part, a new note (next number) gets the second."""
    note: Note = doc.get(note_id)
    if first is None or second is None:
        first, second = suggest_split(note.text)
    first, second = normalise(first), normalise(second)
    if not first or not second:
        return None
    meeting = doc.meeting_of(note_id)
    index = meeting.notes.index(note) + 1
    twin = Note(
        id=new_id(),
        number=meeting.next_note_number(),
        text=second,
        kind=note.kind,
        theme_id=note.theme_id,
        raised_by=note.raised_by,
        raised_by_group=note.raised_by_group,
        created_at=note.created_at,
    )
    edit = Batch(
        (Change.of(note_id, label=step.SPLIT_NOTE, text=first), Insert(Kind.NOTE, meeting.id, twin, index)),
        label=step.SPLIT_NOTE,
    )
    return Created(edit, twin.id)


def delete_notes(doc: DossierDocument, note_ids: Iterable[str]) -> Edit:
    """Delete notes; notes merged into a deleted one become open again."""
    ids = list(dict.fromkeys(note_ids))
    gone = set(ids)
    edits: list[Edit] = []
    for nid in ids:
        for other in doc.meeting_of(nid).notes:
            if other.merged_into == nid and other.id not in gone:
                edits.append(Change.of(other.id, status=NoteStatus.OPEN, merged_into=None))
    edits.extend(Remove(Kind.NOTE, nid, label=step.DELETE_NOTE) for nid in ids)
    return Batch(tuple(edits), label=step.DELETE_NOTE)


def vote(doc: DossierDocument, note_id: str, delta: int) -> Edit | None:
    """Add or remove a vote; repeated presses on one note are one undo step."""
    note: Note = doc.get(note_id)
    votes = max(0, note.votes + delta)
    if votes == note.votes:
        return None
    return Change.of(note_id, label=step.VOTE, merge_key=f"votes:{note_id}", votes=votes)


# -- themes ---------------------------------------------------------------------------------


def next_theme_color(meeting: Meeting) -> str:
    """The first palette colour no theme uses yet (cycling when all are taken)."""
    used = {t.color.lower() for t in meeting.themes}
    for color in PALETTE:
        if color not in used:
            return color
    return PALETTE[len(meeting.themes) % len(PALETTE)]


def add_theme(doc: DossierDocument, meeting_id: str, name: str, color: str | None = None) -> Created | None:
    """A new theme at the end of the list; None when the name is empty or already taken."""
    meeting = doc.dossier.meeting(meeting_id)
    clean = " ".join(name.split())
    if not clean or _theme_named(meeting, clean) is not None:
        return None
    theme = Theme(new_id(), clean, color or next_theme_color(meeting))
    return Created(Insert(Kind.THEME, meeting_id, theme, label=step.ADD_THEME), theme.id)


def rename_theme(doc: DossierDocument, theme_id: str, name: str) -> Edit | None:
    clean = " ".join(name.split())
    if not clean or doc.get(theme_id).name == clean:
        return None
    return Change.of(theme_id, label=step.RENAME_THEME, name=clean)


def recolour_theme(doc: DossierDocument, theme_id: str, color: str) -> Edit:
    return Change.of(theme_id, label=step.RECOLOUR_THEME, color=color)


def move_theme(doc: DossierDocument, theme_id: str, index: int) -> Edit:
    return Move(Kind.THEME, theme_id, index, label=step.REORDER_THEMES)


def delete_theme(doc: DossierDocument, theme_id: str) -> Edit:
    """Remove a theme; its notes go back to "no theme yet"."""
    meeting = doc.meeting_of(theme_id)
    edits: list[Edit] = [Change.of(n.id, theme_id=None) for n in meeting.notes if n.theme_id == theme_id]
    edits.append(Remove(Kind.THEME, theme_id, label=step.DELETE_THEME))
    return Batch(tuple(edits), label=step.DELETE_THEME)


def _theme_named(meeting: Meeting, name: str) -> Theme | None:
    key = name.casefold()
    return next((t for t in meeting.themes if t.name.casefold() == key), None)

"""Written reactions join the evening they belong to: rows of a spreadsheet become notes.

Reactions that arrive by mail, a web form or a spreadsheet after (or before) an evening are
as much the residents' words as what was said in the room. :func:`guess_mapping` finds the
text, group and theme columns by their usual headers (``tekst``/``reactie``/``text``,
``groep``/``group``, ``thema``/``theme``, in any case); :func:`plan_import` says which rows
become notes and which are skipped, by line number, before anything is added; and
:func:`import_reactions` is the one edit (one undo step) that adds them, numbered after the
meeting's notes, with new themes created on the way. The command line and the app's preview
dialog both go through here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Edit, Insert
from ..domain.model import Meeting, Note, Theme, new_id
from . import undo_steps as step
from .capture import PALETTE, normalise
from .errors import UserError
from .reaction_files import Table, read_table

MAX_TEXT = 10_000  # a long mail fits; more is not one reaction
MAX_NAME = 200  # a theme or a group

HEADERS: dict[str, tuple[str, ...]] = {
    "text": ("tekst", "reactie", "text"),
    "group": ("groep", "group"),
    "theme": ("thema", "theme"),
}
ROLES = tuple(HEADERS)


class Skip(StrEnum):
    """Why a row did not become a note (the interface translates these)."""

    NO_TEXT = "no text"
    TEXT_TOO_LONG = f"text longer than {MAX_TEXT:,} characters"
    NAME_TOO_LONG = f"group or theme longer than {MAX_NAME} characters"
    EXTRA_CELLS = "more cells than columns (a separator inside a text without quotes?)"
    ALREADY_A_NOTE = "already a note of this meeting (imported before?)"


@dataclass(frozen=True)
class Mapping:
    """Which column (0-based) holds each role; None: not in the file."""

    text: int | None
    group: int | None = None
    theme: int | None = None

    def column(self, role: str) -> int | None:
        return getattr(self, role)


@dataclass(frozen=True)
class Reaction:
    line: int
    text: str
    group: str | None = None
    theme: str | None = None


@dataclass(frozen=True)
class Skipped:
    line: int
    reason: Skip


@dataclass(frozen=True)
class ImportPlan:
    reactions: tuple[Reaction, ...]
    skipped: tuple[Skipped, ...]

    def new_themes(self, meeting: Meeting) -> list[str]:
        """The theme names the import will add to ``meeting``, in order of first use."""
        known = {t.name.casefold() for t in meeting.themes}
        names: dict[str, str] = {}
        for reaction in self.reactions:
            if reaction.theme and reaction.theme.casefold() not in known:
                names.setdefault(reaction.theme.casefold(), reaction.theme)
        return list(names.values())


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: tuple[Skipped, ...]
    meeting: Meeting


def guess_mapping(
    table: Table,
    text_column: str | None = None,
    group_column: str | None = None,
    theme_column: str | None = None,
) -> Mapping:
    """The columns by their usual headers, or by the names given; a clear error for a name not found."""
    folded = [h.casefold() for h in table.headers]
    given = {"text": text_column, "group": group_column, "theme": theme_column}
    found = dict(vars(suggest_mapping(table.headers)))
    for role in ROLES:
        name = given[role]
        if name is not None:
            if name.strip().casefold() not in folded:
                raise UserError(
                    "{path}: no column {name} (columns: {columns})",
                    path=table.path,
                    name=repr(name),
                    columns=_names(table),
                )
            found[role] = folded.index(name.strip().casefold())
    if found["text"] is None:
        raise UserError(
            "{path}: no column tekst, reactie or text; name the column with the text with --text-column (columns: {columns})",
            path=table.path,
            columns=_names(table),
        )
    return Mapping(found["text"], found["group"], found["theme"])


def suggest_mapping(headers: tuple[str, ...]) -> Mapping:
    """The columns with the usual headers (any case); None for a role without one."""
    folded = [h.strip().casefold() for h in headers]
    found = [next((folded.index(h) for h in HEADERS[role] if h in folded), None) for role in ROLES]
    return Mapping(*found)


def _names(table: Table) -> str:
    return ", ".join(repr(h) for h in table.headers if h) or "none"


def plan_import(table: Table, mapping: Mapping, meeting: Meeting | None = None) -> ImportPlan:
    """Which rows become notes and which are skipped (with why), nothing changed yet.

    With ``meeting``, a row whose text is already one of its notes is skipped: importing the
    same file twice adds nothing twice.
    """
    known = {n.text.casefold() for n in meeting.notes} if meeting is not None else set()
    reactions: list[Reaction] = []
    skipped: list[Skipped] = []
    width = len(table.headers)
    for row in table.rows:
        if table.separator and len(row.cells) > width and any(row.cells[width:]):
            skipped.append(Skipped(row.line, Skip.EXTRA_CELLS))
            continue
        text = normalise(_cell(row.cells, mapping.text))
        group = " ".join(_cell(row.cells, mapping.group).split()) or None
        theme = " ".join(_cell(row.cells, mapping.theme).split()) or None
        if not text:
            skipped.append(Skipped(row.line, Skip.NO_TEXT))
        elif len(text) > MAX_TEXT:
            skipped.append(Skipped(row.line, Skip.TEXT_TOO_LONG))
        elif len(group or "") > MAX_NAME or len(theme or "") > MAX_NAME:
            skipped.append(Skipped(row.line, Skip.NAME_TOO_LONG))
        elif text.casefold() in known:
            skipped.append(Skipped(row.line, Skip.ALREADY_A_NOTE))
        else:
            reactions.append(Reaction(row.line, text, group, theme))
    return ImportPlan(tuple(reactions), tuple(skipped))


def _cell(cells: tuple[str, ...], column: int | None) -> str:
    if column is None or column >= len(cells):
        return ""
    return cells[column]


def import_reactions(
    doc: DossierDocument, meeting_id: str, plan: ImportPlan, now: datetime | None = None
) -> Edit | None:
    """One edit adding every planned reaction as a note of the meeting; None when there are none."""
    if not plan.reactions:
        return None
    meeting = doc.dossier.meeting(meeting_id)
    themes = {t.name.casefold(): t.id for t in meeting.themes}
    used = {t.color.lower() for t in meeting.themes}
    edits: list[Edit] = []
    for name in plan.new_themes(meeting):
        color = next((c for c in PALETTE if c not in used), PALETTE[len(used) % len(PALETTE)])
        used.add(color)
        theme = Theme(new_id(), name[:1].upper() + name[1:], color)
        themes[name.casefold()] = theme.id
        edits.append(Insert(Kind.THEME, meeting_id, theme, label=step.IMPORT_REACTIONS))
    number = meeting.next_note_number()
    at = now or datetime.now().astimezone()
    for offset, reaction in enumerate(plan.reactions):
        note = Note(
            id=new_id(),
            number=number + offset,
            text=reaction.text,
            theme_id=themes[reaction.theme.casefold()] if reaction.theme else None,
            raised_by_group=reaction.group,
            created_at=at,
        )
        edits.append(Insert(Kind.NOTE, meeting_id, note, label=step.IMPORT_REACTIONS))
    return Batch(tuple(edits), label=step.IMPORT_REACTIONS)


def import_notes_file(
    source: Path,
    dossier_file: Path,
    meeting_id: str | None = None,
    *,
    text_column: str | None = None,
    group_column: str | None = None,
    theme_column: str | None = None,
    skipped: Callable[[Skipped], None] | None = None,
) -> ImportResult:
    """``bricoleur-desk import-notes``: read the reactions, then add them to the dossier file.

    The file is read completely before the dossier is opened, so a bad file changes nothing.
    Rows already among the meeting's notes are skipped (a second run adds nothing).
    """
    from .files import pick_meeting
    from .opened import open_for_editing

    table = read_table(source)
    mapping = guess_mapping(table, text_column, group_column, theme_column)
    opened = open_for_editing(Path(dossier_file))
    try:
        meeting = pick_meeting(opened.session.dossier, meeting_id)
        plan = plan_import(table, mapping, meeting)
        for item in plan.skipped:
            if skipped is not None:
                skipped(item)
        edit = import_reactions(opened.session.document, meeting.id, plan)
        if edit is not None and not opened.session.apply(edit):
            raise UserError("{path}: is read-only; nothing was imported", path=dossier_file)
    finally:
        opened.close()
    return ImportResult(len(plan.reactions), plan.skipped, meeting)

"""The three-way merge of a pushed dossier with the archive's, on plain rows (no database here).

Every row of a dossier has an id (unique in the dossier) and a ``version`` that each write of it
raises; a deleted row leaves a deletion record. The **base** is each row's version as the
archive held it when the pushing laptop last pulled or pushed (the file's ``archive_base``).
For each id, a side *changed* it when its row's version differs from the base's, when it holds
a row the base lacks (added), or when it lacks a row the base holds (deleted). Then:

- changed on one side only: that side's state is taken (``merged`` counts what came from the
  archive's side, i.e. from colleagues);
- changed on both sides to the same content, or deleted on both: nothing to decide;
- otherwise a **conflict**: the archive's side stays in place in the merged dossier and the
  pushed side is kept beside it (``Pending``) until someone chooses (archive/conflicts.py).

A row whose parent is gone from the merged dossier (one side deleted a meeting, the other added
a note to it) makes the topmost missing parent a conflict: when the archive still has it, the
archive's whole subtree stays; when the archive deleted it, the pushed subtree is kept in the
conflict (``pushed_with``) and restored whole if the pushed side is chosen. Nothing is lost.

Note numbers: new notes of the pushing laptop in an evening where one of their numbers is
already taken by another note there are renumbered after the highest number of that evening,
in their own order (the archive's notes keep theirs); ``renumbered`` lists (old, new).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..storage.entities import ENTITIES

Row = dict[str, Any]
Tables = Mapping[str, Sequence[Row]]  # "dossier", "note", ..., "deletion" -> rows as in a file
Entry = tuple[str, Row]  # (kind, row)

KINDS = tuple(ENTITIES)  # parents before children
_PARENT = {kind: entity.parent_column for kind, entity in ENTITIES.items()}
_NAMED_BY = ("title", "name", "text")


@dataclass
class Pending:
    """A conflict found by a merge, before it is stored: both sides of one entity."""

    kind: str
    entity_id: str
    what: str
    archive_side: Row | None  # None: deleted in the archive
    pushed_side: Row | None  # None: deleted on the pushing laptop
    pushed_with: list[Entry] = field(default_factory=list)  # the pushed rows under it, restored with it


@dataclass
class Merge:
    tables: dict[str, list[Row]]  # the merged dossier, as a file holds it (deletion records too)
    merged: int  # entities whose archive state was taken over a different pushed one
    conflicts: list[Pending]
    renumbered: list[tuple[int, int]]  # (old, new) note numbers of the pushed side


def merge(base: Mapping[str, int], pushed: Tables, archive: Tables) -> Merge:
    """Merge ``pushed`` (the laptop's rows) into ``archive`` (the archive's rows) over ``base``."""
    mine, theirs = _index(pushed), _index(archive)
    result: dict[str, Entry] = {}
    conflicts: dict[str, Pending] = {}
    merged = 0
    for row_id in [*theirs, *(i for i in mine if i not in theirs), *(i for i in base if i not in theirs and i not in mine)]:
        m, t = mine.get(row_id), theirs.get(row_id)
        b = base.get(row_id)
        m_changed, t_changed = _changed(m, b), _changed(t, b)
        if t_changed and not m_changed:
            if t is not None:
                result[row_id] = t
            if not _same(m, t):
                merged += 1
        elif m_changed and not t_changed:
            if m is not None:
                result[row_id] = m
        elif not m_changed:
            kept = t or m
            if kept is not None:
                result[row_id] = kept
        elif m is None and t is None:
            continue  # deleted on both sides
        elif m is not None and t is not None and _same(m, t):
            result[row_id] = t if t[1]["version"] >= m[1]["version"] else m
        else:
            if t is not None:
                result[row_id] = t  # the archive's side stays in place until someone chooses
            kind = (t or m)[0]  # type: ignore[index]
            conflicts[row_id] = Pending(
                kind, row_id, describe(kind, row_id, _row(t), _row(m)), _row(t), _row(m)
            )
    _settle_orphans(result, conflicts, mine, theirs)
    renumbered = _renumber_notes(result, mine, theirs, base)
    tables: dict[str, list[Row]] = {kind: [] for kind in KINDS}
    for kind, row in result.values():
        tables[kind].append(row)
    tables["deletion"] = _deletions(pushed, archive, result)
    return Merge(tables, merged, list(conflicts.values()), renumbered)


def _index(tables: Tables) -> dict[str, Entry]:
    return {row["id"]: (kind, row) for kind in KINDS for row in tables.get(kind, ())}


def _row(entry: Entry | None) -> Row | None:
    return None if entry is None else entry[1]


def _changed(entry: Entry | None, base: int | None) -> bool:
    if entry is None:
        return base is not None
    return base is None or entry[1]["version"] != base


def _same(a: Entry | None, b: Entry | None) -> bool:
    if a is None or b is None:
        return a is b
    return _content(a[1]) == _content(b[1])


def _content(row: Row) -> Row:
    return {k: v for k, v in row.items() if k != "version"}


def label(kind: str, row_id: str, row: Row | None) -> str:
    """How a person recognises the entity: "note 12", 'promise "Drempels plaatsen"', "stroke s-1"."""
    if row is not None and kind == "note":
        return f"note {row['number']}"
    for name in _NAMED_BY:
        value = None if row is None else row.get(name)
        if isinstance(value, str) and value.strip():
            words = " ".join(value.split())
            return f'{kind} "{words[:40]}{"..." if len(words) > 40 else ""}"'
    return f"{kind} {row_id}"


def describe(kind: str, row_id: str, archive_side: Row | None, pushed_side: Row | None, *, under: int = 0) -> str:
    """The conflict in plain English: "note 12 (text, status)", 'promise "X" (deleted here, changed there)'.

    "here" is the laptop that pushed, "there" the archive.
    """
    name = label(kind, row_id, pushed_side or archive_side)
    if archive_side is not None and pushed_side is not None:
        fields = [k for k in pushed_side if k != "version" and pushed_side.get(k) != archive_side.get(k)]
        return f"{name} ({', '.join(fields) or 'changed on both sides'})"
    if under:
        if archive_side is None:
            return f"{name} (deleted there, {under} rows under it changed or added here)"
        return f"{name} (deleted here, rows under it changed there)"
    return f"{name} (changed here, deleted there)" if archive_side is None else f"{name} (deleted here, changed there)"


def _children(index: Mapping[str, Entry]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for row_id, (kind, row) in index.items():
        parent = _PARENT[kind]
        if parent is not None:
            found[row[parent]].append(row_id)
    return found


def _subtree(index: Mapping[str, Entry], top: str) -> list[str]:
    children = _children(index)
    found, pending = [], [top]
    while pending:
        row_id = pending.pop(0)
        found.append(row_id)
        pending += children.get(row_id, [])
    return found


def _parent_of(entry: Entry) -> str | None:
    kind, row = entry
    parent = _PARENT[kind]
    return None if parent is None else row[parent]


def _settle_orphans(
    result: dict[str, Entry], conflicts: dict[str, Pending], mine: dict[str, Entry], theirs: dict[str, Entry]
) -> None:
    """A row whose parent the merge left out: the topmost missing parent becomes the conflict."""
    for kind in KINDS:
        for row_id in [i for i, (k, _) in result.items() if k == kind]:
            entry = result.get(row_id)
            if entry is None:
                continue  # removed with a subtree meanwhile
            parent = _parent_of(entry)
            if parent is None or parent in result:
                continue
            top = parent
            while True:
                above = mine.get(top) or theirs.get(top)
                if above is None:
                    raise ValueError(f"row {row_id} hangs under {top}, which neither side holds")
                grand = _parent_of(above)
                if grand is None or grand in result:
                    break
                top = grand
            if top in theirs:  # deleted on the pushing laptop, changed under it in the archive: it stays
                rows = _subtree(theirs, top)
                for i in rows:
                    result[i] = theirs[i]
                    conflicts.pop(i, None)
                top_kind, top_row = theirs[top]
                conflicts[top] = Pending(
                    top_kind, top, describe(top_kind, top, top_row, None, under=len(rows) - 1), top_row, None
                )
            else:  # deleted in the archive, changed under it here: the pushed subtree waits in the conflict
                rows = _subtree(mine, top)
                for i in rows:
                    result.pop(i, None)
                    if i != top:
                        conflicts.pop(i, None)
                top_kind, top_row = mine[top]
                conflict = conflicts.get(top) or Pending(top_kind, top, "", None, top_row)
                conflict.pushed_with = [mine[i] for i in rows[1:]]
                conflict.what = describe(top_kind, top, None, top_row, under=len(rows) - 1)
                conflicts[top] = conflict


def _renumber_notes(
    result: dict[str, Entry], mine: dict[str, Entry], theirs: dict[str, Entry], base: Mapping[str, int]
) -> list[tuple[int, int]]:
    evenings: dict[str, list[Row]] = defaultdict(list)
    for kind, row in result.values():
        if kind == "note":
            evenings[row["meeting_id"]].append(row)
    renumbered = []
    for notes in evenings.values():
        new = [
            r for r in notes if r["id"] in mine and r["id"] not in theirs and r["id"] not in base and mine[r["id"]][1] is r
        ]
        if not new:
            continue
        taken = {r["number"] for r in notes if not any(r is n for n in new)}
        if not taken.intersection(r["number"] for r in new):
            continue
        number = max(taken)
        position = max(r["position"] for r in notes if not any(r is n for n in new))
        for row in sorted(new, key=lambda r: (r["number"], r["position"])):
            number, position = number + 1, position + 1  # after the archive's notes on the screen too
            renumbered.append((row["number"], number))
            result[row["id"]] = ("note", {**row, "number": number, "position": position, "version": row["version"] + 1})
    return renumbered


def _deletions(pushed: Tables, archive: Tables, result: Mapping[str, Entry]) -> list[Row]:
    """Every deletion record of either side whose id the merged dossier does not hold (the newest)."""
    found: dict[str, Row] = {}
    for side in (pushed, archive):  # the archive's record wins a tie
        for row in side.get("deletion", ()):
            known = found.get(row["id"])
            if known is None or row["version"] >= known["version"]:
                found[row["id"]] = row
    return [row for row_id, row in found.items() if row_id not in result]

"""Erasing residents (AVG art. 17): the person, their links, their name in every text, the bytes.

One confirmed act that cannot be undone: the person is removed, each note they raised keeps
their group instead, their name, e-mail and phone are masked wherever the scan finds them in
free text, and the undo history (which holds the old texts) is dropped. Then the file is
compacted (``VACUUM``; ``secure_delete`` is always on, so deleted content is zeroed) after
the sketches kept for reports are dropped (report_cache: whatever they were made from), the
dossier's rolling backups in the user data folder and the ``.bak-REVISION`` copies earlier
versions left beside it are shredded (they hold the person as they were) and the dossier's
cached ink tiles are shredded. The next backup holds the dossier as it is after the erasure.
Handwriting on the canvas is not read: strokes stay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.document import Kind
from ..domain.edits import Batch, Change, Edit, Remove
from ..domain.model import Dossier
from ..storage import backups_of, shred
from ..storage.report_cache import clear_report_cache
from . import undo_steps as step
from .backups import purge_backups
from .errors import UserError
from .ink_cache_files import erase_dossier_cache
from .opened import OpenDossier, open_for_editing
from .rights import find_person, finder_for, masked_fields, text_objects

log = logging.getLogger(__name__)


@dataclass
class Erasure:
    """What an erasure did (ids and counts only: no personal data in logs or messages)."""

    person_ids: list[str]
    notes_relinked: int = 0
    objects_masked: int = 0
    backups_shredded: list[Path] = field(default_factory=list)
    cache_files_shredded: int = 0

    def summary(self) -> str:
        return (
            f"erased {', '.join(self.person_ids) or 'nobody'}: {self.notes_relinked} notes now name a group, "
            f"{self.objects_masked} texts masked, {len(self.backups_shredded)} backups and "
            f"{self.cache_files_shredded} cached sketch files shredded"
        )


def erasure_edit(dossier: Dossier, person_ids: list[str], lang: str = "nl") -> tuple[Edit, Erasure]:
    """One edit that removes these people, relinks their notes to a group and masks their data."""
    people = [find_person(dossier, pid) for pid in person_ids]
    finder = finder_for(people)
    groups = {p.id: p.group for p in people}
    report = Erasure([p.id for p in people])
    edits: list[Edit] = []
    for kind, obj in text_objects(dossier):
        values = masked_fields(kind, obj, finder, lang)
        if values:
            report.objects_masked += 1
        if kind == "note" and obj.raised_by in groups:
            values["raised_by"] = None
            if not values.get("raised_by_group", obj.raised_by_group):
                values["raised_by_group"] = groups[obj.raised_by]
            report.notes_relinked += 1
        if values:
            edits.append(Change.of(obj.id, label=step.ERASE_PERSONAL_DATA, **values))
    edits += [Remove(Kind.PERSON, p.id, label=step.ERASE_PERSONAL_DATA) for p in people]
    return Batch(tuple(edits), step.ERASE_PERSONAL_DATA), report


def erase_people(opened: OpenDossier, person_ids: list[str], lang: str = "nl") -> Erasure:
    """Erase these people from an open dossier, its file, its backups and its ink cache; not undoable."""
    session = opened.session
    if opened.read_only:
        raise UserError("{path}: is read-only; nobody can be erased from it here", path=opened.path)
    edit, report = erasure_edit(session.dossier, person_ids, lang)
    session.forget_history()  # the old texts live on in the undo steps
    session.apply(edit, undoable=False)
    session.flush()  # raises when the file could not be written: nothing is claimed erased
    opened.file.disguise_deleted_ids(report.person_ids)
    clear_report_cache(opened.file)  # what reports made from the erased data (before compacting)
    opened.file.compact()
    for backup in backups_of(opened.path):  # left beside the file by earlier versions
        shred(backup)
        report.backups_shredded.append(backup)
    report.backups_shredded += purge_backups(session.dossier.id)
    report.cache_files_shredded = erase_dossier_cache(session.dossier.id)
    log.info("%s: %s", opened.path, report.summary())
    return report


def erase_everyone(opened: OpenDossier, lang: str = "nl") -> Erasure:
    """Erase every person of the dossier (its retention date has passed)."""
    return erase_people(opened, [p.id for p in opened.session.dossier.people], lang)


def erase_person_in_file(path: Path, person_id: str, lang: str = "nl") -> Erasure:
    """The command line's erasure: open the file (refused while a window has it), erase, close."""
    opened = open_for_editing(Path(path))
    try:
        if opened.read_only:
            raise UserError(
                "{path}: is read-only (a locked medium or folder); nobody can be erased from it", path=path
            )
        return erase_people(opened, [person_id], lang)
    finally:
        opened.close()

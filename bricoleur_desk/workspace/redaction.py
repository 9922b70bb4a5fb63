"""Redact in place: edits that replace personal-data hits in the dossier's own text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from ..domain.document import DossierDocument
from ..domain.edits import Change, Edit
from ..domain.model import AgendaBlock, Attendance, Dossier, Evaluation, Frame, PromiseUpdate
from . import undo_steps as step
from .name_scanner import NameScanner
from .privacy import PersonalDataFinder, PrivacyHit, masked, public_text


def _redacted(text: str, hits: list[PrivacyHit], finder: PersonalDataFinder, lang: str) -> str:
    if all(text[h.start : h.end] == h.text for h in hits):
        return masked(text, [(h.start, h.end, h.kind, h.person_id) for h in hits], lang)
    return finder.mask(text, lang)  # the text changed since the scan: find the matches again


def redact_edits(
    dossier: Dossier, hits: list[PrivacyHit], lang: str = "nl", names: NameScanner | None = None
) -> list[Edit]:
    """One Change per touched field (list fields as a whole), replacing each hit by a placeholder."""
    doc = DossierDocument(dossier)
    finder = PersonalDataFinder(dossier.people, names, public_text(dossier))
    # grouped by the object's top-level field: frame.open and frame.fixed become one Change
    grouped: dict[tuple[str, str], dict[tuple[str, int | None], list[PrivacyHit]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for hit in hits:
        grouped[(hit.object_id, hit.field.split(".")[0])][(hit.field, hit.item)].append(hit)
    edits: list[Edit] = []
    for (object_id, name), by_spot in grouped.items():
        if object_id not in doc:
            continue
        value = _new_value(doc.get(object_id), name, by_spot, finder, lang)
        if value is not None:
            edits.append(Change.of(object_id, label=step.REDACT_PERSONAL_DATA, **{name: value}))
    return edits


def _new_value(
    obj: Any, name: str, by_spot: dict[tuple[str, int | None], list[PrivacyHit]], finder: Any, lang: str
) -> Any:
    def fix(text: str, field: str, item: int | None = None) -> str:
        hits = by_spot.get((field, item))
        return _redacted(text, hits, finder, lang) if hits else text

    if name == "frame":
        frame: Frame = obj.frame
        return Frame(
            [fix(t, "frame.open", i) for i, t in enumerate(frame.open)],
            [fix(t, "frame.fixed", i) for i, t in enumerate(frame.fixed)],
        )
    if name == "agenda":
        return [AgendaBlock(fix(b.title, name, i), b.minutes) for i, b in enumerate(obj.agenda)]
    if name == "evaluation":
        ev: Evaluation = obj.evaluation
        return Evaluation(
            dict(ev.scores), [fix(r, "evaluation.remarks", i) for i, r in enumerate(ev.remarks)]
        )
    if name == "attendance":
        groups = obj.attendance.by_group
        renamed: dict[str, int] = {}
        for i, (group, count) in enumerate(groups.items()):
            key = fix(group, "attendance.by_group", i)
            renamed[key] = renamed.get(key, 0) + count  # two groups masked alike add up
        return Attendance(obj.attendance.count, renamed)
    if name == "updates":
        return [PromiseUpdate(u.at, fix(u.text, name, i)) for i, u in enumerate(obj.updates)]
    if name == "house_style":
        return replace(obj.house_style, contact=fix(obj.house_style.contact or "", "house_style.contact"))
    current = getattr(obj, name, None)
    if not isinstance(current, str):
        return None
    return fix(current, name)

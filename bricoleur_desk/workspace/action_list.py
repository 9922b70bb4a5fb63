"""Use case: write the internal action list per department or colleague, as PDF or as CSV.

Internal, but mailed around the municipality: colleagues' names are printed, residents'
personal data is not. The residents registered in the dossier (their names, e-mail addresses
and phone numbers), any e-mail address, phone number or street address in the words and, with
the name scanner, anyone's name are masked, as the public report masks them; the names in the
register inside the municipality are kept. Who raised a note is never printed, only the group. The output never replaces an
input or a dossier and appears only when complete.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.action_list import ActionSection, action_list, find_recipient, latest_words
from ..domain.model import Dossier
from ..report.action_list import ActionTexts, build_action_list
from ..report.i18n import LANGUAGES
from .errors import ReportError
from .name_scanner import NameScanner
from .outputs import check_output
from .privacy import PersonalDataFinder, fold, public_text
from .reporting import _cell, choose_meeting, replacing_output

FORMATS = (".pdf", ".csv")
CSV_COLUMNS = (
    "department",
    "owner",
    "kind",
    "ref",
    "evening",
    "text",
    "residents_words",
    "group",
    "internal_remark",
    "due",
    "late",
    "latest_update",
    "planned_work",
)


@dataclass(frozen=True)
class ActionListResult:
    path: Path
    sections: int
    items: int
    pages: int  # 0 for a CSV
    masked: int  # residents' personal data replaced by placeholders


def action_sections(
    dossier: Dossier, today: date, department: str | None = None, meeting_id: str | None = None
) -> list[ActionSection]:
    """The list's sections, for one department or colleague (by name or id) or for all of them."""
    recipient = None
    if department is not None:
        recipient = find_recipient(dossier, department)
        if recipient is None:
            raise ReportError("no department or colleague called {name} in the register", name=repr(department))
    if meeting_id is not None:
        choose_meeting(dossier, meeting_id)  # refuses an unknown id in one line
    return action_list(dossier, today, recipient=recipient, meeting_id=meeting_id)


def export_action_list(
    dossier: Dossier,
    out: Path,
    *,
    department: str | None = None,
    meeting_id: str | None = None,
    lang: str = "nl",
    today: date | None = None,
    inputs: Iterable[Path] = (),
    names: NameScanner | None = None,
) -> ActionListResult:
    """Write the action list to ``out``: a PDF or a CSV, by its suffix.

    ``names``: the name scanner, so that a stranger's name typed into a note is masked too (the
    register's colleagues stay); without it only the dossier's people and contact patterns."""
    suffix = Path(out).suffix.casefold()
    if suffix not in FORMATS:
        raise ReportError("write the action list as .pdf or .csv, not {name}", name=Path(out).name)
    out = check_output(out, inputs)
    if lang not in LANGUAGES:
        raise ReportError("unknown report language {lang} (use {allowed})", lang=repr(lang), allowed=" or ".join(LANGUAGES))
    today = today or date.today()
    sections = action_sections(dossier, today, department, meeting_id)
    finder = PersonalDataFinder(dossier.people, names, public_text(dossier))
    colleagues = {fold(c.name) for c in dossier.colleagues}  # a colleague also registered as a person
    masked = 0

    def mask(text: str) -> str:
        nonlocal masked
        safe, count = finder.mask_keeping(text, colleagues, lang)
        masked += count
        return safe

    items = sum(len(s.items) for s in sections)
    evening = dossier.meeting(meeting_id).starts_at.date() if meeting_id is not None else None
    try:
        if suffix == ".pdf":
            with replacing_output(out, ".part.pdf") as temp:
                built = build_action_list(str(temp), dossier, sections, today, lang=lang, mask=mask, evening=evening)
            pages = built.pages
        else:
            text = action_list_csv(dossier, sections, mask, lang)
            with replacing_output(out, ".part.csv") as temp:
                temp.write_text(text, encoding="utf-8-sig", newline="")
            pages = 0
    except ReportError:
        raise
    except Exception as exc:
        raise ReportError("could not write {out}: {reason}", out=out, reason=" ".join(str(exc).split())) from exc
    return ActionListResult(out, len(sections), items, pages, masked)


def action_list_csv(
    dossier: Dossier, sections: list[ActionSection], mask: Callable[[str], str], lang: str = "nl"
) -> str:
    """The sections as CSV for Excel (semicolons, one row per promise or note, like the promises export)."""
    t = ActionTexts(lang)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)

    def user(text: str | None) -> str:
        return mask(text) if text else ""

    for section in sections:
        department = section.entry.name if section.entry is not None else t("nobody")
        for item in section.items:
            notes = item.notes if item.promise is not None else (item.note,)
            words = " | ".join(user(n.text) for n in notes if n is not None)
            groups = ", ".join(dict.fromkeys(n.raised_by_group for n in notes if n is not None and n.raised_by_group))
            remarks = " | ".join(user(n.internal_remark) for n in notes if n is not None and n.internal_remark)
            writer.writerow(
                _cell(v)
                for v in (
                    department,
                    item.owner.name if item.owner is not None else "",
                    "promise" if item.promise is not None else "investigate",
                    item.label,
                    f"{item.meeting.starts_at:%Y-%m-%d} {item.meeting.title}",
                    user(item.promise.text) if item.promise is not None else "",
                    words,
                    user(groups),
                    remarks,
                    item.due.isoformat() if item.due else "",
                    "yes" if item.late else "",
                    user(latest_words(item)),
                    item.work.title if item.work is not None else "",
                )
            )
    return buffer.getvalue()

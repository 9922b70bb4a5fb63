"""The internal action list as PDF: per department or colleague, what residents asked of it.

House style like the report (styles, header, footer, the red "internal" mark on every page),
no cover: the adviser mails it the morning after. Each section is one department (with its
colleagues) or one colleague: the open promises it owns and the notes it is to look into,
each with the residents' words, the due date (late ones marked) and the planned work it can
join. Colleagues' names are printed; residents' words come masked from ``mask``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from ..domain.action_list import ActionItem, ActionSection, latest_words
from ..domain.model import Dossier, WorkKind
from ..domain.register import described
from .i18n import ReportTexts
from .layout import BODY_WIDTH, PageDecor, ReportDocTemplate
from .styles import MUTED, REMARK, ReportStyles, make_styles
from .text import Paragraph, markup, paragraph, plain

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Actielijst: {dossier}", "Action list: {dossier}"),
    "banner": ("Intern: actielijst", "Internal: action list"),
    "intro": (
        "Wat bewoners aan de gemeente vroegen en wat de gemeente toezegde, per afdeling en collega: "
        "de open toezeggingen en de punten om uit te zoeken, in de woorden van de bewoners. "
        "Persoonsgegevens van bewoners zijn weggelaten.",
        "What residents asked of the municipality and what it promised, per department and colleague: "
        "the open promises and the points to look into, in the residents' own words. Residents' "
        "personal data is left out.",
    ),
    "of_evening": ("Avond van {day}", "Evening of {day}"),
    "nothing": ("Er staat niets open.", "Nothing is open."),
    "nobody": ("Nog niet belegd", "Not assigned yet"),
    "what": ("Wat", "What"),
    "who": ("Wie", "Who"),
    "due": ("Vóór", "By"),
    "promise": ("Toezegging", "Promise"),
    "investigate": ("Uitzoeken (punt {number})", "Look into (note {number})"),
    "words": ("Bewoners: “{text}”", "Residents: “{text}”"),
    "words_group": ("Bewoners ({group}): “{text}”", "Residents ({group}): “{text}”"),
    "remark": ("Vraag achter de vraag: {text}", "The question behind the question: {text}"),
    "latest": ("Laatst: {text}", "Latest: {text}"),
    "work": ("Werk met werk: {title}", "Join planned work: {title}"),
    "no_due": ("geen datum", "no date"),
    "late": ("te laat", "late"),
    "evening": ("avond {day}", "evening {day}"),
    "work_kinds": ("werk|project|budget", "work|project|budget"),
    "count": ("{promises} toezegging(en), {notes} punt(en) om uit te zoeken", "{promises} promise(s), {notes} note(s) to look into"),
}


@dataclass(frozen=True)
class BuiltActionList:
    pages: int


class ActionTexts:
    def __init__(self, lang: str) -> None:
        self.report = ReportTexts(lang)
        self._index = 0 if lang == "nl" else 1

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXTS[key][self._index]
        return text.format(**values) if values else text

    def work_kind(self, kind: WorkKind) -> str:
        return self("work_kinds").split("|")[list(WorkKind).index(kind)]


def build_action_list(
    target: str | BinaryIO,
    dossier: Dossier,
    sections: list[ActionSection],
    today: date,
    *,
    lang: str = "nl",
    mask: Callable[[str], str] | None = None,
    evening: date | None = None,
) -> BuiltActionList:
    """Write the action list; ``evening`` is the day of the one evening it is limited to, if any."""
    t = ActionTexts(lang)
    hide = mask or (lambda text: text)
    house = dossier.house_style
    styles = make_styles(house.accent)
    municipality = plain(house.municipality or "")
    title = plain(t("title", dossier=hide(dossier.title)))
    decor = PageDecor(
        municipality=municipality,
        running_title=plain(t("banner")),
        running_date=t.report.day(today),
        contact="",
        logo_png=house.logo_png,
        banner=t("banner"),
        internal=True,
    )
    doc = ReportDocTemplate(
        target, styles, t.report, decor, title=title, author=municipality, subject=title,
        creator="Bricoleur Desk", keywords=plain(t("banner")), lang=lang,
    )  # fmt: skip
    doc._firstPageTemplateIndex = 1  # body pages only: a list to mail, not a report with a cover
    story: list[Flowable] = [
        Paragraph(markup(t("title", dossier=hide(dossier.title))), styles.title),
        Paragraph(t("of_evening", day=t.report.day(evening)) if evening else t.report.day(today), styles.small),
        Spacer(1, 6),
        paragraph(t("intro"), styles.body),
    ]
    if not sections:
        story.append(Paragraph(t("nothing"), styles.body))
    for section in sections:
        story += _section(dossier, section, today, t, styles, hide)
    return BuiltActionList(pages=doc.build_once(story, []))


def _section(
    dossier: Dossier,
    section: ActionSection,
    today: date,
    t: ActionTexts,
    s: ReportStyles,
    hide: Callable[[str], str],
) -> list[Flowable]:
    heading = described(dossier, section.entry) if section.entry is not None else t("nobody")
    promises = sum(1 for i in section.items if i.promise is not None)
    count = t("count", promises=promises, notes=len(section.items) - promises)
    head = [Paragraph(t(k), s.cell_head) for k in ("what", "who", "due")]
    rows: list[list[object]] = [["", *head]]
    rows += [_row(item, t, s, hide) for item in section.items]
    widths = [12 * mm, BODY_WIDTH - 12 * mm - 38 * mm - 26 * mm, 38 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table())
    return [
        CondPageBreak(60 * mm),
        Paragraph(markup(heading), s.h1),
        Paragraph(count, s.small),
        Spacer(1, 4),
        table,
        Spacer(1, 8),
    ]


def _row(item: ActionItem, t: ActionTexts, s: ReportStyles, hide: Callable[[str], str]) -> list[object]:
    def user(text: str | None) -> str:
        return markup(hide(text)) if text else ""

    muted, remark = MUTED.hexval().replace("0x", "#"), REMARK.hexval().replace("0x", "#")
    lines: list[str] = []
    if item.promise is not None:
        lines.append(f"<b>{t('promise')}:</b> {user(item.promise.text)}")
        words = item.notes
    else:
        assert item.note is not None
        lines.append(f"<b>{t('investigate', number=item.note.number)}</b>")
        words = (item.note,)
    for note in words:
        key = "words_group" if note.raised_by_group else "words"
        lines.append(t(key, text=user(note.text), group=user(note.raised_by_group)))
        if note.internal_remark:
            lines.append(f'<font color="{remark}">{t("remark", text=user(note.internal_remark))}</font>')
    latest = latest_words(item)
    if latest:
        lines.append(f'<font color="{muted}">{t("latest", text=user(latest))}</font>')
    if item.work is not None:
        work = item.work
        details = ", ".join(d for d in (t.work_kind(work.kind), work.period, work.budget) if d)
        lines.append(f"<b>{t('work', title=user(work.title))}</b> ({user(details)})")
    lines.append(f'<font size="8" color="{muted}">{t("evening", day=t.report.day(item.meeting.starts_at.date()))}</font>')
    who = "-"
    if item.owner is not None:
        who = markup(item.owner.name)
        if item.owner.role:
            who += f'<br/><font size="8" color="{muted}">{markup(item.owner.role)}</font>'
    due = t("no_due") if item.due is None else t.report.day(item.due)
    if item.late:
        due = f'<font color="#b3261e"><b>{due}<br/>{t("late")}</b></font>'
    return [
        Paragraph(f"<b>{item.label}</b>", s.cell),
        paragraph("<br/>".join(lines), s.cell),
        paragraph(who, s.cell),
        paragraph(due, s.cell),
    ]

"""The "stand van zaken" letter for residents between evenings: one or two pages in the house style.

What was promised, what happened, what comes next and when the next evening is. It is built
like the public report (same styles, header, footer and masking of personal data), without
the cover and the contents: residents get a letter, not a report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain.model import Dossier, Meeting, Promise, PromiseStatus
from ..domain.promises import is_overdue, latest_update
from .i18n import ReportTexts
from .layout import PageDecor, ReportDocTemplate
from .styles import ReportStyles, make_styles
from .tagging import list_item
from .text import Paragraph, markup, paragraph, plain

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Stand van zaken: {dossier}", "Where things stand: {dossier}"),
    "dated": ("{day}", "{day}"),
    "greeting": ("Beste bewoners,", "Dear residents,"),
    "intro": (
        "Op {evenings} spraken we met u over {dossier}. In deze brief leest u wat de gemeente toen "
        "heeft toegezegd, wat er sindsdien is gebeurd en wat er nu komt.",
        "On {evenings} we talked with you about {dossier}. In this letter you can read what the "
        "municipality promised, what has happened since and what comes next.",
    ),
    "and": (" en ", " and "),
    "promised": ("Wat we beloofden en wat er gebeurde", "What we promised and what happened"),
    "no_promises": ("Er zijn nog geen toezeggingen gedaan.", "No promises have been made yet."),
    "made_at": ("toegezegd op {day}", "promised on {day}"),
    "done": ("Gedaan.", "Done."),
    "dropped": ("Gaat niet door. Waarom: {reason}", "Not going ahead. Why: {reason}"),
    "dropped_no_reason": ("Gaat niet door.", "Not going ahead."),
    "open_due": ("Loopt nog; verwacht vóór {day}.", "Still open; expected by {day}."),
    "open_late": (
        "Loopt nog, en later dan beloofd (dat was {day}).",
        "Still open, and later than promised ({day}).",
    ),
    "open": ("Loopt nog.", "Still open."),
    "latest": ("Laatste nieuws ({day}): {text}", "Latest news ({day}): {text}"),
    "next": ("Wat er nu komt", "What comes next"),
    "still_open": (
        "We werken nog aan {n} toezeggingen; in de volgende brief of op de volgende avond hoort u hoe het "
        "ermee staat.",
        "We are still working on {n} promises; the next letter or evening tells you where they stand.",
    ),
    "still_open_one": (
        "We werken nog aan één toezegging; in de volgende brief of op de volgende avond hoort u hoe het "
        "ermee staat.",
        "We are still working on one promise; the next letter or evening tells you where it stands.",
    ),
    "next_evening": ("De volgende bewonersavond", "The next residents' evening"),
    "next_on": ("{moment}{venue}. U bent van harte welkom.", "{moment}{venue}. You are very welcome."),
    "next_unknown": (
        "De datum van de volgende avond is nog niet bekend; u hoort het zo snel mogelijk.",
        "The date of the next evening is not known yet; we will let you know as soon as possible.",
    ),
    "contact": ("Vragen?", "Questions?"),
    "regards": ("Met vriendelijke groet,", "Kind regards,"),
    "banner": ("Brief aan bewoners", "Letter to residents"),
}


@dataclass(frozen=True)
class BuiltLetter:
    pages: int


class LetterTexts:
    """The letter's own words, and the report's day names for dates."""

    def __init__(self, lang: str) -> None:
        self.report = ReportTexts(lang)
        self._index = 0 if lang == "nl" else 1

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXTS[key][self._index]
        return text.format(**values) if values else text


def build_letter(
    target: str | BinaryIO,
    dossier: Dossier,
    today: date,
    *,
    lang: str = "nl",
    mask: Callable[[str], str] | None = None,
) -> BuiltLetter:
    """Write the letter as things stand on ``today``: the evenings held so far and their promises."""
    t = LetterTexts(lang)
    hide = mask or (lambda text: text)
    house = dossier.house_style
    styles = make_styles(house.accent)
    municipality = plain(hide(house.municipality or ""))  # none until the adviser names it
    title = plain(t("title", dossier=hide(dossier.title)))
    decor = PageDecor(
        municipality=municipality,
        running_title=plain(t("banner")),
        running_date=t.report.day(today),
        contact=plain(hide(house.contact)) if house.contact else "",
        logo_png=house.logo_png,
        banner=t("banner"),
        internal=False,
    )
    doc = ReportDocTemplate(
        target,
        styles,
        t.report,
        decor,
        title=title,
        author=municipality,
        subject=title,
        creator="Bricoleur Desk",
        keywords=plain(f"{hide(dossier.title)}, {t('banner')}"),
        lang=lang,
    )
    doc._firstPageTemplateIndex = 1  # the body pages' header and footer: a letter has no cover
    story = _story(dossier, today, t, styles, hide)
    return BuiltLetter(pages=doc.build_once(story, []))


def _story(
    dossier: Dossier, today: date, t: LetterTexts, s: ReportStyles, hide: Callable[[str], str]
) -> list[Flowable]:
    def user(text: str | None) -> str:
        return markup(hide(text)) if text else ""

    held = sorted((m for m in dossier.meetings if m.starts_at.date() <= today), key=lambda m: m.starts_at)
    coming = sorted((m for m in dossier.meetings if m.starts_at.date() > today), key=lambda m: m.starts_at)
    held_ids = {m.id for m in held}
    promises = [p for p in dossier.promises if p.meeting_id in held_ids]
    days = [t.report.day(m.starts_at.date()) for m in held]
    evenings = ", ".join(days[:-1]) + t("and") + days[-1] if len(days) > 1 else (days[0] if days else "")
    story: list[Flowable] = [
        Paragraph(markup(t("title", dossier=hide(dossier.title))), s.title),
        Paragraph(t("dated", day=t.report.day(today)), s.small),
        Spacer(1, 10),
        Paragraph(t("greeting"), s.body),
    ]
    if held:
        story.append(paragraph(t("intro", evenings=evenings, dossier=user(dossier.title)), s.body))
    story.append(Paragraph(t("promised"), s.h1))
    if not promises:
        story.append(Paragraph(t("no_promises"), s.body))
    meetings = {m.id: m for m in dossier.meetings}
    in_list = object()  # the promises are a list in the tagged PDF
    for promise in promises:
        lines = _promise(promise, meetings[promise.meeting_id], today, t, s, user)
        story.append(KeepTogether(list_item(lines, in_list)))
    story.append(Paragraph(t("next"), s.h1))
    if held and held[-1].next_steps:
        story.append(paragraph(user(held[-1].next_steps), s.body))
    still_open = sum(1 for p in promises if p.status == PromiseStatus.OPEN)
    if still_open:
        story.append(
            Paragraph(t("still_open_one") if still_open == 1 else t("still_open", n=still_open), s.body)
        )
    story.append(Paragraph(t("next_evening"), s.h2))
    if coming:
        upcoming = coming[0]
        venue = f", {user(upcoming.venue)}" if upcoming.venue else ""
        story.append(paragraph(t("next_on", moment=t.report.moment(upcoming.starts_at), venue=venue), s.body))
    else:
        story.append(Paragraph(t("next_unknown"), s.body))
    if dossier.house_style.contact:
        story += [Paragraph(t("contact"), s.h2), paragraph(user(dossier.house_style.contact), s.body)]
    story += [Spacer(1, 8), Paragraph(t("regards"), s.body)]
    municipality = user(dossier.house_style.municipality)
    if municipality:  # no stand-in name: the adviser names the municipality at the first export
        story.append(paragraph(municipality, s.body))
    return story


def _promise(
    promise: Promise,
    meeting: Meeting,
    today: date,
    t: LetterTexts,
    s: ReportStyles,
    user: Callable[[str | None], str],
) -> list[Flowable]:
    if promise.status == PromiseStatus.DONE:
        outcome = t("done")
    elif promise.status == PromiseStatus.DROPPED:
        outcome = t("dropped", reason=user(promise.reason)) if promise.reason else t("dropped_no_reason")
    elif promise.due is not None and is_overdue(promise, today):
        outcome = t("open_late", day=t.report.day(promise.due))
    elif promise.due is not None:
        outcome = t("open_due", day=t.report.day(promise.due))
    else:
        outcome = t("open")
    lines = [
        f"<b>{user(promise.text)}</b> <font size='8'>({t('made_at', day=t.report.day(meeting.starts_at.date()))})</font>",
        outcome,
    ]
    latest = latest_update(promise)
    if latest is not None and promise.status != PromiseStatus.DROPPED:
        lines.append(t("latest", day=t.report.day(latest.at.date()), text=user(latest.text)))
    return [paragraph(lines[0], s.body), paragraph("<br/>".join(lines[1:]), s.remark), Spacer(1, 4)]

"""The report's story from cover to contact, section by section."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.doctemplate import NotAtTopPageBreak

from .contents import ContentsBlock, ContentsEntry, contents_blocks
from .context import ReportContext
from .layout import BODY_HEIGHT, BODY_WIDTH, Heading
from .story_about import background_section, expected_absent_line, introduction_section
from .story_after import evaluation_section, next_steps_section, promises_section, sketches_section
from .story_notes import ideas_section, notes_section, votes_section
from .styles import ParagraphStyle
from .tagging import list_item
from .text import Paragraph, markup, paragraph


def build_story(ctx: ReportContext, contact: str | None) -> tuple[list[Flowable], list[ContentsBlock]]:
    """Every flowable of the report in reading order, and the contents blocks in it."""
    body = report_body(ctx, contact)
    # headings are numbered in story order: the same keys the doc template bookmarks
    headings = [f for f in body if isinstance(f, Heading)]
    entries = [ContentsEntry(h.level, h.outline, f"section-{i}") for i, h in enumerate(headings, start=1)]
    blocks = contents_blocks(entries, BODY_WIDTH, BODY_HEIGHT - 50, BODY_HEIGHT - 8)
    story = cover(ctx) + [NextPageTemplate("body"), PageBreak()]
    story += [Paragraph(ctx.texts("contents"), ctx.styles.h1), Spacer(1, 6), *blocks, PageBreak()]
    return story + body, blocks


def report_body(ctx: ReportContext, contact: str | None) -> list[Flowable]:
    """The sections after the cover and the contents, from the summary to how to stay in touch."""
    body: list[Flowable] = []
    for section in (
        introduction_section(ctx),
        summary_section(ctx),
        background_section(ctx),
        frame_section(ctx),
        agenda_section(ctx),
        attendance_section(ctx),
        notes_section(ctx),
        ideas_section(ctx),
        votes_section(ctx),
    ):
        body += [Spacer(1, 10)] if body else []
        body += section
    # sketches start on a fresh page, and so do the promises (NotAtTop: never a blank page)
    body += [NotAtTopPageBreak()] + sketches_section(ctx) + [NotAtTopPageBreak()]
    for index, section in enumerate(
        (promises_section(ctx), evaluation_section(ctx), next_steps_section(ctx, contact))
    ):
        body += ([Spacer(1, 10)] if index else []) + section
    return body


def cover(ctx: ReportContext) -> list[Flowable]:
    t, s, m = ctx.texts, ctx.styles, ctx.meeting
    white = ParagraphStyle("cover_white", parent=s.subtitle, textColor="#ffffff")
    kicker = ParagraphStyle("cover_kicker", parent=white, fontSize=12, leading=16)
    big = ParagraphStyle("cover_title", parent=s.title, textColor="#ffffff", fontSize=28, leading=34)
    story: list[Flowable] = [
        Paragraph(t("report").upper(), kicker),
        Spacer(1, 4),
        paragraph(ctx.title(m.title), big),
    ]
    # the dossier's title once, under the evening's, unless the evening's title already says it
    if _says_more(ctx.dossier.title, m.title):
        story.append(paragraph(ctx.title(ctx.dossier.title), white))
    story.append(FrameBreak())
    rows = [[t("date"), ctx.texts.moment(m.starts_at)]]
    if m.venue:
        rows.append([t("venue"), ctx.title(m.venue)])
    if ctx.dossier.area:
        rows.append([t("area"), ctx.title(ctx.dossier.area)])
    label = ParagraphStyle("cover_label", parent=s.body, textColor=s.accent, fontName=s.h2.fontName)
    table = Table(
        [[Paragraph(a, label), Paragraph(b, s.body)] for a, b in rows],
        colWidths=[32 * mm, BODY_WIDTH - 32 * mm],
    )
    table.header_cols = 1  # type: ignore[attr-defined]  # "Datum", "Locatie": row headers (TH)
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), s.body.fontName),
        ]
    )
    story.append(table)
    return story


def _says_more(subtitle: str, title: str) -> bool:
    """True when ``subtitle`` adds words to ``title`` (case and spacing aside)."""
    sub = " ".join(subtitle.split()).casefold()
    return bool(sub) and sub not in " ".join(title.split()).casefold()


def summary_section(ctx: ReportContext) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    if not (ctx.meeting.summary or "").strip():
        return []  # residents get no "no summary yet" page: the report starts with the question
    return [Heading(t("summary"), s.h1, 0, t("summary")), paragraph(ctx.user(ctx.meeting.summary), s.body)]


def frame_section(ctx: ReportContext) -> list[Flowable]:
    """The question and the kaders: what was open for discussion and what was fixed, and why."""
    t, s, m = ctx.texts, ctx.styles, ctx.meeting
    story: list[Flowable] = [Heading(t("question_frame"), s.h1, 0, t("question_frame"))]
    if m.question:
        quote = ParagraphStyle(
            "question",
            parent=s.body,
            fontSize=12,
            leading=17,
            leftIndent=8,
            borderPadding=(6, 8, 8, 8),
            backColor=s.accent_light,
            spaceBefore=4,
            spaceAfter=12,
        )
        story += [Paragraph(t("question"), s.h2), paragraph(ctx.user(m.question), quote)]
    marked = ParagraphStyle("frame_item", parent=s.bullet, bulletColor=s.accent, bulletFontName=s.h2.fontName)
    for key, items, mark in (("frame_open", m.frame.open, "✓"), ("frame_fixed", m.frame.fixed, "■")):
        story.append(Paragraph(t(key), s.h2))
        if not items:
            story.append(Paragraph(t("nothing_listed"), s.body))
        in_list = object()
        for item in items:
            story += list_item([paragraph(ctx.user(item), marked, bulletText=mark)], in_list)
    return story


def agenda_section(ctx: ReportContext) -> list[Flowable]:
    t, s, m = ctx.texts, ctx.styles, ctx.meeting
    story: list[Flowable] = [Heading(t("agenda"), s.h1, 0, t("agenda"))]
    if not m.agenda:
        return story + [Paragraph(t("nothing_listed"), s.body)]
    rows: list[list[object]] = [
        [Paragraph(t(k), s.cell_head) for k in ("agenda_time", "agenda_item", "agenda_minutes")]
    ]
    at = m.starts_at
    for block in m.agenda:
        rows.append(
            [
                Paragraph(f"{at:%H:%M}", s.cell),
                paragraph(ctx.user(block.title), s.cell),
                Paragraph(t("minutes", n=block.minutes), s.cell),
            ]
        )
        at += timedelta(minutes=max(0, block.minutes))
    table = Table(rows, colWidths=[20 * mm, BODY_WIDTH - 44 * mm, 24 * mm], repeatRows=1, splitInRow=1)
    table.setStyle(s.table())
    return story + [table]


def attendance_section(ctx: ReportContext) -> list[Flowable]:
    """Counts by group for everyone; the contact list (with consent) only internally."""
    t, s = ctx.texts, ctx.styles
    attendance = ctx.meeting.attendance
    total = attendance.count or sum(attendance.by_group.values())
    story: list[Flowable] = [
        Heading(t("attendance"), s.h1, 0, t("attendance")),
        Paragraph(t.count("attendance_total", total) if total else t("attendance_unknown"), s.body),
    ]
    if attendance.by_group:
        rows: list[list[object]] = [[Paragraph(t("group"), s.cell_head), Paragraph(t("count"), s.cell_head)]]
        for group, count in sorted(attendance.by_group.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append([paragraph(ctx.user(group), s.cell), Paragraph(str(count), s.cell)])
        table = Table(rows, colWidths=[BODY_WIDTH * 0.6, 25 * mm], repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(s.table())
        story.append(table)
    if ctx.internal:
        story += expected_absent_line(ctx)
        story += [Paragraph(t("contact_list"), s.h2)]
        people = [p for p in ctx.dossier.people if p.consent_contact]
        if not people:
            story.append(Paragraph(t("no_contacts"), s.body))
        else:
            rows = [[Paragraph(t(k), s.cell_head) for k in ("name", "group", "email", "phone")]]
            for p in sorted(people, key=lambda p: p.name.casefold()):
                rows.append(
                    [Paragraph(markup(v or "-"), s.cell) for v in (p.name, p.group, p.email, p.phone)]
                )
            table = Table(
                rows,
                colWidths=[BODY_WIDTH * 0.3, BODY_WIDTH * 0.2, BODY_WIDTH * 0.3, BODY_WIDTH * 0.2],
                repeatRows=1,
                splitInRow=1,
            )
            table.setStyle(s.table())
            story.append(table)
    return story

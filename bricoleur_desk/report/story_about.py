"""The report's opening: the adviser's introduction and, when chosen, the plan's background
(the dossier's description, what came before, the earlier evenings, who has a stake)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from ..domain.attendance import expected_but_absent
from ..domain.model import Meeting
from .context import ReportContext
from .layout import BODY_WIDTH, Heading
from .text import Paragraph, paragraph


def introduction_section(ctx: ReportContext) -> list[Flowable]:
    """The adviser's opening words; nothing when there are none."""
    t, s = ctx.texts, ctx.styles
    if not (ctx.meeting.introduction or "").strip():
        return []
    return [
        Heading(t("introduction"), s.h1, 0, t("introduction")),
        *[paragraph(ctx.user(part), s.body) for part in _paragraphs(ctx.meeting.introduction)],
    ]


def background_section(ctx: ReportContext) -> list[Flowable]:
    """The plan's description, its history, the earlier evenings and the stakeholders (an option)."""
    if not ctx.background:
        return []
    t, s, d = ctx.texts, ctx.styles, ctx.dossier
    story: list[Flowable] = [Heading(t("background"), s.h1, 0, t("background"))]
    story += [paragraph(ctx.user(part), s.body) for part in _paragraphs(d.description)]
    if (d.history or "").strip():
        story.append(Paragraph(t("history"), s.h2))
        story += [paragraph(ctx.user(part), s.body) for part in _paragraphs(d.history)]
    earlier = sorted((m for m in d.meetings if m.starts_at < ctx.meeting.starts_at), key=lambda m: m.starts_at)
    if earlier:
        story.append(Paragraph(t("earlier_evenings"), s.h2))
        story += [paragraph(_evening_line(ctx, m), s.bullet, bulletText="•") for m in earlier]
    if d.stakeholders:
        story.append(Paragraph(t("stakeholders"), s.h2))
        keys = ["stakeholder", "stake"] + (["spokesperson"] if ctx.internal else [])
        rows: list[list[object]] = [[Paragraph(t(k), s.cell_head) for k in keys]]
        for stakeholder in d.stakeholders:
            cells = [stakeholder.name, stakeholder.stake]
            if ctx.internal:  # who speaks for a group is a person: never in the public report
                cells.append(stakeholder.spokesperson)
            rows.append([paragraph(ctx.user(c) or "-", s.cell) for c in cells])
        widths = [0.35, 0.4, 0.25] if ctx.internal else [0.4, 0.6]
        table = Table(rows, colWidths=[BODY_WIDTH * w for w in widths], repeatRows=1, splitInRow=1)
        table.setStyle(s.table())
        story.append(table)
    return story


def expected_absent_line(ctx: ReportContext) -> list[Flowable]:
    """Internal: which expected groups did not come (nothing when none were expected or counted)."""
    absent = expected_but_absent(ctx.meeting)
    if absent is None or not ctx.meeting.expected_groups:
        return []
    t, s = ctx.texts, ctx.styles
    if not absent:
        return [Paragraph(t("expected_all_came"), s.body)]
    return [paragraph(t("expected_absent", groups=", ".join(ctx.user(g) for g in absent)), s.body)]


def _evening_line(ctx: ReportContext, meeting: Meeting) -> str:
    return f"{ctx.texts.day(meeting.starts_at.date())}: {ctx.title(meeting.title)}"


def _paragraphs(text: str | None) -> list[str]:
    """User text split at blank lines: each part its own paragraph."""
    parts = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]

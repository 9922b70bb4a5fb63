"""The residents' words: every note by theme with status and answer, ideas, votes."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.model import Note, NoteKind, NoteStatus
from .charts import Bar
from .context import ReportContext
from .fonts import BOLD
from .layout import BODY_WIDTH, Heading
from .styles import MUTED, REMARK, color_name
from .text import markup, paragraph

_KIND_KEYS = {
    NoteKind.CONCERN: "kind_concern",
    NoteKind.QUESTION: "kind_question",
    NoteKind.IDEA: "kind_idea",
}


def _note_style(ctx: ReportContext) -> ParagraphStyle:
    return ParagraphStyle(
        "note",
        parent=ctx.styles.body,
        leftIndent=11 * mm,
        bulletIndent=0,
        bulletFontName=BOLD,
        bulletFontSize=11,
        bulletColor=ctx.styles.accent,
        spaceAfter=8,
    )


def status_line(ctx: ReportContext, note: Note) -> str:
    """The note's outcome in words, as markup: answered / see promise P-3 / outside the frame ..."""
    t = ctx.texts
    answer = ctx.user(note.answer)
    if note.status == NoteStatus.ANSWERED:
        return t("status_answered", answer=answer) if answer else t("status_answered_plain")
    if note.status == NoteStatus.INVESTIGATE:
        promise = ctx.promise_for_note(note)
        line = (
            t("status_investigate", promise=ctx.promise_label(promise))
            if promise
            else t("status_investigate_plain")
        )
        return f"{line} {answer}" if answer else line
    if note.status == NoteStatus.OUT_OF_FRAME:
        return t("status_out_of_frame", why=answer) if answer else t("status_out_of_frame_plain")
    if note.status == NoteStatus.MERGED:
        target = ctx.note_by_id(note.merged_into) if note.merged_into else None
        number = str(target.number) if target else "?"
        return t("status_merged", number=number)
    return t("status_open")


def note_paragraph(
    ctx: ReportContext, note: Note, style: ParagraphStyle, theme_name: str | None = None
) -> Paragraph:
    """One note: its number as the bullet, the resident's words, who raised it, what became of it."""
    t = ctx.texts
    muted, accent, brown = color_name(MUTED), color_name(ctx.styles.accent), color_name(REMARK)
    meta = [t(_KIND_KEYS.get(note.kind, "kind_concern"))]
    if theme_name:
        meta.append(markup(theme_name))
    if note.raised_by_group:
        meta.append(t("raised_by_group", group=ctx.user(note.raised_by_group)))
    if note.votes:
        meta.append(f"{note.votes} {t('votes_col').lower()}")
    parts = [
        ctx.user(note.text),
        f'<font size="8.5" color="{muted}">{" · ".join(meta)}</font>',
        f'<font size="9.5" color="{accent}">{status_line(ctx, note)}</font>',
    ]
    if ctx.internal:
        if note.raised_by:
            person = next((p for p in ctx.dossier.people if p.id == note.raised_by), None)
            if person:
                parts.append(
                    f'<font size="8.5" color="{brown}">{t("raised_by_person", name=markup(person.name))}</font>'
                )
        if note.internal_remark:
            remark = markup(note.internal_remark)
            parts.append(
                f'<font size="8.5" color="{brown}"><i>{t("internal_remark", remark=remark)}</i></font>'
            )
    return paragraph("<br/>".join(parts), style, bulletText=str(note.number))


def notes_section(ctx: ReportContext) -> list[Flowable]:
    """Concerns and questions grouped by theme, in the order of the evening's numbering."""
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("notes"), s.h1, 0, t("notes")), Paragraph(t("notes_intro"), s.body)]
    notes = [n for n in ctx.meeting.notes if n.kind != NoteKind.IDEA]
    if not notes:
        story.append(Paragraph(t("no_notes"), s.body))
        return story
    style = _note_style(ctx)
    theme_ids = {th.id for th in ctx.meeting.themes}
    groups: list[tuple[str | None, list[Note]]] = [
        (th.name, [n for n in notes if n.theme_id == th.id]) for th in ctx.meeting.themes
    ]
    groups.append((None, [n for n in notes if n.theme_id not in theme_ids]))
    for name, members in groups:
        if not members:
            continue
        title = ctx.mask(name) if name else t("no_theme")
        story.append(Heading(markup(title), s.h2, 1, title))
        for note in sorted(members, key=lambda n: n.number):
            story.append(note_paragraph(ctx, note, style))
    return story


def ideas_section(ctx: ReportContext) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("ideas"), s.h1, 0, t("ideas"))]
    ideas = sorted((n for n in ctx.meeting.notes if n.kind == NoteKind.IDEA), key=lambda n: n.number)
    if not ideas:
        return story + [Paragraph(t("no_ideas"), s.body)]
    themes = {th.id: ctx.mask(th.name) for th in ctx.meeting.themes}
    style = _note_style(ctx)
    for note in ideas:
        story.append(note_paragraph(ctx, note, style, themes.get(note.theme_id or "")))
    return story


def votes_section(ctx: ReportContext, limit: int = 15) -> list[Flowable]:
    """The points with the most votes, each with a bar."""
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("votes"), s.h1, 0, t("votes"))]
    voted = sorted((n for n in ctx.meeting.notes if n.votes > 0), key=lambda n: (-n.votes, n.number))[:limit]
    if not voted:
        return story + [Paragraph(t("no_votes"), s.body)]
    story.append(Paragraph(t("votes_intro"), ParagraphStyle("intro", parent=s.body, keepWithNext=1)))
    top = voted[0].votes
    bar_w = 38 * mm
    rows: list[list[object]] = [
        [Paragraph(t("note_col"), s.cell_head), "", Paragraph(t("votes_col"), s.cell_head), ""]
    ]
    for note in voted:
        bar = Bar(note.votes / top, bar_w, s.accent)
        rows.append(
            [
                Paragraph(f"<b>{note.number}</b>", s.cell),
                paragraph(ctx.user(note.text), s.cell),
                Paragraph(str(note.votes), s.cell),
                bar,
            ]
        )
    table = Table(
        rows,
        colWidths=[12 * mm, BODY_WIDTH - 12 * mm - 23 * mm - bar_w - 4, 23 * mm, bar_w + 4],
        repeatRows=1,
    )
    table.setStyle(s.table())
    story += [table, Spacer(1, 6)]
    return story

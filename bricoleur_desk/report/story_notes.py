"""The residents' words: every note by theme with status and answer, ideas, votes."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from ..domain.model import Note, NoteKind, NoteStatus
from .charts import Bar
from .context import ReportContext
from .fonts import BOLD, ITALIC
from .layout import BODY_WIDTH, Heading
from .reasons import out_of_frame_reason, reason_is_clause
from .styles import MUTED, REMARK
from .tagging import list_item
from .text import Paragraph, markup, paragraph, shortened

_KIND_KEYS = {
    NoteKind.CONCERN: "kind_concern",
    NoteKind.QUESTION: "kind_question",
    NoteKind.IDEA: "kind_idea",
}


@dataclass(frozen=True)
class NoteStyles:
    """Each line of a note in its own style: single-style Paragraphs break lines on reportlab's
    fast path (one Paragraph with <font> runs took 0.3 s more on 1,000 notes). Every line but the
    last keeps with the next, so a note never splits from its status."""

    lines: dict[str, ParagraphStyle]  # "text", "meta", "status", "internal", "remark"
    last: dict[str, ParagraphStyle]  # the same, when it is the note's last line

    def pick(self, kind: str, is_last: bool) -> ParagraphStyle:
        return (self.last if is_last else self.lines)[kind]


def note_styles(ctx: ReportContext) -> NoteStyles:
    body, accent = ctx.styles.body, ctx.styles.accent
    small = {"fontSize": 8.5, "leading": 11}
    kinds: dict[str, dict[str, object]] = {
        "text": {"bulletIndent": 0, "bulletFontName": BOLD, "bulletFontSize": 11, "bulletColor": accent},
        "meta": {**small, "textColor": MUTED},
        "status": {"fontSize": 9.5, "leading": 13, "textColor": accent},
        "internal": {**small, "textColor": REMARK},
        "remark": {**small, "textColor": REMARK, "fontName": ITALIC},
    }

    def make(kind: str, last: bool) -> ParagraphStyle:
        return ParagraphStyle(
            f"note_{kind}{'_last' if last else ''}", parent=body, leftIndent=11 * mm,
            spaceAfter=8 if last else 1, keepWithNext=0 if last else 1, **kinds[kind],
        )  # fmt: skip

    return NoteStyles({k: make(k, False) for k in kinds}, {k: make(k, True) for k in kinds})


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
        return _out_of_frame(ctx, note)
    if note.status == NoteStatus.MERGED:
        target = ctx.note_by_id(note.merged_into) if note.merged_into else None
        number = str(target.number) if target else "?"
        return t("status_merged", number=number)
    return t("status_open")


def _out_of_frame(ctx: ReportContext, note: Note) -> str:
    """'Valt buiten de kaders, omdat ...' or 'Buiten de kaders: ...', however the reason was typed."""
    lang = ctx.texts.lang
    why = ctx.user(note.answer, lambda masked: out_of_frame_reason(masked, lang))
    if not why:
        return ctx.texts("status_out_of_frame_plain")
    key = (
        "status_out_of_frame_because" if reason_is_clause(note.answer or "", lang) else "status_out_of_frame"
    )
    return ctx.texts(key, why=why)


def note_flowables(
    ctx: ReportContext,
    note: Note,
    styles: NoteStyles,
    theme_name: str | None = None,
    in_list: object | None = None,
) -> list[Flowable]:
    """One note: its number as the bullet, the resident's words, who raised it, what became of it.

    Its lines are one item of the list ``in_list`` in a tagged PDF.
    """
    t = ctx.texts
    meta = [t(_KIND_KEYS.get(note.kind, "kind_concern"))]
    if theme_name:
        meta.append(markup(theme_name))
    if note.raised_by_group:
        meta.append(t("raised_by_group", group=ctx.user(note.raised_by_group)))
    if note.votes:
        meta.append(t.count("vote_count", note.votes))
    lines = [
        ("text", ctx.user(note.text) or "-"),
        ("meta", " · ".join(meta)),
        ("status", status_line(ctx, note)),
    ]
    if ctx.internal:
        person = (
            next((p for p in ctx.dossier.people if p.id == note.raised_by), None) if note.raised_by else None
        )
        if person:
            lines.append(("internal", t("raised_by_person", name=markup(person.name))))
        if note.internal_remark:
            lines.append(("remark", t("internal_remark", remark=markup(note.internal_remark))))
    last = len(lines) - 1
    flowables: list[Flowable] = [
        paragraph(text, styles.pick(kind, i == last), **({"bulletText": str(note.number)} if i == 0 else {}))
        for i, (kind, text) in enumerate(lines)
    ]
    return list_item(flowables, in_list if in_list is not None else object())


def notes_section(ctx: ReportContext) -> list[Flowable]:
    """Concerns and questions grouped by theme, in the order of the evening's numbering."""
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("notes"), s.h1, 0, t("notes")), Paragraph(t("notes_intro"), s.body)]
    notes = [n for n in ctx.meeting.notes if n.kind != NoteKind.IDEA]
    if not notes:
        story.append(Paragraph(t("no_notes"), s.body))
        return story
    styles = note_styles(ctx)
    theme_ids = {th.id for th in ctx.meeting.themes}
    groups: list[tuple[str | None, list[Note]]] = [
        (th.name, [n for n in notes if n.theme_id == th.id]) for th in ctx.meeting.themes
    ]
    groups.append((None, [n for n in notes if n.theme_id not in theme_ids]))
    for name, members in groups:
        if not members:
            continue
        title = shortened(ctx.mask(name)) if name else t("no_theme")
        story.append(Heading(markup(title), s.h2, 1, title))
        in_list = object()
        for note in sorted(members, key=lambda n: n.number):
            story += note_flowables(ctx, note, styles, in_list=in_list)
    return story


def ideas_section(ctx: ReportContext) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("ideas"), s.h1, 0, t("ideas"))]
    ideas = sorted((n for n in ctx.meeting.notes if n.kind == NoteKind.IDEA), key=lambda n: n.number)
    if not ideas:
        return story + [Paragraph(t("no_ideas"), s.body)]
    themes = {th.id: ctx.mask(th.name) for th in ctx.meeting.themes}
    styles = note_styles(ctx)
    in_list = object()
    for note in ideas:
        story += note_flowables(ctx, note, styles, themes.get(note.theme_id or ""), in_list)
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
        splitInRow=1,
    )
    table.setStyle(s.table())
    story += [table, Spacer(1, 6)]
    return story

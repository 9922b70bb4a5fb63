"""The sketches, the promises, the evaluation and what happens next."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..domain.evaluation_scale import QUESTION, SCORES
from ..domain.model import BackgroundKind, Canvas, Promise, PromiseStatus, Sheet
from ..domain.register import public_owner
from .charts import ScoreChart, average_score
from .context import ReportContext
from .layout import BODY_HEIGHT, BODY_WIDTH, Heading
from .sketches import MAX_BACKGROUND_PIXELS, SKETCH_HEIGHT, SKETCH_WIDTH, PinMark, SketchFlowable
from .styles import MUTED, color_name
from .tagging import list_item, tag
from .text import Paragraph, markup, paragraph, plain, shortened

_STATUS_KEYS = {
    PromiseStatus.OPEN: "promise_open",
    PromiseStatus.DONE: "promise_done",
    PromiseStatus.DROPPED: "promise_dropped",
}


def sketches_section(ctx: ReportContext) -> list[Flowable]:
    """Each canvas on its own page: the drawing, then a legend of pins, stickies and labels."""
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("sketches"), s.h1, 0, t("sketches"))]
    canvases = [c for c in ctx.meeting.canvases if any(sh.visible for sh in c.sheets) or c.background.data]
    if not canvases:
        return story + [Paragraph(t("no_sketches"), s.body)]
    for index, canvas in enumerate(canvases):
        if index:
            story.append(CondPageBreak(BODY_HEIGHT * 0.75))
        story += _one_sketch(ctx, canvas)
    return story


def _one_sketch(ctx: ReportContext, canvas: Canvas) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    title = shortened(ctx.mask(canvas.name)) or "-"
    sheets = [sh for sh in canvas.sheets if sh.visible]
    pins: list[PinMark] = []
    legend: list[Flowable] = []
    sticky_numbers: dict[str, str] = {}
    for sheet in sheets:
        for pin in sheet.pins:
            note = ctx.note_by_id(pin.note_id)
            number = str(note.number) if note else "?"
            pins.append(PinMark(number, pin.x, pin.y))
            if note:
                legend.append(paragraph(ctx.user(note.text), s.bullet, bulletText=number))
    stickies: list[Flowable] = []
    labels: list[Flowable] = []
    for sheet in sheets:
        for sticky in sheet.stickies:
            code = chr(ord("A") + len(sticky_numbers) % 26) + (
                "" if len(sticky_numbers) < 26 else str(len(sticky_numbers) // 26)
            )
            sticky_numbers[sticky.id] = code
            stickies.append(paragraph(ctx.user(sticky.text), s.bullet, bulletText=code))
        for label in sheet.labels:
            labels.append(paragraph(ctx.user(label.text), s.bullet, bulletText="•"))
    drawing = SketchFlowable(
        canvas, SKETCH_WIDTH, SKETCH_HEIGHT, pins, s.accent, sticky_numbers, ctx.mask, ctx.sketch_store
    )
    tag(drawing, alt=sketch_alt(ctx, canvas, sheets, pins, list(sticky_numbers.values())))
    story: list[Flowable] = [Heading(markup(title), s.h2, 1, title)]
    if sheets:
        names = ", ".join(markup(ctx.mask(sh.name)) for sh in sheets)
        story.append(Paragraph(t("sheets_shown", names=names), s.small))
    story += [drawing, Spacer(1, 8)]
    if drawing.left_out is not None:
        width, height = drawing.left_out
        size = t("map_size", width=width, height=height) if width else t("map_size_unknown")
        story.append(Paragraph(t("map_left_out", size=size, limit=MAX_BACKGROUND_PIXELS // 1_000_000), s.small))
    for key, items in (("pins", legend), ("stickies", stickies), ("labels", labels)):
        if items:
            in_list = object()
            for item in items:
                list_item([item], in_list)
            story.append(KeepTogether([Paragraph(f"<b>{t(key)}</b>", s.body), items[0]]))
            story += items[1:]
    return story


def sketch_alt(
    ctx: ReportContext, canvas: Canvas, sheets: list[Sheet], pins: list[PinMark], sticky_codes: list[str]
) -> str:
    """What the sketch shows, for those who cannot see it: background, sheets, lines, pins, notes."""
    t = ctx.texts
    background = {BackgroundKind.IMAGE: "sketch_on_image", BackgroundKind.GRID: "sketch_on_grid"}.get(
        canvas.background.kind, "sketch_on_blank"
    )
    parts = [t("sketch_alt", name=plain(ctx.mask(canvas.name)) or "-", background=t(background))]
    if sheets:
        parts.append(t("sketch_alt_sheets", names=", ".join(plain(ctx.mask(sh.name)) for sh in sheets)))
    lines = sum(len(sh.strokes) for sh in sheets)
    if lines:
        parts.append(t.count("sketch_alt_lines", lines))
    if pins:
        parts.append(t("sketch_alt_pins", numbers=", ".join(p.number for p in pins)))
    if sticky_codes:
        parts.append(t("sketch_alt_stickies", codes=", ".join(sticky_codes)))
    texts = [plain(ctx.mask(label.text)) for sh in sheets for label in sh.labels]
    if texts:
        parts.append(t("sketch_alt_labels", texts="; ".join(shortened(x, 80) for x in texts[:20])))
    if pins or sticky_codes:
        parts.append(t("sketch_alt_legend"))
    return " ".join(parts)


def promises_section(ctx: ReportContext) -> list[Flowable]:
    """What, who, by when, status: this evening's promises, then what became of every earlier one."""
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("promises"), s.h1, 0, t("promises"))]
    promises = ctx.promises()
    if not promises:
        return story + [Paragraph(t("no_promises"), s.body)]
    own = [p for p in promises if p.meeting_id == ctx.meeting.id]
    earlier = [p for p in promises if p.meeting_id != ctx.meeting.id]
    story.append(Paragraph(t("promises_intro"), s.body))
    story.append(_promises_table(ctx, own) if own else Paragraph(t("no_promises_tonight"), s.body))
    if earlier:
        story += [
            Heading(t("earlier_promises"), s.h2, 1, t("earlier_promises")),
            Paragraph(t("earlier_promises_intro"), s.body),
            _promises_table(ctx, earlier),
        ]
    if ctx.internal:
        story += _owner_contacts(ctx, promises)
    return story


def _promises_table(ctx: ReportContext, promises: list[Promise]) -> Table:
    t, s = ctx.texts, ctx.styles
    head = [
        Paragraph(t(k), s.cell_head) for k in ("promise_what", "promise_who", "promise_due", "promise_status")
    ]
    rows: list[list[object]] = [[Paragraph("", s.cell_head), *head]]
    for promise in promises:
        rows.append(_promise_row(ctx, promise))
    widths = [13 * mm, BODY_WIDTH - 13 * mm - 34 * mm - 24 * mm - 40 * mm, 34 * mm, 24 * mm, 40 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table())
    return table


def _promise_row(ctx: ReportContext, promise: Promise) -> list[object]:
    t, s = ctx.texts, ctx.styles
    what = ctx.user(promise.text)
    extra = []
    numbers = [str(n.number) for n in (ctx.note_by_id(i) for i in promise.note_ids) if n]
    if numbers:
        extra.append(t("promise_notes", numbers=", ".join(numbers)))
    if promise.meeting_id != ctx.meeting.id:
        earlier = next((m for m in ctx.dossier.meetings if m.id == promise.meeting_id), None)
        if earlier:
            extra.append(t("promise_earlier", date=ctx.texts.day(earlier.starts_at.date())))
    if promise.updates:
        latest = max(promise.updates, key=lambda u: u.at)
        extra.append(f"{ctx.texts.day(latest.at.date())}: {ctx.user(latest.text)}")
    if extra:
        what += f'<br/><font size="8" color="{color_name(MUTED)}">' + " · ".join(extra) + "</font>"
    due = t("no_due") if promise.due is None else ctx.texts.day(promise.due)
    return [
        Paragraph(f"<b>{ctx.promise_label(promise)}</b>", s.cell),
        paragraph(what, s.cell),
        paragraph(ctx.user(promise.owner if ctx.internal else public_owner(ctx.dossier, promise)) or "-", s.cell),
        Paragraph(due, s.cell),
        paragraph(_outcome(ctx, promise), s.cell),
    ]


def _outcome(ctx: ReportContext, promise: Promise) -> str:
    """The status in words; a dropped promise says why (residents are owed the why)."""
    status = ctx.texts(_STATUS_KEYS.get(promise.status, "promise_open"))
    if promise.status == PromiseStatus.DROPPED and promise.reason:
        return f"<b>{status}</b>: {ctx.user(promise.reason)}"
    return f"<b>{status}</b>"


def _owner_contacts(ctx: ReportContext, promises: list[Promise]) -> list[Flowable]:
    """Internal only: the email and phone of people whose name matches a promise's owner."""
    t, s = ctx.texts, ctx.styles
    owners = {(p.owner or "").strip().casefold() for p in promises if p.owner}
    people = [p for p in ctx.dossier.people if p.name.strip().casefold() in owners]
    if not people:
        return []
    rows: list[list[object]] = [[Paragraph(t(k), s.cell_head) for k in ("name", "email", "phone")]]
    for person in people:
        rows.append([Paragraph(markup(v or "-"), s.cell) for v in (person.name, person.email, person.phone)])
    table = Table(
        rows, colWidths=[BODY_WIDTH * 0.4, BODY_WIDTH * 0.35, BODY_WIDTH * 0.25], repeatRows=1, splitInRow=1
    )
    table.setStyle(s.table())
    return [Spacer(1, 10), Paragraph(f"<b>{t('owner_contact')}</b>", s.body), table]


def evaluation_section(ctx: ReportContext) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    evaluation = ctx.meeting.evaluation
    story: list[Flowable] = [Heading(t("evaluation"), s.h1, 0, t("evaluation"))]
    average, responses = average_score(evaluation.scores)
    if responses:
        avg = f"{average:.1f}".replace(".", ",") if ctx.texts.lang == "nl" else f"{average:.1f}"
        low, high = SCORES[0], SCORES[-1]
        intro = t(
            "evaluation_intro",
            question=t.domain(QUESTION),
            low=t.score_word(low),
            high=t.score_word(high),
        )
        words = [t.score_word(score) for score in SCORES]
        chart = ScoreChart(evaluation.scores, s.accent, words)
        counts = [
            t("chart_alt_score", score=score, word=word, n=n)
            for score, word, n in zip(SCORES, words, chart.counts, strict=True)
        ]
        tag(chart, alt=t("chart_alt", counts="; ".join(counts)))
        story += [
            Paragraph(intro, s.body),
            chart,
            Spacer(1, 4),
            Paragraph(t.count("evaluation_average", responses, avg=avg), s.body),
        ]
    elif not evaluation.remarks:
        story.append(Paragraph(t("evaluation_none"), s.body))
    if evaluation.remarks:
        story.append(Paragraph(t("remarks"), s.h2))
        in_list = object()
        for remark in evaluation.remarks:
            story += list_item([paragraph(ctx.user(remark), s.bullet, bulletText="–")], in_list)
    return story


def next_steps_section(ctx: ReportContext, contact: str | None) -> list[Flowable]:
    t, s = ctx.texts, ctx.styles
    story: list[Flowable] = [Heading(t("next"), s.h1, 0, t("next"))]
    story.append(paragraph(ctx.user(ctx.meeting.next_steps) or t("no_next"), s.body))
    if contact:
        story += [Paragraph(t("stay_in_touch"), s.h2), paragraph(ctx.user(contact), s.body)]
    return story

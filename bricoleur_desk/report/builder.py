"""Build the follow-up report PDF for one meeting of a dossier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..domain.model import Dossier, Meeting
from .context import AUDIENCES, INTERNAL, ReportContext
from .i18n import ReportTexts
from .layout import PageDecor, ReportDocTemplate
from .sketch_store import SketchStore
from .sketches import SketchFlowable
from .story import build_story
from .styles import make_styles
from .text import plain


@dataclass(frozen=True)
class BuiltReport:
    pages: int
    sketch_points_in: int
    sketch_points_out: int


def build_report(
    target: str | BinaryIO,
    dossier: Dossier,
    meeting: Meeting,
    *,
    audience: str = "public",
    lang: str = "nl",
    mask: Callable[[str], str] | None = None,
    progress: Callable[[float], None] | None = None,
    extra_story: list[Any] | None = None,
    sketch_store: SketchStore | None = None,
    background: bool = False,
    tagged: bool = True,
) -> BuiltReport:
    """Write the report for ``meeting`` to ``target`` (a path or a binary file object).

    ``mask`` hides personal data in user text (the public report); ``extra_story`` is appended
    at the end (tests use it to make a build fail midway). ``sketch_store`` holds the sketches
    kept by earlier reports and receives the ones this report makes (see sketch_store.py).
    ``background`` adds the dossier's description, history and stakeholders (the adviser's choice).
    ``tagged``: a tagged PDF (PDF/UA-1); False only to measure what the tagging costs.
    """
    ctx = report_context(dossier, meeting, audience, lang, mask, sketch_store, background)
    texts, styles, hide, house = ctx.texts, ctx.styles, ctx.mask, dossier.house_style
    # no name until the adviser gives one: a bare "Gemeente" reads as the municipality's name
    municipality = plain(hide(house.municipality or ""))
    contact = hide(house.contact) if house.contact else None
    decor = PageDecor(
        municipality=municipality,
        running_title=plain(hide(meeting.title)),
        running_date=texts.day(meeting.starts_at.date()),
        contact=plain(contact),
        logo_png=house.logo_png,
        banner=texts("internal_banner") if audience == INTERNAL else texts("public_banner"),
        internal=audience == INTERNAL,
    )
    title = plain(f"{texts('report')}: {hide(meeting.title)}")
    doc = ReportDocTemplate(
        target,
        styles,
        texts,
        decor,
        title=title,
        author=municipality,
        subject=plain(texts("subject", title=hide(dossier.title))),
        creator="Bricoleur Desk",
        keywords=plain(f"{hide(dossier.title)}, {texts('report')}"),
        lang=lang,
        tagged=tagged,
    )
    story, contents = build_story(ctx, contact)
    if extra_story:
        story += extra_story
    if progress is not None:
        total, done = max(1, len(story)), [0]

        def on_flowable(count: int) -> None:
            done[0] += count
            progress(min(0.97, done[0] / total))

        doc.progress = on_flowable
    pages = doc.build_once(story, contents)
    if progress is not None:
        progress(1.0)
    sketches = [f for f in story if isinstance(f, SketchFlowable)]
    return BuiltReport(
        pages=pages,
        sketch_points_in=sum(f.points_in for f in sketches),
        sketch_points_out=sum(f.points_out for f in sketches),
    )


def report_context(
    dossier: Dossier,
    meeting: Meeting,
    audience: str,
    lang: str,
    mask: Callable[[str], str] | None,
    sketch_store: SketchStore | None = None,
    background: bool = False,
) -> ReportContext:
    """What every section of the report reads: the meeting, its words, styles and masking."""
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r} (use one of {', '.join(AUDIENCES)})")
    styles = make_styles(dossier.house_style.accent)
    identity: Callable[[str], str] = lambda text: text  # noqa: E731
    return ReportContext(
        dossier, meeting, audience, ReportTexts(lang), styles, mask or identity, sketch_store, background
    )

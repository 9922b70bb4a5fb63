"""Page templates: the cover, body pages with header and footer, TOC and bookmarks.

The report is laid out in ONE pass: what depends on the final page count (the footer's
"pagina 3 van 12", the contents' page numbers) is drawn as Form XObjects referenced on the
pages and defined after the last page. Two passes would double the time of a big report.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from .contents import ContentsBlock
from .fonts import BOLD, REGULAR
from .i18n import ReportTexts
from .styles import MUTED, RULE, ReportStyles, tint
from .tagging import StructRecorder, TaggedFrame
from .text import Paragraph, plain

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


class Heading(Paragraph):
    """A section (level 0) or subsection (level 1) heading: TOC entry and PDF bookmark."""

    def __init__(self, text: str | None, style: Any, level: int = 0, outline: str = "", **kw: Any) -> None:
        super().__init__(text, style, **kw)  # reportlab's split calls this with frags=...
        self.level = level
        self.outline = outline

    def split(self, available_width: float, available_height: float) -> list[Any]:
        # never split a heading: each part would be bookmarked and shift every later TOC link
        return []


@dataclass(frozen=True)
class PageDecor:
    """What the header, footer and cover band show (all already plain, drawable text)."""

    municipality: str
    running_title: str
    running_date: str  # after the title in the header; a long title is shortened, never the date
    contact: str
    logo_png: bytes | None
    banner: str
    internal: bool


class ReportDocTemplate(BaseDocTemplate):
    """Cover page plus body pages; records headings for the TOC and the PDF outline.

    ``tagged``: a tagged PDF (PDF/UA-1): the pages are drawn with marked content and the
    structure tree is added once they are written (tagging.py, pdf_structure.py).
    """

    def __init__(
        self,
        target: Any,
        styles: ReportStyles,
        texts: ReportTexts,
        decor: PageDecor,
        *,
        tagged: bool = True,
        **kw: Any,
    ):
        self.recorder = StructRecorder(enabled=tagged)
        self._target = target
        self._untagged = io.BytesIO() if tagged else None
        super().__init__(
            self._untagged if tagged else target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            displayDocTitle=1,
            initialFontName=REGULAR,  # no unembedded Helvetica in the file
            initialFontSize=10,
            **kw,
        )
        self.styles = styles
        self.texts = texts
        self.decor = decor
        self.progress: Callable[[int], None] | None = None
        self._heading_count = 0
        self._logo = print_logo(decor.logo_png) if decor.logo_png else None
        band_top = PAGE_HEIGHT * 0.70
        recorder = self.recorder
        band = TaggedFrame(
            recorder,
            MARGIN_X,
            PAGE_HEIGHT * 0.40,
            BODY_WIDTH,
            band_top - PAGE_HEIGHT * 0.40,
            id="band",
            leftPadding=0,
            rightPadding=0,
            topPadding=14 * mm,
            bottomPadding=8 * mm,
        )
        details = TaggedFrame(
            recorder,
            MARGIN_X,
            MARGIN_BOTTOM + 14 * mm,
            BODY_WIDTH,
            PAGE_HEIGHT * 0.40 - MARGIN_BOTTOM - 22 * mm,
            id="details",
            leftPadding=0,
            rightPadding=0,
            topPadding=6 * mm,
        )
        body = TaggedFrame(
            recorder,
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_WIDTH,
            BODY_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=4,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", frames=[band, details], onPage=self._draw_cover),
                PageTemplate("body", frames=[body], onPage=self._draw_header_footer),
            ]
        )

    # --- building -------------------------------------------------------------------------

    def build_once(self, story: list[Flowable], contents: list[ContentsBlock]) -> int:
        """Lay out and write the report; returns the number of pages."""
        self._doSave = 0
        self._heading_count = 0
        self._heading_pages: dict[str, int] = {}
        self.build(story)
        pages = self.page
        canv = self.canv
        for block in contents:
            block.draw_form(canv, self._heading_pages)
        for number in range(1, pages + 1):
            canv.beginForm(f"page-number-{number}", 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, 8.5)
            canv.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                MARGIN_BOTTOM - 10 * mm,
                self.texts("page_of", page=number, pages=pages),
            )
            canv.endForm()
        canv.save()
        if self._untagged is not None:
            from .pdf_structure import write_tagged  # pikepdf only where a tagged PDF is made

            # the contents' links, in the order they were drawn: what each one leads to
            titles = [e.title for block in contents for e in block.entries]
            write_tagged(
                self._untagged.getvalue(),
                self._target,
                self.recorder,
                title=self.title,
                lang=self.texts.lang,
                link_texts=titles,
            )
        return pages

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress:
            self.progress(1)
        if isinstance(flowable, Heading):
            self._heading_count += 1
            key = f"section-{self._heading_count}"
            self._heading_pages[key] = self.page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level, closed=flowable.level > 0)

    # --- page decoration ------------------------------------------------------------------

    def _draw_cover(self, canv: Any, doc: Any) -> None:
        s, rec = self.styles, self.recorder
        canv.saveState()
        band_bottom, band_top = PAGE_HEIGHT * 0.40, PAGE_HEIGHT * 0.70
        with rec.artifact(canv):
            canv.setFillColor(s.accent)
            canv.rect(0, band_bottom, PAGE_WIDTH, band_top - band_bottom, stroke=0, fill=1)
            canv.setFillColor(tint(s.accent, 0.2))
            canv.rect(0, band_bottom - 3 * mm, PAGE_WIDTH, 3 * mm, stroke=0, fill=1)
        self._draw_mark(canv)
        with rec.content(canv, "P"):
            self._draw_banner(canv, band_top)
        with rec.artifact(canv, "Pagination"):  # the footer of every other page says it too
            self._draw_contact(canv)
        canv.restoreState()

    def _draw_banner(self, canv: Any, band_top: float) -> None:
        """The audience: internal versions must be unmistakable on paper."""
        d = self.decor
        canv.setFont(BOLD, 10)
        if d.internal:
            canv.setFillColor("#b3261e")
            width = canv.stringWidth(d.banner, BOLD, 10) + 8 * mm
            canv.roundRect(
                PAGE_WIDTH - MARGIN_X - width, band_top + 8 * mm, width, 9 * mm, 2 * mm, stroke=0, fill=1
            )
            canv.setFillColor("#ffffff")
            canv.drawRightString(PAGE_WIDTH - MARGIN_X - 4 * mm, band_top + 11 * mm, d.banner)
        else:
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, 10)
            canv.drawRightString(PAGE_WIDTH - MARGIN_X, band_top + 11 * mm, d.banner)

    def _draw_mark(self, canv: Any) -> None:
        """The municipality's mark above the band: the logo when there is one, the name when known.

        Without either the space stays empty: a bare "Gemeente" would read as the name.
        """
        s, d = self.styles, self.decor
        if self._logo is None and not d.municipality:
            return
        top = PAGE_HEIGHT - 22 * mm
        x = MARGIN_X
        if self._logo is not None:
            iw, ih = self._logo.getSize()
            scale = min(48 * mm / iw, 24 * mm / ih)
            w, h = iw * scale, ih * scale
            alt = self.texts("logo_alt", name=d.municipality) if d.municipality else self.texts("logo_alt_plain")
            with self.recorder.content(canv, "Figure", alt=alt):
                canv.drawImage(self._logo, x, top - h, w, h, mask="auto")
            x += w + 6 * mm
            name_y = top - h / 2 - 5
        else:
            with self.recorder.artifact(canv):
                canv.setFillColor(s.accent)
                canv.rect(x, top - 16 * mm, 3 * mm, 16 * mm, stroke=0, fill=1)
            x += 7 * mm
            name_y = top - 10 * mm
        with self.recorder.content(canv, "P"):
            canv.setFillColor(s.accent)
            canv.setFont(BOLD, 18)
            canv.drawString(x, name_y, d.municipality)

    def _draw_header_footer(self, canv: Any, doc: Any) -> None:
        with self.recorder.artifact(canv, "Pagination"):
            self._draw_running_lines(canv, doc)

    def _draw_running_lines(self, canv: Any, doc: Any) -> None:
        s, d = self.styles, self.decor
        canv.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canv.setFillColor(s.accent)
        canv.rect(MARGIN_X, y - 1, 12 * mm, 2.2, stroke=0, fill=1)
        canv.setFont(BOLD, 8.5)
        canv.drawString(MARGIN_X, y + 4, d.municipality)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 8.5)
        ending = f" · {d.running_date}"
        room = BODY_WIDTH * 0.6 - canv.stringWidth(ending, REGULAR, 8.5)
        title = _fit(canv, d.running_title, REGULAR, 8.5, room) + ending
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, y + 4, title)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 5 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 8.5)
        canv.doForm(f"page-number-{doc.page}")  # defined once the page count is known
        if d.internal:  # on every page, where a photocopy keeps it
            canv.setFillColor("#b3261e")
            canv.setFont(BOLD, 8.5)
            canv.drawString(MARGIN_X, MARGIN_BOTTOM - 10 * mm, d.banner)
        else:
            contact = _fit(canv, d.contact, REGULAR, 8.5, BODY_WIDTH * 0.7)
            canv.drawString(MARGIN_X, MARGIN_BOTTOM - 10 * mm, contact)
        canv.restoreState()

    def _draw_contact(self, canv: Any) -> None:
        if not self.decor.contact:
            return
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 9)
        canv.drawString(MARGIN_X, MARGIN_BOTTOM, _fit(canv, self.decor.contact, REGULAR, 9, BODY_WIDTH))


# A logo is decoded whole: 16 megapixels is a 4,000 px square, far more than a 48 mm mark needs.
# A 20 KB PNG can declare 100 megapixels (400 MB as RGBA); its size is known before decoding.
MAX_LOGO_PIXELS = 16_000_000


def print_logo(data: bytes, max_px: int = 600) -> ImageReader | None:
    """The logo at print size (~300 dpi for 48 mm), or None when it cannot be read or is too large.

    A broken logo must not cost the adviser the report: the cover then shows the name only.
    """
    try:
        with warnings.catch_warnings():  # PIL warns of a bomb above 89 MP; refused below anyway
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
        with opened:
            width, height = opened.size  # from the header: nothing decoded yet
            if width * height > MAX_LOGO_PIXELS:
                return None
            image = opened.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    image.thumbnail((max_px, max_px))
    out = io.BytesIO()
    image.save(out, "PNG")
    return ImageReader(io.BytesIO(out.getvalue()))


def _fit(canv: Any, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points on one line."""
    text = plain(text)
    if canv.stringWidth(text, font, size) <= width:
        return text
    while text and canv.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"

"""The report as an editable Word document (.docx), for the adviser to finish in Word.

The same story as the PDF (the same sections, words and masking of personal data), written
with python-docx instead of laid out by reportlab: headings in Word's heading styles, lists in
its list styles, tables as tables with a repeated header row, and each sketch or chart as a
PNG drawn by the PDF's own flowable (rendered through pypdfium2) with its alternative text.
The house style: DejaVu Sans (the report's typeface), the accent colour for the headings and
table headers, the municipality and the title in the running header, contact and page numbers
in the footer. The contents are left to Word (its navigation pane reads the headings).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, BinaryIO

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ..domain.model import Dossier, Meeting
from .builder import BuiltReport, report_context
from .charts import Bar
from .context import INTERNAL, ReportContext
from .fonts import BOLD, ITALIC
from .layout import BODY_HEIGHT, BODY_WIDTH, Heading
from .sketch_store import SketchStore
from .story import cover, report_body
from .styles import INK, MUTED
from .text import plain

FONT = "DejaVu Sans"  # the report's typeface (resources/fonts)
LANG_TAGS = {"nl": "nl-NL", "en": "en-GB"}
# bullets that are marks, not numbers: Word's bulleted list style
_BULLET_MARKS = {"•", "–", "✓", "■"}
# sketches and charts as PNG at twice their size on paper (144 dpi): sharp on screen and in print
IMAGE_SCALE = 2.0


def build_docx(
    target: str | BinaryIO,
    dossier: Dossier,
    meeting: Meeting,
    *,
    audience: str = "public",
    lang: str = "nl",
    mask: Callable[[str], str] | None = None,
    progress: Callable[[float], None] | None = None,
    sketch_store: SketchStore | None = None,
    background: bool = False,
) -> BuiltReport:
    """Write the report for ``meeting`` to ``target`` as a Word document (see build_report)."""
    ctx = report_context(dossier, meeting, audience, lang, mask, sketch_store, background)
    texts, hide, house = ctx.texts, ctx.mask, dossier.house_style
    contact = hide(house.contact) if house.contact else None
    doc = Document()
    _house_styles(doc, _rgb(ctx.styles.accent), LANG_TAGS[lang])
    props = doc.core_properties
    props.title = plain(f"{texts('report')}: {hide(meeting.title)}")
    props.subject = plain(texts("subject", title=hide(dossier.title)))
    props.author = plain(hide(house.municipality or ""))
    props.language = LANG_TAGS[lang]
    props.keywords = plain(f"{hide(dossier.title)}, {texts('report')}")
    writer = _WordWriter(doc, ctx)
    writer.add_all(cover(ctx))
    banner = texts("internal_banner") if audience == INTERNAL else texts("public_banner")
    writer.paragraph_text(
        banner, bold=audience == INTERNAL, color=RGBColor(0xB3, 0x26, 0x1E) if audience == INTERNAL else None
    )
    body = doc.add_section(WD_SECTION_START.NEW_PAGE)
    body.different_first_page_header_footer = False
    _running_lines(body, ctx, contact)
    doc.sections[0].different_first_page_header_footer = True  # the cover: no header
    story = report_body(ctx, contact)
    total = max(1, len(story))
    for done, flowable in enumerate(story, start=1):
        writer.add(flowable)
        if progress is not None:
            progress(min(0.97, done / total))
    doc.save(target)
    if progress is not None:
        progress(1.0)
    return BuiltReport(pages=0, sketch_points_in=0, sketch_points_out=0)


class _WordWriter:
    """Turns the report's flowables into Word paragraphs, lists, tables and pictures."""

    def __init__(self, doc: Any, ctx: ReportContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.accent = _rgb(ctx.styles.accent)
        self.break_before = False
        self.after_table = False

    def add_all(self, flowables: list[Flowable]) -> None:
        for flowable in flowables:
            self.add(flowable)

    def add(self, flowable: Flowable) -> None:
        name = type(flowable).__name__
        if isinstance(flowable, KeepTogether):
            self.add_all(list(flowable._content))
        elif name in ("PageBreak", "NotAtTopPageBreak"):
            self.break_before = True
        elif isinstance(flowable, Heading):
            self._start(self.doc.add_heading(plain(_text_of(flowable)), level=flowable.level + 1))
        elif isinstance(flowable, Paragraph):
            self._paragraph(flowable)
        elif isinstance(flowable, Table):
            self._table(flowable)
        elif getattr(flowable, "alt_text", None):
            self._picture(flowable)

    def _start(self, paragraph: Any) -> Any:
        self.after_table = False
        if self.break_before:
            paragraph.paragraph_format.page_break_before = True
            self.break_before = False
        return paragraph

    def paragraph_text(self, text: str, *, bold: bool = False, color: RGBColor | None = None) -> None:
        run = self._start(self.doc.add_paragraph()).add_run(text)
        run.bold = bold
        if color is not None:
            run.font.color.rgb = color

    def _paragraph(self, flowable: Paragraph) -> None:
        style = flowable.style.name.removesuffix("-shaped")
        word_style = {
            "h1": "Heading 1",
            "h2": "Heading 2",
            "title": "Title",
            "cover_title": "Title",
            "cover_white": "Subtitle",
        }.get(style)
        bullet = getattr(flowable, "bulletText", None) or (getattr(flowable.style, "bulletText", None))
        in_list = any(role == "L" for role, _ in getattr(flowable, "struct_path", ()))
        if word_style is None and bullet:
            word_style = "List Bullet" if bullet in _BULLET_MARKS else "List Paragraph"
        elif word_style is None and in_list:
            word_style = "List Continue"
        paragraph = self._start(self.doc.add_paragraph(style=word_style))
        if bullet and bullet not in _BULLET_MARKS:  # a note's number, a sticky's letter: as typed
            label = paragraph.add_run(f"{bullet}\t")
            label.bold = True
            label.font.color.rgb = self.accent
        if word_style in ("Heading 1", "Heading 2", "Title", "Subtitle"):
            paragraph.add_run(plain(_text_of(flowable)))
            return
        self._runs(paragraph, flowable)

    def _runs(self, paragraph: Any, flowable: Paragraph, on_accent: bool = False) -> None:
        """The paragraph's runs as reportlab parsed them: bold, italic, colour, size (Normal: 10 pt)."""
        for frag in flowable.frags:
            if getattr(frag, "lineBreak", False):
                paragraph.add_run().add_break(WD_BREAK.LINE)
                continue
            text = getattr(frag, "text", "")
            if not text:
                continue
            run = paragraph.add_run(text)
            run.bold = frag.fontName == BOLD or None
            run.italic = frag.fontName == ITALIC or None
            if abs(frag.fontSize - 10) > 0.4:
                run.font.size = Pt(frag.fontSize)
            color = _rgb(frag.textColor)
            if on_accent:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif color == RGBColor(0xFF, 0xFF, 0xFF):  # white on the cover's band: accent on white
                run.font.color.rgb = self.accent
            elif color != _rgb(INK):
                run.font.color.rgb = color

    def _table(self, table: Table) -> None:
        rows = table._cellvalues
        if not rows:
            return
        header_rows = table.repeatRows if isinstance(table.repeatRows, int) else 0
        header_cols = int(getattr(table, "header_cols", 0))
        if self.after_table:
            self.doc.add_paragraph()  # Word glues two tables in a row together
        grid = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        grid.alignment = WD_TABLE_ALIGNMENT.LEFT
        grid.style = "Table Grid" if header_rows else None
        widths = [Pt(w) for w in table._colWidths] if all(table._colWidths) else None
        if widths:
            grid.autofit = False
            for column, width in zip(grid.columns, widths, strict=True):
                column.width = width  # the grid LibreOffice reads; the cells' widths for Word
        for r, values in enumerate(rows):
            row = grid.rows[r]
            if r < header_rows:
                _repeat_as_header(row)
            for c, value in enumerate(values):
                cell = row.cells[c]
                if widths:
                    cell.width = widths[c]
                head = r < header_rows
                if head:
                    _shade(cell, self.accent)
                paragraph = cell.paragraphs[0]
                for part in value if isinstance(value, list | tuple) else [value]:
                    if isinstance(part, Paragraph):
                        self._runs(paragraph, part, on_accent=head)
                    elif isinstance(part, Bar):  # the votes' bar, in characters: the number is beside it
                        paragraph.add_run(
                            "█" * max(1, round(part.fraction * 12))
                        ).font.color.rgb = self.accent
                    elif isinstance(part, str) and part:
                        paragraph.add_run(part).bold = head or c < header_cols
        self.after_table = True

    def _picture(self, flowable: Flowable) -> None:
        paragraph = self._start(self.doc.add_paragraph())
        png, width = flowable_png(flowable)
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(width))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", flowable.alt_text)  # the alternative text Word shows and reads aloud
        doc_pr.set("title", flowable.alt_text[:80])


def flowable_png(flowable: Flowable, scale: float = IMAGE_SCALE) -> tuple[bytes, float]:
    """The flowable drawn as in the PDF (same code) and rendered to PNG; and its width in points."""
    import pypdfium2 as pdfium

    width, height = flowable.wrap(BODY_WIDTH, BODY_HEIGHT)
    pdf = io.BytesIO()
    canvas = Canvas(pdf, pagesize=(width, height))
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(pdf.getvalue())
    try:
        image = document[0].render(scale=scale).to_pil()
        out = io.BytesIO()
        image.convert("RGB").save(out, "PNG", optimize=False, compress_level=6)
    finally:
        document.close()
    return out.getvalue(), width


def _text_of(paragraph: Paragraph) -> str:
    return "".join(
        "\n" if getattr(f, "lineBreak", False) else getattr(f, "text", "") for f in paragraph.frags
    )


def _rgb(color: Any) -> RGBColor:
    color = colors.toColor(color)
    return RGBColor(*(round(255 * v) for v in (color.red, color.green, color.blue)))


def _set_font(style: Any, name: str) -> None:
    """The font for every script, without the theme fonts that would win over it in Word."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _house_styles(doc: Any, accent: RGBColor, lang: str) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _set_font(normal, FONT)
    normal.font.size = Pt(10)
    normal.font.color.rgb = _rgb(INK)
    normal.paragraph_format.space_after = Pt(6)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), lang)
    normal.element.get_or_add_rPr().append(language)
    for name, size, color in (
        ("Title", 28, accent),
        ("Subtitle", 14, _rgb(INK)),
        ("Heading 1", 17, accent),
        ("Heading 2", 12.5, _rgb(INK)),
    ):
        style = styles[name]
        _set_font(style, FONT)
        style.font.size = Pt(size)
        style.font.color.rgb = color
        style.font.bold = name != "Subtitle"
        style.font.italic = False
    for name in ("List Bullet", "List Paragraph", "List Continue", "Header", "Footer"):
        _set_font(styles[name], FONT)
    styles["List Paragraph"].paragraph_format.left_indent = Mm(11)
    styles["List Paragraph"].paragraph_format.first_line_indent = Mm(-11)
    styles["List Continue"].paragraph_format.left_indent = Mm(11)
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
        section.top_margin, section.bottom_margin = Mm(24), Mm(20)


def _running_lines(section: Any, ctx: ReportContext, contact: str | None) -> None:
    """Header: the municipality and the evening; footer: the contact line and 'pagina 3 van 12'."""
    hide, texts, meeting = ctx.mask, ctx.texts, ctx.meeting
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    head = section.header.paragraphs[0]
    municipality = plain(hide(ctx.dossier.house_style.municipality or ""))
    if municipality:
        name = head.add_run(municipality + "  ·  ")
        name.bold = True
        name.font.color.rgb = _rgb(ctx.styles.accent)
    title = head.add_run(f"{plain(hide(meeting.title))} · {texts.day(meeting.starts_at.date())}")
    title.font.color.rgb = _rgb(MUTED)
    for run in head.runs:
        run.font.size = Pt(8.5)
    foot = section.footer.paragraphs[0]
    if ctx.internal:
        foot.add_run(texts("internal_banner")).bold = True
    elif contact:
        foot.add_run(plain(contact))
    foot.add_run("\t")
    # "pagina {page} van {pages}" with Word's own page fields in the two places
    before, rest = texts("page_of").split("{page}")
    middle, after = rest.split("{pages}")
    foot.add_run(before)
    _field(foot, "PAGE")
    foot.add_run(middle)
    _field(foot, "NUMPAGES")
    foot.add_run(after)
    for run in foot.runs:
        run.font.size = Pt(8.5)
        run.font.color.rgb = _rgb(MUTED)


def _field(paragraph: Any, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _repeat_as_header(row: Any) -> None:
    """Word repeats the row on every page and tells screen readers it heads the columns."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell: Any, color: RGBColor) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), str(color))
    cell._tc.get_or_add_tcPr().append(shading)

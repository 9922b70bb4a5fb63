"""The sign-in sheet for the entrance table: A4, the evening on top, the privacy text, empty rows.

Residents write their name, street or group and (if they like) an e-mail or phone number, and
tick the box when they may be contacted about the plan. The short privacy text says what is
kept, why, for how long and whom to ask. The rows are typed back in later in the people register.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.model import Dossier, Meeting
from .fonts import BOLD, REGULAR, drawable, register_fonts
from .i18n import LANGUAGES, ReportTexts
from .styles import accent_color
from .text import Paragraph

ROWS_PER_PAGE = 20
MAX_PAGES = 50

# (key, Dutch, English): the sheet's own words
_WORDS: dict[str, tuple[str, str]] = {
    "heading": ("Presentielijst", "Sign-in sheet"),
    "welcome": ("Welkom! Wilt u zich hier inschrijven?", "Welcome! Would you please sign in here?"),
    "date": ("Datum", "Date"),
    "venue": ("Locatie", "Venue"),
    "name": ("Naam", "Name"),
    "group": ("Straat of groep", "Street or group"),
    "contact": ("E-mail of telefoon", "E-mail or phone"),
    "consent": ("Mag contact?", "Contact me?"),
    "consent_hint": (
        "Zet een kruisje bij 'Mag contact?' als wij u over dit plan mogen mailen of bellen.",
        "Tick 'Contact me?' if we may e-mail or call you about this plan.",
    ),
    "privacy_heading": ("Uw gegevens", "Your details"),
    "privacy_what": (
        "Wij bewaren wat u hier invult: uw naam, straat of groep en, als u dat wilt, uw e-mail of telefoonnummer.",
        "We keep what you write here: your name, street or group and, if you like, your e-mail or phone number.",
    ),
    "privacy_why": (
        "Waarom: om te weten wie er was, en om u op de hoogte te houden als u het vakje aankruist. "
        "Uw naam komt niet op het scherm en niet in het openbare verslag.",
        "Why: to know who came, and to keep you informed if you tick the box. "
        "Your name is not shown on the screen and not in the public report.",
    ),
    "privacy_until": (
        "Hoe lang: tot {until}; daarna verwijderen wij uw gegevens.",
        "How long: until {until}; then we delete your details.",
    ),
    "privacy_until_unknown": (
        "Hoe lang: zolang het plan loopt, niet langer; daarna verwijderen wij uw gegevens.",
        "How long: as long as the plan runs, no longer; then we delete your details.",
    ),
    "privacy_ask": (
        "Inzien, laten aanpassen of laten verwijderen? Vraag het aan {contact}.",
        "To see, correct or delete your details, ask {contact}.",
    ),
    "privacy_ask_here": (
        "de organisatie van deze avond",
        "the organisers of this evening",
    ),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
}


@dataclass(frozen=True)
class SignInSheet:
    """What was written: the number of pages and the empty rows on them."""

    pages: int
    rows: int


def words(key: str, lang: str, **values: object) -> str:
    text = _WORDS[key][LANGUAGES.index(lang)]
    return text.format(**values) if values else text


def privacy_text(dossier: Dossier, lang: str = "nl") -> list[str]:
    """The privacy statement's short text, one sentence a line: what, why, how long, whom to ask."""
    texts = ReportTexts(lang)
    until = dossier.retention_until
    contact = (
        dossier.house_style.contact or dossier.house_style.municipality or words("privacy_ask_here", lang)
    )
    return [
        words("privacy_what", lang),
        words("privacy_why", lang),
        words("privacy_until", lang, until=texts.day(until))
        if until
        else words("privacy_until_unknown", lang),
        words("privacy_ask", lang, contact=contact),
    ]


def build_sign_in_sheet(
    path: str, dossier: Dossier, meeting: Meeting, *, pages: int = 1, lang: str = "nl"
) -> SignInSheet:
    """Write the sheet for ``meeting`` to ``path``: ``pages`` A4 pages of ``ROWS_PER_PAGE`` rows."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}")
    pages = max(1, min(pages, MAX_PAGES))
    register_fonts()
    texts = ReportTexts(lang)
    accent = accent_color(dossier.house_style.accent)
    canvas = Canvas(path, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{words('heading', lang)} - {meeting.title}")
    canvas.setAuthor(dossier.house_style.municipality or "Bricoleur Desk")
    canvas.setCreator("Bricoleur Desk")
    for page in range(1, pages + 1):
        _page(canvas, dossier, meeting, texts, accent, page, pages)
        canvas.showPage()
    canvas.save()
    return SignInSheet(pages, pages * ROWS_PER_PAGE)


def _page(
    canvas: Canvas, dossier: Dossier, meeting: Meeting, texts: ReportTexts, accent, page: int, pages: int
) -> None:
    lang = texts.lang
    width, height = A4
    left, right = 15 * mm, width - 15 * mm
    y = height - 16 * mm
    if dossier.house_style.municipality:
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(accent)
        canvas.drawString(left, y, drawable(dossier.house_style.municipality))
        y -= 7 * mm
    canvas.setFillColor(accent)
    canvas.setFont(BOLD, 20)
    canvas.drawString(left, y, words("heading", lang))
    canvas.setFont(REGULAR, 10)
    canvas.setFillColorRGB(0.1, 0.1, 0.1)
    canvas.drawRightString(right, y, words("welcome", lang))
    y -= 8 * mm
    canvas.setFont(BOLD, 13)
    canvas.drawString(left, y, drawable(meeting.title)[:90])
    y -= 6 * mm
    canvas.setFont(REGULAR, 10)
    line = f"{words('date', lang)}: {texts.moment(meeting.starts_at)}"
    if meeting.venue:
        line += f"   ·   {words('venue', lang)}: {meeting.venue}"
    canvas.drawString(left, y, drawable(line)[:120])
    y -= 4 * mm

    # the privacy text, in a light box
    style = ParagraphStyle("privacy", fontName=REGULAR, fontSize=8, leading=10)
    text = f"<b>{words('privacy_heading', lang)}.</b> " + " ".join(
        _escape(drawable(s)) for s in privacy_text(dossier, lang)
    )
    paragraph = Paragraph(text, style)
    _, box_height = paragraph.wrap(right - left - 6 * mm, 40 * mm)
    box_height += 4 * mm
    y -= box_height
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.6)
    canvas.rect(left, y, right - left, box_height, stroke=1, fill=0)
    paragraph.drawOn(canvas, left + 3 * mm, y + 2 * mm)
    y -= 5 * mm
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(left, y, words("consent_hint", lang))
    y -= 3 * mm

    # the table: a header row and empty rows down to the footer
    columns = (0.28, 0.23, 0.31, 0.18)
    edges = [left]
    for share in columns:
        edges.append(edges[-1] + share * (right - left))
    header_height = 8 * mm
    bottom = 16 * mm
    row_height = (y - header_height - bottom) / ROWS_PER_PAGE
    top = y
    canvas.setFillColor(accent)
    canvas.rect(left, top - header_height, right - left, header_height, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(BOLD, 10)
    for i, key in enumerate(("name", "group", "contact", "consent")):
        canvas.drawString(edges[i] + 2 * mm, top - header_height + 2.6 * mm, words(key, lang))
    canvas.setStrokeColorRGB(0.55, 0.55, 0.55)
    canvas.setLineWidth(0.5)
    table_bottom = top - header_height - ROWS_PER_PAGE * row_height
    for row in range(ROWS_PER_PAGE + 1):
        ry = top - header_height - row * row_height
        canvas.line(left, ry, right, ry)
    for x in edges:
        canvas.line(x, top, x, table_bottom)
    box = min(5 * mm, row_height * 0.6)
    centre = (edges[3] + edges[4]) / 2
    canvas.setLineWidth(0.9)
    canvas.setStrokeColorRGB(0.2, 0.2, 0.2)
    for row in range(ROWS_PER_PAGE):
        ry = top - header_height - (row + 0.5) * row_height
        canvas.rect(centre - box / 2, ry - box / 2, box, box, stroke=1, fill=0)

    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left, 9 * mm, drawable(dossier.title)[:90])
    canvas.drawRightString(right, 9 * mm, words("page_of", lang, page=page, pages=pages))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

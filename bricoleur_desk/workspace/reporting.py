"""Use case: export the follow-up report (PDF, or Word for the adviser) and the promises (CSV) of a dossier.

Files are written to a temporary file next to the target and renamed into place, so a failed
export never leaves half a PDF and never damages an earlier one. The public report masks every
name, e-mail address, phone number and address found in free text, except the hits the adviser
chose to keep: it is built from a copy of the dossier in which each hit is replaced at its own
spot (so a kept "Bakker" in one note stays while the same word elsewhere is masked), and a last
pass over every text the report prints masks whatever the spots did not cover.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.document import DossierDocument
from ..domain.edits import Batch, Change, Edit
from ..domain.meeting_choice import NoSuchMeeting, meeting_to_work_on
from ..domain.model import Dossier, HouseStyle, Meeting
from ..report.builder import build_report
from ..report.context import AUDIENCES, PUBLIC
from ..report.i18n import LANGUAGES
from ..report.sketch_store import SketchStore
from ..storage import temporaries
from . import undo_steps as step
from .errors import ReportError
from .name_scanner import NameScanner
from .outputs import check_output
from .privacy import PersonalDataFinder, PrivacyHit, find_in_dossier, public_text
from .redaction import redact_edits
from .registered_names import fold

__all__ = [
    "PrivacyHit",
    "ReportError",
    "ReportResult",
    "export_promises_csv",
    "export_report",
    "find_personal_data",
    "load_house_style",
    "redact",
    "redact_in_dossier",
    "set_house_style",
    "set_municipality",
    "with_sheets",
]

CSV_COLUMNS = ("id", "meeting", "text", "owner", "due", "status", "notes")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    meeting_id: str
    audience: str
    lang: str
    pages: int
    bytes: int
    seconds: float
    masked: int  # personal-data matches replaced by placeholders (public report)


def choose_meeting(dossier: Dossier, meeting_id: str | None) -> Meeting:
    """The meeting with ``meeting_id``, or the latest one; ReportError when there is none."""
    try:
        return meeting_to_work_on(dossier, meeting_id)
    except NoSuchMeeting:
        title = repr(dossier.title)
        if meeting_id is None:
            raise ReportError("dossier {title} has no meetings to report on", title=title) from None
        raise ReportError(
            "dossier {title} has no meeting with id {id}", title=title, id=repr(meeting_id)
        ) from None


@contextmanager
def _replacing(out: Path, suffix: str) -> Iterator[Path]:
    """A private temporary in ``out``'s folder that replaces ``out`` only when the block succeeds."""
    folder = out.parent
    if not folder.is_dir():
        raise ReportError("cannot write {out}: folder {folder} does not exist", out=out, folder=folder)
    try:
        temp = temporaries.create(out, suffix)
    except OSError as exc:
        raise ReportError("cannot write in {folder}: {reason}", folder=folder, reason=exc.strerror or exc) from exc
    with temporaries.replacing(out, temp=temp):
        yield temp


replacing_output = _replacing  # the same for the other PDFs (the sign-in sheet)


def export_report(
    dossier: Dossier,
    out: Path,
    *,
    meeting_id: str | None = None,
    audience: str = "public",
    lang: str = "nl",
    progress: Callable[[float], None] | None = None,
    inputs: Iterable[Path] = (),
    names: NameScanner | None = None,
    kept: Collection[PrivacyHit] = (),
    sheets: Collection[str] | None = None,
    sketch_store: SketchStore | None = None,
    background: bool = False,
) -> ReportResult:
    """Write the report for one meeting (the latest when ``meeting_id`` is None) to ``out``.

    A ``.docx`` ``out`` is the same report as an editable Word document (report/word.py).

    ``inputs`` are the files the command read (never written over, nor is any dossier). The
    public report masks every hit (anyone's names too with ``names``) except those in ``kept``,
    identified by their spot and text (``PrivacyHit.key``). ``sheets`` are the ids of the sketch
    sheets that go in (None: those shown on the canvas). ``sketch_store``: sketches kept by
    earlier reports, and those this one makes (report_file.py). ``background``: the dossier's
    description, history, earlier evenings and stakeholders go in too (the adviser's choice).
    """
    out = check_output(out, inputs)
    if audience not in AUDIENCES:
        raise ReportError(
            "unknown audience {audience} (use {allowed})", audience=repr(audience), allowed=" or ".join(AUDIENCES)
        )
    if lang not in LANGUAGES:
        raise ReportError(
            "unknown report language {lang} (use {allowed})", lang=repr(lang), allowed=" or ".join(LANGUAGES)
        )
    meeting = choose_meeting(dossier, meeting_id)
    masked = 0
    mask = None
    if audience == PUBLIC:
        original = dossier
        finder = PersonalDataFinder(dossier.people, names, public_text(dossier))
        dossier, masked = masked_copy(dossier, meeting, names, kept, lang, background, finder)
        meeting = dossier.meeting(meeting.id)
        if dossier.people != original.people or public_text(dossier) != public_text(original):
            finder = PersonalDataFinder(dossier.people, names, public_text(dossier))
        # else the same finder: it remembers the spans of every text it scanned, and most
        # texts of the masked copy are the originals (#17)
        kept_texts = {fold(hit.text) for hit in kept}

        def mask(text: str) -> str:
            nonlocal masked
            safe, count = finder.mask_keeping(text, kept_texts, lang)
            masked += count
            return safe

    meeting = with_sheets(meeting, sheets)
    start = time.perf_counter()
    word = out.suffix.lower() == ".docx"
    build = _build_docx if word else build_report
    try:
        with _replacing(out, ".part.docx" if word else ".part.pdf") as temp:
            built = build(
                str(temp),
                dossier,
                meeting,
                audience=audience,
                lang=lang,
                mask=mask,
                progress=progress,
                sketch_store=sketch_store,
                background=background,
            )
    except ReportError:
        raise
    except Exception as exc:
        raise ReportError(
            "could not write the report {name}: {reason}", name=out.name, reason=_one_line(exc)
        ) from exc
    return ReportResult(
        path=out,
        meeting_id=meeting.id,
        audience=audience,
        lang=lang,
        pages=built.pages,
        bytes=out.stat().st_size,
        seconds=time.perf_counter() - start,
        masked=masked,
    )


def _build_docx(target: str, dossier: Dossier, meeting: Meeting, **kw: Any) -> Any:
    from ..report.word import build_docx  # python-docx only when a Word report is asked for

    return build_docx(target, dossier, meeting, **kw)


def with_sheets(meeting: Meeting, sheets: Collection[str] | None) -> Meeting:
    """The meeting as the report shows it: exactly the chosen sheets (None: those visible now).

    A copy: a sheet hidden on the canvas (compare mode) can go in, a shown one can stay out,
    and the dossier itself is not changed.
    """
    if sheets is None:
        return meeting
    chosen = set(sheets)
    canvases = [
        replace(canvas, sheets=[replace(sheet, visible=sheet.id in chosen) for sheet in canvas.sheets])
        for canvas in meeting.canvases
    ]
    return replace(meeting, canvases=canvases)


def masked_copy(
    dossier: Dossier,
    meeting: Meeting,
    names: NameScanner | None,
    kept: Collection[PrivacyHit],
    lang: str,
    background: bool = False,
    finder: PersonalDataFinder | None = None,
) -> tuple[Dossier, int]:
    """A copy of the dossier with every hit but the kept ones masked at its spot; and how many.

    The strokes are shared, not copied (masking changes text only): a window's dossier holds
    every point of every sheet.
    """
    keep = {hit.key for hit in kept}
    hits = [h for h in find_in_dossier(dossier, meeting, names, background, finder) if h.key not in keep]
    shared: dict[int, Any] = {
        id(stroke): stroke for m in dossier.meetings for c in m.canvases for s in c.sheets for stroke in s.strokes
    }
    copy = deepcopy(dossier, shared)
    doc = DossierDocument(copy)
    for edit in redact_edits(copy, hits, lang, names):
        edit.apply(doc)
    return copy, len(hits)


def find_personal_data(
    dossier: Dossier, meeting_id: str | None, names: NameScanner | None = None, background: bool = False
) -> list[PrivacyHit]:
    """Personal data in the text a report for the meeting prints (anyone's names too with ``names``)."""
    return find_in_dossier(dossier, choose_meeting(dossier, meeting_id), names, background)


def redact(
    dossier: Dossier, hits: list[PrivacyHit], lang: str = "nl", names: NameScanner | None = None
) -> list[Edit]:
    """Edits that replace the hits in place by ``[naam]``, ``[e-mail]``, ``[telefoon]``, ``[adres]``."""
    return redact_edits(dossier, hits, lang, names)


def redact_in_dossier(
    doc: DossierDocument, hits: list[PrivacyHit], lang: str = "nl", names: NameScanner | None = None
) -> Edit | None:
    """Replace every hit in the dossier itself, as one undo step; None when nothing is left to replace."""
    edits = redact_edits(doc.dossier, hits, lang, names)
    return Batch(tuple(edits), step.REDACT_PERSONAL_DATA) if edits else None


def set_house_style(doc: DossierDocument, style: HouseStyle) -> Edit | None:
    """The house style of the dossier's reports; None when it is the same already."""
    if style == doc.dossier.house_style:
        return None
    return Change.of(doc.dossier.id, step.HOUSE_STYLE, house_style=style)


def set_municipality(doc: DossierDocument, name: str) -> Edit | None:
    """The municipality's name in the house style (asked at the first export); None when empty or unchanged."""
    clean = " ".join(name.split())
    style = doc.dossier.house_style
    if not clean or clean == style.municipality:
        return None
    return Change.of(doc.dossier.id, step.MUNICIPALITY_NAME, house_style=replace(style, municipality=clean))


def export_promises_csv(dossier: Dossier, out: Path, inputs: Iterable[Path] = ()) -> None:
    """All promises of the dossier as CSV for a case system: semicolons, UTF-8 with BOM."""
    out = check_output(out, inputs)
    meetings = {m.id: m for m in dossier.meetings}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for index, promise in enumerate(dossier.promises, start=1):
        meeting = meetings.get(promise.meeting_id)
        notes = [n for n in meeting.notes if n.id in promise.note_ids] if meeting else []
        writer.writerow(
            _cell(v)
            for v in (
                f"P-{index}",
                f"{meeting.starts_at:%Y-%m-%d} {meeting.title}" if meeting else promise.meeting_id,
                promise.text,
                promise.owner or "",
                promise.due.isoformat() if promise.due else "",
                str(promise.status),
                ", ".join(str(n.number) for n in sorted(notes, key=lambda n: n.number)),
            )
        )
    try:
        with _replacing(out, ".part.csv") as temp:
            temp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReportError("could not write {out}: {reason}", out=out, reason=exc.strerror or exc) from exc


def _cell(value: str) -> str:
    # a cell starting with = + - @ is a formula to Excel: keep it text (CSV injection)
    value = " ".join(value.splitlines())
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t") else value


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def load_house_style(path: Path) -> HouseStyle:
    """A house style from JSON: municipality, accent "#rrggbb", contact, logo (PNG path or base64)."""
    path = Path(path)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(
            "cannot read house style {path}: {reason}", path=path, reason=exc.strerror or exc
        ) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ReportError(
            "house style {path} is not valid JSON: {reason}", path=path, reason=_one_line(exc)
        ) from exc
    if not isinstance(data, dict):
        raise ReportError("house style {path} must be a JSON object", path=path)
    unknown = set(data) - {"municipality", "accent", "contact", "logo", "logo_png_base64"}
    if unknown:
        raise ReportError(
            "house style {path}: unknown key(s) {keys}", path=path, keys=", ".join(sorted(unknown))
        )
    for key in ("municipality", "accent", "contact", "logo", "logo_png_base64"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise ReportError("house style {path}: {key} must be text", path=path, key=key)
    accent = data.get("accent") or HouseStyle().accent
    if not _HEX.match(accent):
        raise ReportError(
            "house style {path}: accent must look like #00557f, not {accent}", path=path, accent=repr(accent)
        )
    logo = None
    if data.get("logo"):
        logo_path = (path.parent / data["logo"]).resolve()
        try:
            logo = logo_path.read_bytes()
        except OSError as exc:
            raise ReportError(
                "house style {path}: cannot read logo {logo}: {reason}",
                path=path,
                logo=logo_path,
                reason=exc.strerror or exc,
            ) from exc
    elif data.get("logo_png_base64"):
        try:
            logo = base64.b64decode(data["logo_png_base64"], validate=True)
        except binascii.Error as exc:
            raise ReportError("house style {path}: logo_png_base64 is not base64", path=path) from exc
    if logo is not None and not logo.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ReportError("house style {path}: the logo must be a PNG image", path=path)
    return HouseStyle(
        municipality=data.get("municipality") or None,
        logo_png=logo,
        accent=accent,
        contact=data.get("contact") or None,
    )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]

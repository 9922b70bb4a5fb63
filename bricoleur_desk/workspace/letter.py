"""Use case: write the "stand van zaken" letter for residents between evenings (PDF).

Same rules as the public report: personal data of the dossier's people is masked wherever it
appears in free text, the output never replaces an input or a dossier (outputs.check_output),
and the file appears only when complete (a temporary next to it, renamed into place).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.model import Dossier
from ..report.i18n import LANGUAGES
from ..report.letter import build_letter
from ..storage import temporaries
from .errors import ReportError
from .name_scanner import NameScanner
from .outputs import check_output
from .privacy import PersonalDataFinder, public_text


@dataclass(frozen=True)
class LetterResult:
    path: Path
    pages: int
    masked: int  # personal-data matches replaced by placeholders


def export_letter(
    dossier: Dossier,
    out: Path,
    *,
    lang: str = "nl",
    today: date | None = None,
    inputs: Iterable[Path] = (),
    names: NameScanner | None = None,
) -> LetterResult:
    """Write the letter as things stand ``today`` (default: the real today) to ``out``."""
    out = check_output(out, inputs)
    if lang not in LANGUAGES:
        raise ReportError("unknown letter language {lang} (use {languages})", lang=repr(lang), languages=" or ".join(LANGUAGES))
    if not dossier.meetings:
        raise ReportError("the dossier has no evening yet: there is nothing to write about")
    # the same rules as the public report: registered people, strangers' names (with ``names``),
    # contacts and addresses; the municipality's own contact line stays
    finder = PersonalDataFinder(dossier.people, names, public_text(dossier))
    masked = 0

    def mask(text: str) -> str:
        nonlocal masked
        spans = finder.spans(text)
        masked += len(spans)
        return finder.mask(text, lang) if spans else text

    folder = out.parent
    if not folder.is_dir():
        raise ReportError("cannot write {out}: folder {folder} does not exist", out=out, folder=folder)
    try:
        temp = temporaries.create(out, ".part.pdf")
    except OSError as exc:
        raise ReportError("cannot write in {folder}: {reason}", folder=folder, reason=exc.strerror or exc) from exc
    try:
        with temporaries.replacing(out, temp=temp):
            built = build_letter(str(temp), dossier, today or date.today(), lang=lang, mask=mask)
    except ReportError:
        raise
    except Exception as exc:
        raise ReportError(
            "could not write the letter {name}: {reason}", name=out.name, reason=" ".join(str(exc).split())
        ) from exc
    return LetterResult(path=out, pages=built.pages, masked=masked)

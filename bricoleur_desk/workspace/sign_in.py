"""Writing the sign-in sheet for a meeting, by the rules every output follows (outputs.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..domain.model import Dossier
from ..report.i18n import LANGUAGES
from ..report.sign_in_sheet import MAX_PAGES, ROWS_PER_PAGE, SignInSheet, build_sign_in_sheet
from .errors import ReportError
from .outputs import check_output
from .reporting import choose_meeting, replacing_output


def export_sign_in_sheet(
    dossier: Dossier,
    out: Path,
    *,
    meeting_id: str | None = None,
    pages: int = 1,
    lang: str = "nl",
    inputs: Iterable[Path] = (),
) -> SignInSheet:
    """Write the sign-in sheet of one meeting (the latest when ``meeting_id`` is None) to ``out``."""
    out = check_output(out, inputs)
    if lang not in LANGUAGES:
        raise ReportError(
            "unknown report language {lang} (use {allowed})", lang=repr(lang), allowed=" or ".join(LANGUAGES)
        )
    if not 1 <= pages <= MAX_PAGES:
        raise ReportError("the number of pages must be between 1 and {most}", most=MAX_PAGES)
    meeting = choose_meeting(dossier, meeting_id)
    with replacing_output(out, ".part.pdf") as temp:
        return build_sign_in_sheet(str(temp), dossier, meeting, pages=pages, lang=lang)


__all__ = ["MAX_PAGES", "ROWS_PER_PAGE", "export_sign_in_sheet"]

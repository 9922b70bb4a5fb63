"""Any valid dossier makes a report: adversarial text, empty meetings, odd house styles."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from strategies import dossiers

from bricoleur_desk.domain.model import Dossier, HouseStyle, Meeting
from bricoleur_desk.report.text import shaping_available
from bricoleur_desk.workspace.reporting import export_report, find_personal_data

from .conftest import pdf_text


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers(max_meetings=2), st.sampled_from(["public", "internal"]), st.sampled_from(["nl", "en"]))
def test_every_valid_dossier_gives_a_readable_report(dossier: Dossier, audience: str, lang: str) -> None:
    if not dossier.meetings:
        return
    find_personal_data(dossier, None)  # never raises on odd names either
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.pdf"
        result = export_report(dossier, out, audience=audience, lang=lang)
        reader = PdfReader(str(out))
        assert len(reader.pages) == result.pages >= 3
        assert reader.outline


def test_an_empty_meeting_still_reads_well(tmp_path: Path) -> None:
    dossier = Dossier(
        "Leeg",
        house_style=HouseStyle(accent="not a colour"),
        meetings=[Meeting("m", "Kennismaking", datetime(2026, 1, 5, 20, 0))],
    )
    out = tmp_path / "leeg.pdf"
    export_report(dossier, out, lang="en")
    text = pdf_text(out)
    for line in (
        "Nothing was raised.",
        "No promises were made.",
        "No sketches were made.",
        "No evaluation was filled in.",
        "Monday 5 January 2026, 20:00",
    ):
        assert line in text
    assert "Summary" not in text  # no empty section for residents


def test_arabic_is_shaped_when_harfbuzz_is_there(dossier, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_report(dossier, out)
    text = pdf_text(out)
    presentation_forms = [ch for ch in text if 0xFE70 <= ord(ch) <= 0xFEFF]
    # shaped Arabic is drawn with contextual glyphs (their code points are the presentation forms)
    assert bool(presentation_forms) == shaping_available()

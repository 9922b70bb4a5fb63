"""One evaluation scale (issue #12): the Close panel and the report ask the same question and name
the scores with the same words, in Dutch and in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain import evaluation_scale as scale
from bricoleur_desk.domain.model import Dossier
from bricoleur_desk.report.i18n import ReportTexts
from bricoleur_desk.resources import resource_path
from bricoleur_desk.ui.phases.close_panel import ClosePanel
from bricoleur_desk.ui.translations import Translations
from bricoleur_desk.workspace.reporting import export_report
from bricoleur_desk.workspace.session import DossierSession
from tests.translations.conftest import messages

from .conftest import pdf_text

SCALE = {
    "nl": ("Wat vond u van deze avond?", ["slecht", "matig", "redelijk", "goed", "heel goed"]),
    "en": ("What did you think of this evening?", ["poor", "mediocre", "fair", "good", "very good"]),
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    installed = Translations()
    installed.apply(request.param)
    yield request.param
    installed.remove()


def test_the_app_and_the_report_translate_the_scale_alike() -> None:
    found = messages(resource_path("translations", "bricoleur_nl.ts"))
    dutch = ReportTexts("nl")
    for source in (scale.QUESTION, *scale.SCORE_WORDS.values()):
        assert found[(scale.CONTEXT, source)].findtext("translation") == dutch.domain(source)


def _panel_texts(qtbot: QtBot, dossier: Dossier, language: str) -> list[str]:
    panel = ClosePanel(DossierSession(dossier), "m2")
    qtbot.addWidget(panel)
    # every score button names its word too (tooltip and screen reader)
    for score, counter in panel.counters.items():
        word = ReportTexts(language).score_word(score)
        assert f"({word})" in counter.button.toolTip() and f"({word})" in counter.button.accessibleName()
    return [panel.question_label.text(), panel.low_label.text(), panel.high_label.text()]


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_close_panel_and_the_report_ask_the_same_question_on_the_same_scale(
    qtbot: QtBot, dossier: Dossier, tmp_path: Path, language: str
) -> None:
    question, words = SCALE[language]
    assert _panel_texts(qtbot, dossier, language) == [question, f"1 = {words[0]}", f"5 = {words[-1]}"]
    out = tmp_path / "verslag.pdf"
    export_report(dossier, out, lang=language)
    assert f"{question} (1 = {words[0]}, 5 = {words[-1]})" in pdf_text(out)
    # under the chart's bars: each score with its word
    with pdfplumber.open(out) as document:
        page = next(p for p in document.pages if question in (p.extract_text() or ""))
        lines = (page.extract_text() or "").splitlines()
    assert "1 2 3 4 5" in lines
    assert " ".join(words) in lines
    text = pdf_text(out)
    for old in ("helemaal niet", "helemaal wel", "not at all", "very much"):
        assert old not in text

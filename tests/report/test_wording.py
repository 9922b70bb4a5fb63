"""The report's sentences read as written by hand (issue #12): the out-of-frame reason, the cover,
the municipality's name. Each test writes the real PDF and reads it back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from bricoleur_desk.domain.model import Attendance, Dossier, Evaluation, HouseStyle, NoteStatus
from bricoleur_desk.report.reasons import lowercase_first, out_of_frame_reason, reason_is_clause
from bricoleur_desk.workspace.reporting import export_report
from tests.samples import DossierBuilder

from .conftest import pdf_text, squeezed

# (the reason as typed, what the status line says in the Dutch report)
REASONS_NL = [
    ("Gaat over de provinciale weg", "Buiten de kaders: gaat over de provinciale weg."),
    ("Valt onder de provincie.", "Buiten de kaders: valt onder de provincie."),
    (
        "Valt buiten de kaders, omdat het rijk hierover beslist",
        "Valt buiten de kaders, omdat het rijk hierover beslist.",
    ),
    (
        "Omdat de gemeenteraad dit in 2024 besloot",
        "Valt buiten de kaders, omdat de gemeenteraad dit in 2024 besloot.",
    ),
    ("buiten de kaders: het budget ligt vast", "Buiten de kaders: het budget ligt vast."),
    ("De bouwtijden staan in de vergunning.", "Buiten de kaders: de bouwtijden staan in de vergunning."),
    ("AVG: wij mogen geen namen delen", "Buiten de kaders: AVG: wij mogen geen namen delen."),
    ("Valt buiten de kaders", "Valt buiten de kaders."),
]
REASONS_EN = [
    ("Is decided by the province", "Outside the frame: is decided by the province."),
    ("Because the council decided in 2024", "Outside the frame, because the council decided in 2024."),
    ("Outside the frame: the budget is fixed", "Outside the frame: the budget is fixed."),
]


def _dossier(
    reasons: list[str], house_style: HouseStyle | None = None, title: str = "Zebrapad Dorpsstraat"
) -> Dossier:
    sample = DossierBuilder(title, id="d", house_style=house_style or HouseStyle())
    sample.person("p1", "Annelies van der Berg", group="Dorpsstraat")
    sample.meeting("m", "Bewonersavond over het zebrapad", datetime(2026, 11, 24, 19, 30), venue="Dorpshuis")
    for reason in reasons:
        sample.note("Kan de snelheid omlaag naar 30?", status=NoteStatus.OUT_OF_FRAME, answer=reason)
    return sample.build()


def _status_lines(pdf: Path, count: int) -> list[str]:
    """The status line of each of the first ``count`` notes, in number order."""
    text = pdf_text(pdf)
    lines = []
    for number in range(1, count + 1):
        start = text.index(f"{number} Kan de snelheid omlaag naar 30?")
        after = text[start:].split("zorg ", 1)[1]
        end = after.find(f" {number + 1} Kan de snelheid") if number < count else after.find(" Ideeën")
        if end < 0:
            end = after.find(" Ideas")
        lines.append(after[:end].strip())
    return lines


@pytest.mark.parametrize(("lang", "cases"), [("nl", REASONS_NL), ("en", REASONS_EN)])
def test_the_out_of_frame_reason_reads_as_one_sentence(tmp_path: Path, lang: str, cases: list) -> None:
    out = tmp_path / "verslag.pdf"
    export_report(_dossier([typed for typed, _ in cases]), out, lang=lang)
    text = pdf_text(out)
    for _typed, expected in cases:
        assert expected in text
    # never a capital in the middle of the sentence, never the status twice
    assert ", omdat Gaat" not in text and "omdat Valt" not in text and "omdat omdat" not in text.lower()
    assert "kaders, omdat Omdat" not in text and "because Because" not in text
    assert "kaders: buiten de kaders" not in text.lower() and "frame: outside the frame" not in text.lower()


def test_a_name_in_the_reason_is_masked_before_its_letter_is_lowered(tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    export_report(_dossier(["Annelies van der Berg heeft dit al besloten"]), out)
    text = pdf_text(out)
    assert "Annelies" not in text and "annelies" not in text
    assert "Buiten de kaders: [naam] heeft dit al besloten." in text


def test_reason_rules() -> None:
    assert lowercase_first("Gaat over") == "gaat over"
    assert lowercase_first("AVG") == "AVG" and lowercase_first("U kunt") == "U kunt"
    assert lowercase_first("A12 is van het rijk") == "A12 is van het rijk"
    assert out_of_frame_reason("  valt   buiten de kaders  ", "nl") == ""
    assert out_of_frame_reason("Buitenlandse regels", "nl") == "buitenlandse regels."
    assert reason_is_clause("Valt buiten de kaders want het rijk beslist", "nl")
    assert not reason_is_clause("Omdraaien kan niet", "nl")


def _cover_text(pdf: Path) -> str:
    """The cover's words without spaces: a title wrapped over two lines is still found."""
    with pdfplumber.open(pdf) as document:
        return squeezed(document.pages[0].extract_text() or "")


def test_the_cover_names_the_dossier_once(tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    dossier = _dossier([], HouseStyle(municipality="Gemeente Dorpswaard"))
    dossier.area = "Dorpskern"
    export_report(dossier, out)
    cover = _cover_text(out)
    assert cover.count("ZebrapadDorpsstraat") == 1, cover
    assert cover.count("Bewonersavondoverhetzebrapad") == 1, cover
    assert "Dorpskern" in cover
    # an evening named after its dossier: the title once, not as a subtitle of itself
    same = _dossier([], title="Bewonersavond over het zebrapad")
    export_report(same, out)
    assert _cover_text(out).count("Bewonersavondoverhetzebrapad") == 1, _cover_text(out)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_municipality_name_until_one_is_set(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "verslag.pdf"
    export_report(_dossier(["Gaat over de provincie"]), out, lang=lang)
    reader = PdfReader(str(out))
    words = {"nl": "Gemeente", "en": "Municipality"}[lang]
    for page in reader.pages:
        assert words not in page.extract_text(), page.extract_text()
    assert words not in str(reader.metadata.get("/Author", ""))
    named = _dossier(["Gaat over de provincie"], HouseStyle(municipality="Gemeente Dorpswaard"))
    export_report(named, out, lang=lang)
    reader = PdfReader(str(out))
    assert all("Gemeente Dorpswaard" in page.extract_text() for page in reader.pages)
    assert reader.metadata["/Author"] == "Gemeente Dorpswaard"


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("nl", ["1 stem", "Er was 1 persoon aanwezig.", "Cijfer 4,0 uit 1 reactie."], ["2 stemmen"]),
        ("en", ["1 vote", "1 person attended.", "Score 4.0 from 1 response."], ["2 votes"]),
    ],
)
def test_one_of_a_kind_is_singular(tmp_path: Path, lang: str, one: list[str], many: list[str]) -> None:
    dossier = _dossier(["Gaat over de provincie", "Gaat over het rijk"])
    meeting = dossier.meetings[0]
    meeting.notes[0].votes, meeting.notes[1].votes = 1, 2
    meeting.attendance = Attendance(1)
    meeting.evaluation = Evaluation({4: 1})
    out = tmp_path / "verslag.pdf"
    export_report(dossier, out, lang=lang)
    text = pdf_text(out)
    for line in one + many:
        assert line in text
    assert "1 stemmen" not in text and "1 votes" not in text and "1 reacties" not in text


def test_a_long_title_is_shortened_in_the_header_but_never_the_date(tmp_path: Path) -> None:
    dossier = _dossier([])
    dossier.meetings[0].title = "Tweede bewonersavond over het zebrapad, de schoolroute en de Dorpsstraat"
    out = tmp_path / "verslag.pdf"
    export_report(dossier, out)
    with pdfplumber.open(out) as document:
        header = (document.pages[1].extract_text() or "").splitlines()[0]
    assert header.endswith("… · 24 november 2026"), header

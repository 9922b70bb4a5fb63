"""The report carries the residents' words faithfully: every note, the frame, every promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from bricoleur_desk.domain.model import NoteStatus
from bricoleur_desk.domain.promises import carried_promises
from bricoleur_desk.report.fonts import drawable
from bricoleur_desk.report.i18n import ReportTexts
from bricoleur_desk.workspace.reporting import export_report

from .conftest import pdf_text

ARABIC = range(0x0600, 0x0700)


def _readable(text: str) -> str:
    return " ".join(drawable(text).split())


@pytest.fixture
def public_pdf(dossier, tmp_path: Path) -> Path:
    out = tmp_path / "verslag.pdf"
    export_report(dossier, out)
    return out


def test_every_note_appears_with_its_number_and_words(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    meeting = dossier.meeting("m2")
    for note in meeting.notes:
        if any(ord(ch) in ARABIC for ch in note.text):
            continue  # shaped Arabic extracts as presentation forms: checked by eye (docs/screenshots)
        assert f"{note.number} {_readable(note.text)}" in text, note.text


def test_the_question_and_frame_are_printed(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    meeting = dossier.meeting("m2")
    assert _readable(meeting.question) in text
    for item in meeting.frame.open + meeting.frame.fixed:
        assert _readable(item) in text
    assert "Hierover kon u meepraten" in text and "Dit lag al vast, en waarom" in text


def test_promises_of_this_meeting_and_every_one_from_before(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    for label, promise_id in (("P-1", "pr1"), ("P-3", "pr3"), ("P-4", "pr4"), ("P-5", "pr5")):
        promise = next(p for p in dossier.promises if p.id == promise_id)
        assert label in text
        assert _readable(promise.text) in text
    done_earlier = next(p for p in dossier.promises if p.id == "pr2")
    # done at an earlier meeting: its outcome is reported too, after tonight's promises
    assert text.index(_readable(done_earlier.text)) > text.index(_readable(ReportTexts("nl")("earlier_promises")))
    assert "van 15 september 2026" in text  # P-1 shows where it came from


def test_status_lines_say_what_became_of_each_note(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    meeting = dossier.meeting("m2")
    assert meeting.notes[0].status == NoteStatus.INVESTIGATE
    assert "Dit zoeken we uit: zie toezegging P-4." in text
    assert "Samengevoegd met 1." in text
    assert "Buiten de kaders: de bouwtijden zijn vastgelegd" in text
    assert "Beantwoord: Ja, die komt in het definitieve ontwerp" in text


def test_public_report_has_no_internal_remarks_or_contact_list(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    assert "heien op zaterdag" not in text and "Interne opmerking" not in text
    assert "toestemming om benaderd" not in text and "Ingebracht door (intern)" not in text
    assert "ingebracht door: Kerkstraat" in text  # the group is what the public sees
    assert "Voor bewoners en betrokkenen" in text and "INTERN" not in text


def test_user_markup_prints_literally(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    assert "Let op: <b>vet</b> & cursief mag hier gewoon letterlijk staan." in text


def test_mixed_neighbourhood_scripts_and_an_emoji_placeholder(dossier, public_pdf: Path) -> None:
    text = pdf_text(public_pdf)
    assert "Eşim ve ben ağaçların kesilmesinden endişeliyiz (İlknur, Ağaçlı sokak)." in text
    assert "hałas z budowy" in text and "łączy się z nocną zmianą, śpię w dzień" in text
    assert "[deciduous tree]" in text and "🌳" not in text


def test_dutch_and_english_report_text(dossier, tmp_path: Path) -> None:
    nl, en = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    export_report(dossier, nl, lang="nl")
    export_report(dossier, en, lang="en")
    nl_text, en_text = pdf_text(nl), pdf_text(en)
    assert "Inhoud" in nl_text and "pagina 2 van" in nl_text and "Wat er is ingebracht" in nl_text
    assert "Contents" in en_text and "page 2 of" in en_text and "What was raised" in en_text
    assert "Wat er is ingebracht" not in en_text
    pages = len(PdfReader(str(en)).pages)
    assert f"page {pages} of {pages}" in en_text


def test_contents_bookmarks_and_metadata(dossier, public_pdf: Path) -> None:
    reader = PdfReader(str(public_pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for section in (
        "Samenvatting",
        "De vraag en de kaders",
        "Programma",
        "Aanwezigen",
        "Wat er is ingebracht",
        "Schetsen",
        "Toezeggingen",
        "Evaluatie",
        "Hoe verder",
    ):
        assert section in titles
    nested = [item.title for group in reader.outline if isinstance(group, list) for item in group]
    assert "Verkeer en parkeren" in nested and "Het plein: bestaande situatie" in nested
    contents_page = reader.pages[1]
    links = [a.get_object() for a in contents_page.get("/Annots", [])]
    assert len([a for a in links if a["/Subtype"] == "/Link"]) == len(titles) + len(nested)
    contents_text = contents_page.extract_text()
    assert "Inhoud" in contents_text and "Toezeggingen" in contents_text
    schetsen = next(
        item for item in reader.outline if not isinstance(item, list) and item.title == "Schetsen"
    )
    assert reader.get_destination_page_number(schetsen) > 1
    meta = reader.metadata
    assert meta.title == "Verslag bewonersavond: Tweede bewonersavond: het plein en de Kerkstraat"
    assert meta.author == "Gemeente Bricoleurwaard"
    assert meta.subject == "Verslag van Herinrichting Kerkbuurt-Oost"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"  # PDF/UA: language and region


def test_every_font_is_embedded(public_pdf: Path) -> None:
    reader = PdfReader(str(public_pdf))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            seen += 1
    assert seen


def test_sketches_are_vector_forms_over_a_print_resolution_background(dossier, public_pdf: Path) -> None:
    reader = PdfReader(str(public_pdf))
    forms, images, seen = [], [], set()
    for page in reader.pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            if ref.idnum in seen:
                continue
            seen.add(ref.idnum)
            obj = ref.get_object()
            (forms if obj["/Subtype"] == "/Form" else images).append(obj)
    strokes = [f for f in forms if f.get_data().startswith(b"0.2 0 0 0.2 0 0 cm 1 J 1 j")]
    visible = sum(len(sh.strokes) for c in dossier.meeting("m2").canvases for sh in c.sheets if sh.visible)
    assert sum(f.get_data().count(b" m ") for f in strokes) == visible
    hidden = next(sh for sh in dossier.meeting("m2").canvases[0].sheets if not sh.visible)
    assert hidden.strokes  # a hidden sheet exists and is not drawn: counted above
    assert images and all(int(img["/Width"]) <= 1100 for img in images)  # ~150 dpi at ~17 cm wide


def test_internal_report_adds_contacts_owners_and_remarks(dossier, tmp_path: Path) -> None:
    out = tmp_path / "intern.pdf"
    export_report(dossier, out, audience="internal")
    text = pdf_text(out)
    assert "INTERN - niet verspreiden" in text
    assert "annelies@example.nl" in text and "Mehmet Yılmaz" in text  # consent to be contacted
    assert "Agnieszka Wiśniewska" in text  # raised a note: shown internally as who raised it
    assert "0201234567" not in text  # no consent: her phone is not on the contact list
    assert "j.hendriks@gemeente.example" in text  # a promise owner's contact details
    assert "Interne opmerking: Navragen bij Hendriks" in text


def test_contents_page_numbers_match_the_bookmarks(dossier, tmp_path: Path) -> None:
    meeting = dossier.meeting("m2")
    meeting.themes[0].name = "Een heel lang thema " * 12  # a heading over several lines
    out = tmp_path / "r.pdf"
    export_report(dossier, out)
    reader = PdfReader(str(out))
    contents = " ".join(reader.pages[1].extract_text().split())
    flat = [i for item in reader.outline for i in (item if isinstance(item, list) else [item])]
    assert len(flat) >= 15
    for item in flat:
        if item.title.startswith("Een heel lang"):
            continue  # clipped with an ellipsis in the contents
        number = reader.get_destination_page_number(item) + 1
        assert f"{item.title} {number}" in contents, item.title
        assert item.title.split()[0] in reader.pages[number - 1].extract_text()


def test_promises_in_the_order_the_evening_carries_them(dossier, public_pdf: Path) -> None:
    """Tonight's promises first, then every one from before: as on the Discuss panel."""
    text = pdf_text(public_pdf)
    table = text[text.index(_readable(ReportTexts("nl")("promises_intro"))) :]
    meeting = dossier.meeting("m2")
    carried = carried_promises(dossier, meeting)
    assert carried[0].meeting_id == meeting.id and carried[-1].meeting_id != meeting.id
    positions = [table.index(_readable(p.text)) for p in carried]
    assert positions == sorted(positions)

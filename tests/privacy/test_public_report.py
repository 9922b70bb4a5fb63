"""The public report (a real PDF, read back) carries no name, e-mail, phone or address, wherever
it was typed, and keeps every other word; the adviser can keep a hit at its own spot only."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from bricoleur_desk.app import main
from bricoleur_desk.domain.model import (
    Attendance,
    Canvas,
    Dossier,
    Evaluation,
    Label,
    Meeting,
    Note,
    NoteStatus,
    Person,
    Promise,
    PromiseUpdate,
    Sheet,
    Sticky,
    Theme,
)
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.privacy import find_in_dossier
from bricoleur_desk.workspace.registered_names import fold
from bricoleur_desk.workspace.reporting import export_report

from .sentences import parsed

PEOPLE = [
    Person("r1", "Ayşe Özdemir", "Parkstraat", "ayse.ozdemir@example.nl", "06-11223344"),
    Person("r2", "Sean O'Brien", None, "sean@obrien.example", None),
    Person("r3", "Li Na", None, None, None),
    Person("r4", "Anita Sewdien-Ramdin", None, None, "020-7654321"),
]
# where each marked text goes: (object, field) -> the marked sentence
MARKED = {
    "note1": "Mijn buurman meneer [name:Bakker] van nummer [address:23] parkeert altijd op de stoep.",
    "note2": "Bel mevrouw [name:Gerda Jansen] op [phone:06-12345678] of [email:gjansen@example.nl].",
    "note3": "[name:ÖZDEMIR] wil een afvalbak en [name:ozdemir] zijn buurvrouw [name:Ayse] ook.",
    "note4": "Bel[phone:06-87654321] of [phone:06-1234\n5678] voor de sleutel.",
    "answer1": "Gebeld met [name:O’Brien] en [name:Li] over de [address:Kerkstraat 3-II].",
    "answer2": "[name:Fatima el Amrani] stuurt foto's naar [email:ayse.ozdemir@example.nl].",
    "group": "Familie [name:Ozdemir]",
    "sticky": "[name:Sewdien] wil hier een bankje, bel [phone:020-7654321].",
    "label": "Tuin [name:Ozdemir]",
    "remark": "Dank aan [name:Jan de Vries] en mevrouw [name:Ramdin] voor de koffie.",
    "summary": "Post voor [name:Piotr Nowak] gaat naar [address:3512 JK 12] in Utrecht.",
    "promise": "Terugbellen naar [name:Khadija Amrani] op [phone:+48 512 345 678] over de drempel.",
    "update": "Brief gestuurd aan [name:Emre Demir], [address:Molenweg 45a].",
    "attendance": "Buren van [name:Kaya]",
}


def leaky_dossier() -> tuple[Dossier, dict[str, str]]:
    text = {key: parsed(marked)[0] for key, marked in MARKED.items()}
    meeting = Meeting(
        "m1",
        "Bewonersavond Parkbuurt",
        datetime(2026, 11, 24, 19, 30),
        themes=[Theme("t1", "Groen"), Theme("t2", "Verkeer")],
        notes=[
            Note(
                "n1",
                1,
                text["note1"],
                theme_id="t2",
                answer=text["answer1"],
                raised_by_group=text["group"],
                status=NoteStatus.ANSWERED,
            ),
            Note("n2", 2, text["note2"], theme_id="t1", answer=text["answer2"], status=NoteStatus.ANSWERED),
            Note("n3", 3, text["note3"], theme_id="t1", raised_by="r1"),
            Note("n4", 4, text["note4"]),
            Note("n5", 5, "De groene strook langs de Parkstraat moet blijven.", theme_id="t1"),
        ],
        attendance=Attendance(12, {text["attendance"]: 4, "Parkstraat": 8}),
        canvases=[
            Canvas(
                "c1",
                "Schets",
                sheets=[
                    Sheet(
                        "s1",
                        "Vel A",
                        stickies=[Sticky("k1", text["sticky"], 200, 200)],
                        labels=[Label("l1", text["label"], 600, 400)],
                    )
                ],
            )
        ],
        evaluation=Evaluation({4: 3, 5: 2}, [text["remark"]]),
        summary=text["summary"],
    )
    promise = Promise(
        "p1",
        "m1",
        text["promise"],
        owner="Afdeling Verkeer",
        updates=[PromiseUpdate(datetime(2026, 11, 25, 9, 0), text["update"])],
    )
    return Dossier("Parkbuurt", people=PEOPLE, meetings=[meeting], promises=[promise]), text


def pdf_words(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def secrets_and_words() -> tuple[list[str], list[str]]:
    secrets, words = [], []
    for marked in MARKED.values():
        text, spans = parsed(marked)
        for start, end, _kind in spans:
            secrets.append(" ".join(text[start:end].split()))
        rest = text
        for start, end, _kind in sorted(spans, reverse=True):
            rest = rest[:start] + " " + rest[end:]
        words += [w for w in re.findall(r"[^\W\d_]{3,}", rest)]
    for person in PEOPLE:
        secrets += [
            person.name,
            *person.name.replace("-", " ").split(),
            person.email or "",
            person.phone or "",
        ]
    return [s for s in secrets if s], words


def leaks(pdf: str, secrets: list[str]) -> list[str]:
    folded, plain = fold(pdf), re.sub(r"\s+", "", fold(pdf))
    found = []
    for secret in secrets:
        key = fold(secret)
        if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) or (
            len(key) >= 6 and re.sub(r"\s+", "", key) in plain
        ):
            found.append(secret)
    return found


def test_the_public_report_holds_no_personal_data_and_every_other_word(tmp_path: Path, name_scanner) -> None:
    dossier, _ = leaky_dossier()
    result = export_report(dossier, tmp_path / "public.pdf", names=name_scanner)
    pdf = pdf_words(tmp_path / "public.pdf")
    secrets, words = secrets_and_words()
    assert leaks(pdf, secrets) == []
    assert [w for w in words if w not in pdf] == []
    for kept in ("Groen", "Verkeer", "De groene strook langs de Parkstraat moet blijven", "Parkstraat"):
        assert kept in pdf
    assert "meneer [naam] van nummer [nr] parkeert" in pdf
    marked = sum(len(parsed(m)[1]) for m in MARKED.values())
    assert result.masked == len(find_in_dossier(dossier, dossier.meetings[0], name_scanner)) == marked


def test_control_the_internal_report_carries_them(tmp_path: Path) -> None:
    # proves the check above can fail: the same dossier, internal, shows what was typed
    dossier, _ = leaky_dossier()
    export_report(dossier, tmp_path / "internal.pdf", audience="internal")
    pdf = pdf_words(tmp_path / "internal.pdf")
    assert {"Bakker", "Gerda Jansen", "gjansen@example.nl", "Ozdemir", "Sewdien", "Kaya"} <= set(
        leaks(pdf, secrets_and_words()[0])
    )


def test_a_kept_hit_stays_at_its_own_spot_only(tmp_path: Path, name_scanner) -> None:
    dossier, text = leaky_dossier()
    dossier.meetings[0].notes[3].text = "Bakker de Wit aan de overkant bakt het lekkerste brood."
    hits = find_in_dossier(dossier, dossier.meetings[0], name_scanner)
    kept = [h for h in hits if h.object_id == "n1" and h.field == "text" and h.text == "Bakker"]
    assert len(kept) == 1
    result = export_report(dossier, tmp_path / "kept.pdf", names=name_scanner, kept=kept)
    pdf = pdf_words(tmp_path / "kept.pdf")
    assert "meneer Bakker van nummer [nr]" in pdf  # kept where the adviser kept it
    assert "Bakker de Wit" not in pdf and "[naam] aan de overkant" in pdf  # masked elsewhere
    assert result.masked == len(hits) - 1


def test_the_command_line_masks_every_hit_and_says_how_many(tmp_path: Path, name_scanner, capsys) -> None:
    dossier, _ = leaky_dossier()
    path = tmp_path / "park.bricoleur"
    create_dossier(path, dossier).close()
    out = tmp_path / "public.pdf"
    assert main(["report", str(path), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    count = len(find_in_dossier(dossier, dossier.meetings[0], name_scanner))
    assert f"masked {count} names, e-mail addresses, phone numbers and addresses" in err
    assert leaks(pdf_words(out), secrets_and_words()[0]) == []


def test_decomposed_text_is_masked_too(tmp_path: Path, name_scanner) -> None:
    dossier, _ = leaky_dossier()
    for note in dossier.meetings[0].notes:
        note.text = unicodedata.normalize("NFD", note.text)
    export_report(dossier, tmp_path / "nfd.pdf", names=name_scanner)
    assert leaks(pdf_words(tmp_path / "nfd.pdf"), secrets_and_words()[0]) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_placeholders_follow_the_report_language(tmp_path: Path, name_scanner, lang: str) -> None:
    dossier, _ = leaky_dossier()
    export_report(dossier, tmp_path / "r.pdf", names=name_scanner, lang=lang)
    pdf = pdf_words(tmp_path / "r.pdf")
    expected = {
        "nl": ("[naam]", "[telefoon]", "[e-mail]", "[adres]"),
        "en": ("[name]", "[phone]", "[email]", "[address]"),
    }
    assert all(p in pdf for p in expected[lang])


def test_the_evenings_venue_is_public_a_residents_address_is_not(tmp_path: Path) -> None:
    """The cover read "Aula Basisschool De Linde, [adres]": the venue is the municipality's own."""
    dossier, _ = leaky_dossier()
    meeting = dossier.meetings[0]
    meeting.venue = "Aula Basisschool De Linde, Schoolstraat 3"
    meeting.notes[0].text = "Ik woon op Kerkstraat 12 en hoor alles"
    export_report(dossier, tmp_path / "public.pdf")
    words = pdf_words(tmp_path / "public.pdf")
    assert "Schoolstraat 3" in words
    assert "Kerkstraat 12" not in words and "hoor alles" in words
    spots = [(h.field, h.text) for h in find_in_dossier(dossier, meeting)]
    assert ("venue", "Schoolstraat 3") not in spots and ("text", "Kerkstraat 12") in spots


def test_a_name_inside_the_venue_is_a_place_a_name_beside_it_is_not(name_scanner) -> None:  # noqa: ANN001
    """The export dialog listed "Schakel" of "Buurthuis De Schakel" as a name; the projector read "De [naam]"."""
    from bricoleur_desk.workspace.privacy import PersonalDataFinder

    finder = PersonalDataFinder([], name_scanner, "Gemeente Voorbeeld\nBuurthuis De Schakel, Schoolstraat 3")
    without = PersonalDataFinder([], name_scanner)
    assert [text for s, e, *_ in without.spans("Buurthuis De Schakel") for text in ["Buurthuis De Schakel"[s:e]]]
    assert finder.mask("Buurthuis De Schakel") == "Buurthuis De Schakel"
    assert finder.mask("In buurthuis de schakel sprak Gerda Jansen") == "In buurthuis de schakel sprak [naam]"
    assert finder.mask("Mevrouw Schakel belde") != "Mevrouw Schakel belde"  # the word alone is still a name


def test_a_stakeholders_name_is_public_a_registered_person_inside_one_is_not(name_scanner) -> None:  # noqa: ANN001
    """The demo's report read "Café [naam]" and "Jongerenwerk De [naam]": the scanner took the names for surnames."""
    from bricoleur_desk.domain.model import Person, Stakeholder
    from bricoleur_desk.workspace.privacy import PersonalDataFinder, public_text
    from tests.samples import DossierBuilder

    sample = DossierBuilder("Park")
    dossier = sample.build()
    dossier.stakeholders = [Stakeholder("s1", "Café De Zwaan"), Stakeholder("s2", "Familie Özdemir")]
    dossier.people = [Person("p1", "Ayşe Özdemir")]
    finder = PersonalDataFinder(dossier.people, name_scanner, public_text(dossier))
    assert finder.mask("Pauze, koffie van Café De Zwaan") == "Pauze, koffie van Café De Zwaan"
    assert "Özdemir" not in finder.mask("Familie Özdemir")  # registered: masked inside a group's name too
    assert finder.mask("Meneer Zwaan belde") != "Meneer Zwaan belde"

"""Strangers' names, e-mails and phones in the evening's own texts never reach the public report or the letter.

The title, question, frame, summary, evaluation remarks, next steps and the promises' texts,
updates and reasons are typed by the municipality, not read from a register: only the name
scanner knows the names in them. Each is checked in the real PDF, read back.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from bricoleur_desk.domain.model import Evaluation, Frame, Meeting, Promise, PromiseStatus, PromiseUpdate
from bricoleur_desk.workspace.letter import export_letter
from bricoleur_desk.workspace.reporting import export_report
from tests.samples import DossierBuilder

TEXTS = {
    "title": "Avond met meneer Bakker",
    "question": "Mevrouw Gerda Jansen vraagt waar de speeltuin komt",
    "open": "De bankjes, zegt Fatima el Amrani",
    "fixed": "Het budget; vragen aan k.devries@example.nl",
    "summary": "Samen met Piotr Kowalski keken we naar de plannen",
    "remark": "Bel Ayşe Yılmaz terug op 06-23456789",
    "next": "Jan de Vries stuurt het verslag",
    "promise": "Een antwoord voor mevrouw Gerda Jansen over de boom",
    "update": "Meneer Bakker belde de aannemer",
    "reason": "Mevrouw Wiśniewska trok haar aanvraag in",
}
SECRETS = ("Bakker", "Gerda", "Jansen", "Fatima", "Amrani", "devries@", "Kowalski", "Piotr", "Yılmaz", "Ayşe",
           "23456789", "Jan de Vries", "Wiśniewska")  # fmt: skip
KEPT = ("speeltuin", "bankjes", "budget", "plannen", "verslag", "aannemer", "aanvraag")


def _dossier():  # noqa: ANN202
    builder = DossierBuilder("Parkbuurt")
    dossier = builder.dossier
    first = Meeting("m1", "Eerste avond", datetime(2026, 9, 10, 19, 30))
    second = Meeting(
        "m2",
        TEXTS["title"],
        datetime(2026, 11, 24, 19, 30),
        question=TEXTS["question"],
        frame=Frame([TEXTS["open"]], [TEXTS["fixed"]]),
        summary=TEXTS["summary"],
        next_steps=TEXTS["next"],
        evaluation=Evaluation(remarks=[TEXTS["remark"]]),
    )
    dossier.meetings += [first, second]
    open_one = Promise("p1", "m1", TEXTS["promise"], due=date(2027, 1, 1))
    open_one.updates.append(PromiseUpdate(datetime(2026, 10, 1, 9, 0), TEXTS["update"]))
    dropped = Promise("p2", "m1", "Een zebrapad onderzoeken", status=PromiseStatus.DROPPED, reason=TEXTS["reason"])
    dossier.promises += [open_one, dropped]
    return dossier


def _words(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_the_public_report_masks_strangers_in_the_evenings_own_texts(tmp_path: Path, name_scanner) -> None:  # noqa: ANN001
    out = tmp_path / "verslag.pdf"
    result = export_report(_dossier(), out, meeting_id="m2", names=name_scanner)
    words = _words(out)
    leaked = [secret for secret in SECRETS if secret.casefold() in words.casefold()]
    assert leaked == [], leaked
    assert all(word in words for word in KEPT) and "[naam]" in words and "[telefoon]" in words
    assert result.masked >= len(SECRETS) - 3  # a few secrets share one hit ("Gerda Jansen")


def test_the_letter_masks_strangers_in_promises_and_reasons(tmp_path: Path, name_scanner) -> None:  # noqa: ANN001
    out = tmp_path / "brief.pdf"
    export_letter(_dossier(), out, today=date(2026, 12, 1), names=name_scanner)
    words = _words(out)
    leaked = [secret for secret in SECRETS if secret.casefold() in words.casefold()]
    assert leaked == [], leaked
    assert "de boom" in words and "aanvraag" in words

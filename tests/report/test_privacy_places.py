"""The export dialog says where personal data was found in plain words of its language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bricoleur_desk.domain.model import Dossier, PromiseUpdate
from bricoleur_desk.ui.privacy_places import place_words
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.ui.translations import Translations
from bricoleur_desk.workspace.privacy import PrivacyHit, text_spots
from bricoleur_desk.workspace.session import DossierSession
from tests.privacy.test_public_report import leaky_dossier

PHONE = "06-12345678"
MAIL = "gerda.jansen@example.nl"


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations()
    yield installed
    installed.remove()


def _hit(spot) -> PrivacyHit:  # noqa: ANN001
    return PrivacyHit(spot.where, "x", "name", "", spot.object_id, spot.field, spot.item, place=spot.place)


def test_every_place_the_scan_looks_at_has_words_in_dutch_and_english(translations: Translations) -> None:
    dossier, _ = leaky_dossier()
    meeting = dossier.meetings[-1]
    meeting.frame.open.append("Waar de bankjes komen")
    meeting.frame.fixed.append("Het budget")
    meeting.evaluation.remarks.append("Fijne avond")
    meeting.next_steps = "Het verslag volgt"
    spots = list(text_spots(dossier, meeting))
    english = [place_words(_hit(s)) for s in spots]
    assert not [s.where for s in spots if not s.place.thing]  # every spot knows its place
    assert "note 1, text" in english and "note 1, group" in english and "evening, what happens next" in english
    assert "can help decide, line 1" in english and "already fixed, line 1" in english
    translations.apply("nl")
    dutch = [place_words(_hit(s)) for s in spots]
    assert "notitie 1, tekst" in dutch and "notitie 1, groep" in dutch and "avond, hoe verder" in dutch
    assert "meebeslissen, regel 1" in dutch and "ligt al vast, regel 1" in dutch
    assert "evaluatie, opmerking 1" in dutch
    for spot, en, nl in zip(spots, english, dutch, strict=True):
        if spot.place.thing != "dossier":  # "dossier" is Dutch too
            assert en != nl, en  # each translated, none left in English


@pytest.fixture
def session(dossier: Dossier) -> DossierSession:
    meeting = dossier.meeting("m2")
    meeting.notes[0].text = f"Bel mij op {PHONE} over de bus"
    promise = next(p for p in dossier.promises if p.meeting_id != "m2")
    promise.updates.append(PromiseUpdate(datetime(2026, 10, 1, 9, 0), f"Mail {MAIL} is beantwoord"))
    return DossierSession(dossier)


def _places(dialog: ReportDialog) -> list[str]:
    texts = [dialog.hit_list.item(i).text() for i in range(dialog.hit_list.count())]
    return [t.split(": “", 1)[0] for t in texts]


def test_the_dialog_lists_the_places_in_english_and_in_dutch(
    qtbot, session: DossierSession, tmp_path: Path, translations: Translations  # noqa: ANN001
) -> None:
    dialog = ReportDialog(session, tmp_path, open_viewer=False)
    qtbot.addWidget(dialog)
    dialog.show()
    places = _places(dialog)
    number = next(i + 1 for i, p in enumerate(session.dossier.promises) if p.meeting_id != "m2")
    assert "note 1, text" in places
    update = len(next(p for p in session.dossier.promises if p.meeting_id != "m2").updates)
    assert f"promise P-{number}, update {update}" in places
    translations.apply("nl")
    qtbot.waitUntil(lambda: "notitie 1, tekst" in _places(dialog))
    places = _places(dialog)
    assert f"toezegging P-{number}, update {update}" in places
    assert not any(p.startswith(("note ", "promise ")) for p in places)
    assert any(f"“{PHONE}”" in dialog.hit_list.item(i).text() for i in range(dialog.hit_list.count()))

"""Consent's date and how it was given: in the file, in JSON v1 both ways, and optional there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bricoleur_desk.domain.model import ConsentWay, Dossier, Person
from bricoleur_desk.storage import create_dossier, read_dossier_file
from bricoleur_desk.workspace.files import export_json, import_json


def test_consent_round_trips_through_the_file_and_json(tmp_path: Path) -> None:
    dossier = Dossier("Consent", id="d-1")
    dossier.people = [
        Person(
            "p-1",
            "Noor Bakker",
            "Schoolstraat",
            "noor@example.nl",
            None,
            True,
            date(2026, 11, 26),
            ConsentWay.SIGN_IN_SHEET,
        ),
        Person("p-2", "Henk de Wit", "Parkstraat"),
    ]
    path = tmp_path / "a.bricoleur"
    create_dossier(path, dossier).close()
    stored = read_dossier_file(path).people
    assert stored[0].consent_date == date(2026, 11, 26) and stored[0].consent_how is ConsentWay.SIGN_IN_SHEET
    assert stored[1].consent_date is None and stored[1].consent_how is None

    out = tmp_path / "a.json"
    export_json(path, out)
    people = json.loads(out.read_text("utf-8"))["people"]
    assert people[0]["consent_date"] == "2026-11-26" and people[0]["consent_how"] == "sign_in_sheet"
    assert "consent_date" not in people[1] and "consent_how" not in people[1]  # optional keys

    # a v1 file from before has no consent keys: still read
    data = json.loads(out.read_text("utf-8"))
    for person in data["people"]:
        person.pop("consent_date", None)
        person.pop("consent_how", None)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), "utf-8")
    import_json(old, tmp_path / "old.bricoleur")
    assert read_dossier_file(tmp_path / "old.bricoleur").people[0].consent_date is None
    import_json(out, tmp_path / "b.bricoleur")
    assert read_dossier_file(tmp_path / "b.bricoleur").people[0].consent_how is ConsentWay.SIGN_IN_SHEET


def test_a_persons_export_says_when_and_how_they_consented(tmp_path: Path) -> None:
    from bricoleur_desk.workspace.person_files import export_person

    dossier = Dossier("Consent", id="d-1")
    dossier.people = [
        Person(
            "p-1",
            "Noor Bakker",
            consent_contact=True,
            consent_date=date(2026, 11, 26),
            consent_how=ConsentWay.EMAIL,
        )
    ]
    path = tmp_path / "a.bricoleur"
    create_dossier(path, dossier).close()
    export_person(path, "p-1", tmp_path / "noor.json")
    data = json.loads((tmp_path / "noor.json").read_text("utf-8"))
    [about] = data["people"]
    assert about["person"]["consent_date"] == "2026-11-26" and about["person"]["consent_how"] == "email"

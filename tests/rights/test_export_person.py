"""A request for access: everything the dossier holds about one resident, as JSON read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from bricoleur_desk.workspace.rights import people_data, retention_passed

from .sample import EMAIL, MENTION_NOTE, NAME, OTHER, PERSON, PHONE, named_dossier, nfd, write_named


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )


def test_export_person_writes_her_record_her_notes_and_every_mention(tmp_path: Path) -> None:
    path = write_named(tmp_path / "d.bricoleur")
    before = path.read_bytes()
    out = tmp_path / "ozdemir.json"

    result = _cli("export-person", path, "--person", PERSON, "--json", out)

    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before  # reading never changes the dossier
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "bricoleur-desk-person-data" and data["version"] == 1
    assert data["dossier"]["id"] == "d-van-heekplein"
    (her,) = data["people"]
    assert her["person"] == {
        "id": PERSON,
        "name": NAME,
        "group": "Parkstraat",
        "email": EMAIL,
        "phone": PHONE,
        "consent_contact": True,
        "consent_date": None,  # the demo does not say when or how she consented
        "consent_how": None,
    }
    linked = {n["id"]: n for n in her["notes"]}
    assert set(linked) == {"n-11-01", "n-11-13"}
    assert linked["n-11-13"]["text"].startswith("Kan de buurt zelf een deel beheren?")
    assert linked["n-11-01"]["meeting"]["id"] == "m-2026-11"
    where = {(m["object_id"], m["field"]) for m in her["mentions"]}
    assert {
        (MENTION_NOTE, "text"),
        (MENTION_NOTE, "internal_remark"),
        ("m-2026-11", "frame"),
        ("m-2026-11", "summary"),
        ("m-2026-11", "evaluation"),
        ("st-rights", "text"),
        ("a-01", "updates"),
        ("d-van-heekplein", "history"),
    } <= where
    mention = next(m for m in her["mentions"] if (m["object_id"], m["field"]) == (MENTION_NOTE, "text"))
    # her own name (typed in NFD) is there in NFC; the other resident in the same text is not
    assert mention["text"] == f"{NAME} vraagt of [naam] ook mee wil doen aan de beheergroep"
    assert OTHER not in out.read_text(encoding="utf-8")
    assert nfd(NAME) != NAME and {"kind": "name", "text": NAME} in mention["found"]


def test_export_person_refuses_to_write_over_the_dossier(tmp_path: Path, english_messages: None) -> None:
    path = write_named(tmp_path / "d.bricoleur")
    before = path.read_bytes()
    result = _cli("export-person", path, "--person", PERSON, "--json", path)
    assert result.returncode == 1 and "is the input file" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_everyone_is_exported_before_the_retention_erasure() -> None:
    dossier = named_dossier()
    data = people_data(dossier)
    assert [p["person"]["id"] for p in data["people"]] == [p.id for p in dossier.people]
    dossier.retention_until = date(2030, 1, 1)
    assert not retention_passed(dossier, date(2030, 1, 1))
    assert retention_passed(dossier, date(2030, 1, 2))
    dossier.people.clear()
    assert not retention_passed(dossier, date(2030, 1, 2))  # nobody left: nothing to ask

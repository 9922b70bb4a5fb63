"""A demo dossier in which one resident is named everywhere free text can name them."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from pathlib import Path

from bricoleur_desk.domain.model import Dossier, Note, PromiseUpdate, Sticky
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.demo import build_demo_dossier

PERSON = "p-ozdemir"
NAME = "Ayşe Özdemir"
EMAIL = "a.ozdemir@example.nl"
PHONE = "06-12345671"
OTHER = "Piotr Wiśniewski"  # named next to her: masked in her export, kept in the dossier
MENTION_NOTE = "n-rights-mention"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def named_dossier() -> Dossier:
    """The demo with Ayşe Özdemir's name, e-mail and phone in every kind of free text."""
    dossier = build_demo_dossier()
    meeting = dossier.meeting("m-2026-11")
    meeting.notes.append(
        Note(
            MENTION_NOTE,
            meeting.next_note_number(),
            f"{nfd(NAME)} vraagt of {OTHER} ook mee wil doen aan de beheergroep",  # typed on a Mac
            internal_remark=f"Bel haar op 06 1234 5671 of mail {EMAIL.upper()}",
            created_at=datetime(2026, 11, 26, 21, 0),
        )
    )
    meeting.frame.open.append(f"De plek van de bank die {NAME} voorstelde")  # a JSON column
    meeting.evaluation.remarks.append(f"{NAME.casefold()} vond het een goede avond")
    meeting.summary = f"Mevrouw {NAME} bood aan de beheergroep te trekken."
    dossier.history = (dossier.history or "") + f" Contact: {EMAIL}."
    sheet = meeting.canvases[0].sheets[0]
    sheet.stickies.append(Sticky("st-rights", f"Idee van {NAME}, {PHONE}", 300.0, 300.0))
    promise = dossier.promises[0]
    promise.updates.append(PromiseUpdate(datetime(2026, 11, 27, 9, 0), f"Gebeld met {NAME}"))
    return dossier


def write_named(path: Path) -> Path:
    create_dossier(path, named_dossier()).close()
    return path


def secrets() -> list[str]:
    """What must be gone after erasing her: full name, e-mail and phone (also as digits only)."""
    return [NAME, EMAIL, PHONE, "06 1234 5671", "".join(c for c in PHONE if c.isdigit())]


def found_in(raw: bytes, needle: str) -> list[str]:
    """The forms of ``needle`` that occur in ``raw`` (UTF-8, NFC or NFD, any case, JSON-escaped)."""
    text = raw.decode("utf-8", "replace")
    found = []
    for form in ("NFC", "NFD"):
        haystack = unicodedata.normalize(form, text).casefold()
        wanted = unicodedata.normalize(form, needle).casefold()
        escaped = json.dumps(unicodedata.normalize(form, needle))[1:-1].casefold()
        found += [f"{form} {w!r}" for w in {wanted, escaped} if w in haystack]
    return found

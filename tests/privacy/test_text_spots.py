"""Every free text the public report prints is a text spot the scan looks at: none is forgotten."""

from __future__ import annotations

import dataclasses
import itertools
import string
from enum import Enum
from pathlib import Path
from typing import Any

from bricoleur_desk.workspace.privacy import text_spots
from bricoleur_desk.workspace.reporting import export_report

from .test_public_report import leaky_dossier, pdf_words

# fields that hold no free text: ids, references, colours, file types
_NOT_TEXT = {
    "id",
    "meeting_id",
    "note_id",
    "theme_id",
    "raised_by",
    "merged_into",
    "color",
    "accent",
    "media_type",
}
_letters = ("".join(t) for t in itertools.product(string.ascii_lowercase, repeat=3))


def _token() -> str:
    return "Zq" + next(_letters) + "x"  # a word no dictionary, name list or pattern knows


def _fill(obj: Any, tokens: set[str]) -> None:
    """Every free-text field of ``obj`` and its parts replaced by a unique token."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in _NOT_TEXT or isinstance(value, Enum):
            continue
        if isinstance(value, str):
            token = _token()
            tokens.add(token)
            setattr(obj, f.name, token)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = _token()
                    tokens.add(value[i])
                elif dataclasses.is_dataclass(item):
                    _fill(item, tokens)
        elif isinstance(value, dict):
            renamed = {}
            for key, item in value.items():
                if isinstance(key, str):
                    key = _token()
                    tokens.add(key)
                renamed[key] = item
            setattr(obj, f.name, renamed)
        elif dataclasses.is_dataclass(value):
            _fill(value, tokens)


def test_every_text_the_public_report_prints_is_scanned(tmp_path: Path) -> None:
    dossier, _ = leaky_dossier()
    dossier.meetings[0].venue = "Buurthuis"
    dossier.meetings[0].question = "Hoe?"
    dossier.meetings[0].next_steps = "Verder"
    dossier.meetings[0].frame.open.append("Open")
    dossier.meetings[0].frame.fixed.append("Vast")
    dossier.house_style.contact = "Contact"
    for person in dossier.people:
        person.consent_contact = True
    tokens: set[str] = set()
    _fill(dossier, tokens)
    export_report(dossier, tmp_path / "public.pdf")
    printed = {t for t in tokens if t in pdf_words(tmp_path / "public.pdf")}
    scanned = {spot.text for spot in text_spots(dossier, dossier.meetings[0])}
    assert len(printed) >= 20  # the report did print the dossier's texts
    assert printed - scanned == set()

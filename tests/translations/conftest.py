"""Fixtures for the interface-language tests: a translator set that is always removed again."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from bricoleur_desk.resources import resource_path
from bricoleur_desk.ui.translations import Translations

TS_FILE = resource_path("translations", "bricoleur_nl.ts")
QM_FILE = resource_path("translations", "bricoleur_nl.qm")
UI_FOLDER = Path(__file__).resolve().parents[2] / "bricoleur_desk" / "ui"
UNDO_STEPS = UI_FOLDER.parent / "workspace" / "undo_steps.py"  # named in English, shown translated
EVALUATION_SCALE = UI_FOLDER.parent / "domain" / "evaluation_scale.py"  # the same, for the app and the report


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts file by (context, source text)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    """Installs nothing by itself; whatever a test installs is removed afterwards (English again)."""
    installed = Translations()
    yield installed
    installed.remove()

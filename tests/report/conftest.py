"""Fixtures for the report tests: a realistic dossier and PDF text extraction."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bricoleur_desk.domain.model import Dossier

from .sample import sample_dossier


@pytest.fixture
def dossier() -> Dossier:
    return sample_dossier()


def pdf_text(path: Path) -> str:
    """All text of the PDF (forms included) with whitespace collapsed to single spaces."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def squeezed(text: str) -> str:
    """Text without any whitespace: finds words that a line break split."""
    return re.sub(r"\s+", "", text)

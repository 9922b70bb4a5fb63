"""A note row is as high as its wrapped text and its @group: no blank line between them."""

from __future__ import annotations

import random

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.notes.list_delegate import PAD, ListRowMetrics

from .sample import NOTE_TEXTS

# the sample evening's words, and two that Qt's word wrap may also break inside
WORDS = [word for text in NOTE_TEXTS for word in text.split()] + ["Noord-Zuidlijn", "fiets/voetpad"]


def _qt_lines(metrics: ListRowMetrics, text: str) -> int:
    """How many lines Qt's word wrap gives the text in the row's text column (what paint draws)."""
    width = metrics.text_rect(QRect(0, 0, metrics.width, 0)).width()
    height = metrics.fm.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
    return round(height / metrics.fm.lineSpacing())


def test_rows_are_measured_as_qt_wraps_them(qtbot: QtBot) -> None:
    chance = random.Random(12)
    font = QFont()
    font.setPointSize(11)
    group_height = ListRowMetrics(font, 600).small_fm.height()
    wrong: list[tuple[int, str, int, int]] = []
    for width in range(380, 720, 17):
        metrics = ListRowMetrics(font, width)
        for _ in range(60):
            text = " ".join(chance.choice(WORDS) for _ in range(chance.randint(4, 40)))
            measured = metrics(text, "Parkstraat", False).height() - 2 * PAD - group_height
            lines = _qt_lines(metrics, text)
            if measured != lines * metrics.fm.lineSpacing():
                wrong.append((width, text, measured // metrics.fm.lineSpacing(), lines))
    assert wrong == []

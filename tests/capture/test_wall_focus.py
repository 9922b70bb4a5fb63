"""The wall in Discuss: the note in focus marked larger and outlined, a theme alone, paging, the group label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.audience.wall import LAYOUTS, NoteWall
from bricoleur_desk.ui.audience.wall_parts import FOCUS_OUTLINE, GAP, MARGIN
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID, sample_dossier

ANSWER = "Er komt een parkeergarage onder het plein"  # note n2's, in the sample


def _room(qtbot: QtBot, notes: int) -> AudienceWindow:
    window = AudienceWindow(DossierSession(sample_dossier(Phase.DISCUSS, notes=notes)), MEETING_ID)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rect(wall: NoteWall, row_id: str) -> QRect:
    """Where a row is painted on the wall (on the page shown)."""
    layout = wall.wall_layout
    row = layout.row_of(row_id)
    assert row is not None and row in layout.on_page
    column, y, height = layout.places[row]
    width = wall._fonts_for(layout.chosen).column_width  # noqa: SLF001
    first = layout.page * LAYOUTS[layout.chosen][0]
    return QRect(MARGIN + (column - first) * (width + GAP), MARGIN + y, width, height)


def _outlined(image: QImage, rect: QRect) -> bool:
    """The focus outline's colour runs along the rectangle's left edge (its middle third)."""
    x = rect.left() - 4
    ys = range(rect.top() + rect.height() // 3, rect.top() + 2 * rect.height() // 3, 3)
    return all(any(image.pixelColor(x + dx, y) == FOCUS_OUTLINE for dx in range(-6, 4)) for y in ys)


def test_the_note_in_focus_comes_up_larger_and_outlined_with_its_status_and_answer(qtbot: QtBot) -> None:
    window = _room(qtbot, notes=60)
    wall = window.wall
    page, pages = wall.page()
    assert pages > 2 and page == pages - 1  # nothing chosen yet: the last page
    with qtbot.waitSignal(wall.pageShown) as shown:
        wall.set_focus("n2")
    chosen = wall.wall_layout.page_of("n2")
    assert wall.page()[0] == chosen < pages - 1 and shown.args == [chosen, pages]
    normal = wall.wall_layout.rows[wall.wall_layout.row_of("n5")].heights[wall.wall_layout.chosen]
    image = wall.grab().toImage()
    texts = wall.painted_texts
    assert "Answered: " + ANSWER in texts  # its status and answer
    layout = wall.wall_layout.chosen
    assert wall.note_font(layout, focused=True).pointSizeF() >= 1.2 * wall.note_font(layout).pointSizeF()
    rect = _rect(wall, "n2")
    assert _outlined(image, rect) and not _outlined(image, _rect(wall, "n5"))

    # an open note in focus says it is under discussion; the note before is ordinary again
    wall.set_focus("n5")
    image = wall.grab().toImage()
    assert "Under discussion" in wall.painted_texts
    assert _outlined(image, _rect(wall, "n5")) and not _outlined(image, _rect(wall, "n2"))
    assert _rect(wall, "n5").height() > normal  # larger type, and the status line
    # a theme chosen: its page, its band outlined
    wall.set_focus("t-verkeer")
    image = wall.grab().toImage()
    assert wall.page()[0] == 0 and _outlined(image, _rect(wall, "t-verkeer"))
    assert not _outlined(image, _rect(wall, "n1")) and "Under discussion" not in wall.painted_texts
    wall.set_focus(None)  # leaving Discuss: the newest note's page, nothing outlined
    image = wall.grab().toImage()
    assert wall.page()[0] == pages - 1 and "Under discussion" not in wall.painted_texts


def test_the_note_in_focus_is_never_blitted_from_ink_in_the_ordinary_type(qtbot: QtBot) -> None:
    window = _room(qtbot, notes=30)
    wall = window.wall
    wall.set_focus("n4")
    drawn = wall.grab().toImage()
    painter = wall.wall_painter
    qtbot.waitUntil(lambda: not painter.has_ink_to_do(), timeout=5000)
    key = ("n4", wall.wall_layout.chosen)
    assert not any(k == key for k in painter.ink._images)  # noqa: SLF001
    assert wall.grab().toImage() == drawn
    wall.set_focus(None)
    plain = wall.grab().toImage()
    painter.ink.clear()
    assert wall.grab().toImage() == plain  # blitted or drawn, the note looks the same again


def test_a_theme_shown_alone_fills_the_wall_in_larger_type(qtbot: QtBot) -> None:
    window = _room(qtbot, notes=32)
    wall = window.wall
    wall.set_focus("n2")  # in Groen
    everything = wall.layout_choice()
    wall.grab()
    assert "Verkeer en parkeren" in wall.painted_texts
    with qtbot.waitSignal(wall.pageShown):
        wall.set_alone(True)
    assert wall.alone_theme() == "t-groen"
    wall.grab()
    texts = wall.painted_texts
    groen = [n for n in window.meeting.notes if n.theme_id == "t-groen"]
    assert "Groen" in texts and "Verkeer en parkeren" not in texts and "No theme yet" not in texts
    assert all(n.text in texts for n in groen)
    assert wall.layout_choice()[1] > everything[1] and wall.page() == (0, 1)
    # another note chosen: its theme alone; and back to every theme
    wall.set_focus("n1")
    wall.grab()
    assert wall.alone_theme() == "t-verkeer" and "Groen" not in wall.painted_texts
    wall.set_alone(False)
    wall.grab()
    assert {"Groen", "Verkeer en parkeren"} <= set(wall.painted_texts)


def test_pgup_and_pgdn_on_the_projector_window_turn_the_page(qtbot: QtBot) -> None:
    window = _room(qtbot, notes=60)
    wall = window.wall
    wall.set_focus("n2")
    told: list[tuple[int, int]] = []
    wall.pageShown.connect(lambda page, pages: told.append((page, pages)))
    chosen, pages = wall.page()
    for _ in range(pages + 1):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert wall.page()[0] == pages - 1 and len(told) == pages - 1 - chosen  # and no further
    window.grab()
    assert f"{pages} / {pages}" in wall.painted_texts and "Answered: " + ANSWER not in wall.painted_texts
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert told[-1] == (pages - 2, pages)
    wall.set_focus("n2")  # chosen again on the laptop: back to its page
    assert wall.page()[0] == chosen


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


@pytest.mark.parametrize("notes", [12, 150])
def test_the_group_label_is_large_and_dark_enough_to_read_from_the_back(qtbot: QtBot, notes: int) -> None:
    window = _room(qtbot, notes=notes)
    wall = window.wall
    layout = wall.wall_layout.chosen
    group = wall.group_font(layout).pointSizeF()
    assert group >= 18 and group >= 0.75 * wall.note_font(layout).pointSizeF()  # was 62 %: 15 pt
    image = wall.grab().toImage()
    entry = next(wall.wall_layout.rows[r] for r in wall.wall_layout.on_page if wall.wall_layout.rows[r].group)
    rect = _rect(wall, entry.id)
    text, _answer = wall._static(entry, layout)  # noqa: SLF001
    fonts = wall._fonts_for(layout)  # noqa: SLF001
    top = rect.top() + int(text.size().height())
    label = [
        image.pixelColor(x, y)
        for x in range(rect.left() + fonts.gutter, rect.right())
        for y in range(top, top + fonts.small_fm.height())
    ]
    darkest = min(label, key=_luminance)
    contrast = (1.05) / (_luminance(darkest) + 0.05)  # on the white wall
    assert contrast >= 7  # WCAG AAA for normal text; the old grey #8a8a8a gave 3.5

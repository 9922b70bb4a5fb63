"""The audience window: phases, B/W blanking, Esc, the stage, the growing wall and the preview."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QRegion
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.audience import AudiencePreview, AudienceWindow
from bricoleur_desk.ui.audience.preview import REFRESH_MS
from bricoleur_desk.ui.audience.wall import LAYOUTS, NoteWall
from bricoleur_desk.ui.audience.wall_parts import GAP, HIGHLIGHT, MARGIN
from bricoleur_desk.workspace import capture, commands, meeting_flow
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID, sample_dossier


@pytest.fixture
def window(qtbot: QtBot, session: DossierSession) -> AudienceWindow:
    widget = AudienceWindow(session, MEETING_ID)
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_phase_shows_its_own_content(
    qtbot: QtBot, window: AudienceWindow, session: DossierSession
) -> None:
    meeting = session.dossier.meeting(MEETING_ID)
    commands.run(session, meeting_flow.set_phase, MEETING_ID, Phase.PREPARE)
    assert window.pages.currentWidget() is window.prepare_page
    prepare_texts = [label.text() for label in window.prepare_page.findChildren(QLabel)]
    assert meeting.question in prepare_texts and "• Budget: 1,2 miljoen euro" in prepare_texts
    commands.run(session, meeting_flow.set_phase, MEETING_ID, Phase.INVENTORY)
    assert window.pages.currentWidget() is window.wall_page
    window.grab()
    answer = meeting.note("n2").answer
    assert meeting.note("n1").text in window.wall.painted_texts
    assert not any(answer in t for t in window.wall.painted_texts)  # no answers while noting
    commands.run(session, meeting_flow.set_phase, MEETING_ID, Phase.DISCUSS)
    window.grab()
    assert any(answer in t for t in window.wall.painted_texts)
    commands.run(session, meeting_flow.set_phase, MEETING_ID, Phase.CLOSE)
    assert window.pages.currentWidget() is window.close_page
    assert window.close_page.next_steps.text() == meeting.next_steps


def test_numbers_match_the_laptop_and_the_newest_note_stays_marked_until_the_next(
    qtbot: QtBot, window: AudienceWindow, session: DossierSession
) -> None:
    note_id = commands.create(
        session, capture.add_note, MEETING_ID, "Graag een extra oversteekplaats #Verkeer en parkeren"
    )
    note = session.document.get(note_id)
    window.grab()
    texts = window.wall.painted_texts
    assert texts.index("13") + 1 == texts.index(note.text)  # the number, then its text
    assert texts.index("Verkeer en parkeren") < texts.index("13") < texts.index("Groen")
    assert window.wall.highlighted() == note.id
    wall = window.wall
    row = wall.wall_layout.row_of(note.id)
    column, y, _height = wall.wall_layout.places[row]
    width = wall._fonts_for(wall.wall_layout.chosen).column_width  # noqa: SLF001
    spot = (MARGIN + column * (width + GAP) + width - 8, MARGIN + y + 4)  # right of its text
    assert wall.grab().toImage().pixelColor(*spot).name() == HIGHLIGHT.name()
    qtbot.wait(2500)  # it used to fade after 2 s, before the room had read it
    assert wall.highlighted() == note.id
    assert wall.grab().toImage().pixelColor(*spot).name() == HIGHLIGHT.name()
    following = commands.create(session, capture.add_note, MEETING_ID, "Nog een punt #Groen")
    assert window.wall.highlighted() == following
    assert wall.grab().toImage().pixelColor(*spot).name() == "#ffffff"  # no longer the newest


def test_b_and_w_blank_the_room_and_esc_never_closes(qtbot: QtBot, window: AudienceWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.blanked() == "black" and window.pages.currentWidget() is window.black
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert window.blanked() == "white"
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert window.blanked() is None and window.pages.currentWidget() is window.wall_page
    image = window.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_B)
    black = window.grab().toImage()
    assert black.pixelColor(960, 540).name() == "#000000" and image != black
    qtbot.keyClick(window, Qt.Key.Key_B)
    window.showFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


def test_the_stage_can_hold_another_widget(qtbot: QtBot, window: AudienceWindow) -> None:
    canvas = QLabel("schets")
    for _ in range(2):  # on, off and on again
        window.set_stage(canvas)
        assert window.on_stage() is canvas and window.pages.currentWidget() is window.stage_page
        qtbot.waitUntil(canvas.isVisible)
        assert canvas.geometry() == window.rect()  # a sketch gets the whole screen, no title above it
        window.set_stage(None)
        assert window.on_stage() is window.wall and window.pages.currentWidget() is window.wall_page
    # the agenda clock stays in view over a sketch
    window.set_stage(canvas)
    window.set_clock("12:00")
    assert window.stage_clock.isVisible() and window.stage_clock.text() == "12:00"
    assert window.stage_clock.geometry().right() > window.width() * 0.8


def _room(qtbot: QtBot, session: DossierSession) -> AudienceWindow:
    """The audience window at 1920 x 1080, shown."""
    window = AudienceWindow(session, MEETING_ID)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def test_the_wall_shrinks_then_pages_to_the_newest_note(qtbot: QtBot) -> None:
    session = DossierSession(sample_dossier(notes=3))
    window = _room(qtbot, session)
    assert window.wall.layout_choice() == LAYOUTS[0]
    for i in range(150):
        commands.create(
            session, capture.add_note, MEETING_ID, f"Punt {i}: de stoep is te smal voor rolstoelen"
        )
    assert window.wall.layout_choice() == LAYOUTS[-1]
    page, pages = window.wall.page()
    assert pages > 1 and page == pages - 1  # the newest note is on the last page
    window.grab()
    newest = session.dossier.meeting(MEETING_ID).notes[-1]
    assert newest.text in window.wall.painted_texts
    assert "Punt 0: de stoep is te smal voor rolstoelen" not in window.wall.painted_texts


def test_one_screen_covers_the_laptop_until_esc(qtbot: QtBot, session: DossierSession) -> None:
    from bricoleur_desk.ui.notes import CaptureView

    laptop = CaptureView(session, MEETING_ID)
    qtbot.addWidget(laptop)
    laptop.show()
    laptop.activateWindow()
    laptop.focus_capture()
    qtbot.waitUntil(laptop.capture_input.hasFocus)
    window = AudienceWindow(session, MEETING_ID, laptop.model)
    qtbot.addWidget(window)
    chosen: list[str] = []
    window.screenChosen.connect(chosen.append)
    window.open_on()
    # the laptop mirrored to the projector: the wall covers its one screen and has the keys
    screen = QGuiApplication.primaryScreen()
    assert window.isVisible() and window.isFullScreen() and chosen == []
    assert window.geometry() == screen.geometry() and window.covers_the_only_screen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # a screen smaller than full HD gets the type scaled down with it
    scale = min(screen.geometry().width() / 1920, screen.geometry().height() / 1080)
    assert window.wall.layout_choice()[1] == LAYOUTS[window.wall.wall_layout.chosen][1]
    assert window.wall.note_font(0).pointSizeF() <= LAYOUTS[0][1] * (scale + 0.05)
    qtbot.keyClick(window, Qt.Key.Key_B)  # the room's keys work on it
    assert window.blanked() == "black"
    qtbot.keyClick(window, Qt.Key.Key_B)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and not window.covers_the_only_screen()
    qtbot.waitUntil(laptop.capture_input.hasFocus)  # typing goes on where it was
    qtbot.keyClicks(laptop.capture_input, "nog een punt")
    qtbot.keyClick(laptop.capture_input, Qt.Key.Key_Return)
    window.open_on()
    assert window.wall.highlighted() == session.dossier.meeting(MEETING_ID).notes[-1].id
    assert window.screen_names()


def test_the_preview_follows_the_room(qtbot: QtBot, window: AudienceWindow, session: DossierSession) -> None:
    preview = AudiencePreview(window)
    qtbot.addWidget(preview)
    preview.resize(320, 180)
    preview.show()
    qtbot.waitUntil(lambda: preview.pixmap() is not None and not preview.pixmap().isNull())
    before = preview.pixmap().toImage()
    key = preview.pixmap().cacheKey()
    # with nothing new in the room no grab comes before 8 ticks (2.4 s) after the last one: a
    # slow machine only makes the ticks in this wait fewer, never more
    qtbot.wait(700)
    assert preview.pixmap().cacheKey() == key
    qtbot.keyClick(window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: preview.pixmap().toImage() != before, timeout=10 * REFRESH_MS)
    assert preview.pixmap().toImage().pixelColor(160, 90).name() == "#000000"


def _lands_like_a_full_layout(wall: NoteWall, flow: Callable[..., object]) -> bool:
    """The wall's places equal a full layout's; True if it had left the rows after the page for later."""
    pending = wall.wall_layout.pending
    full = flow(len(LAYOUTS) - 1, wall.wall_layout.visible(), None)
    assert isinstance(full, tuple)
    if pending is not None:
        # flowed up to the first row of the page after the newest note's: the page shown is right
        assert wall.wall_layout.places[: pending + 1] == full[0][: pending + 1]
        assert wall.wall_layout.places[pending][0] // LAYOUTS[-1][0] == wall.wall_layout.page + 1
        assert [c for c in wall.wall_layout.continued if c[0] <= wall.wall_layout.places[pending][0]] == [
            c for c in full[1] if c[0] <= wall.wall_layout.places[pending][0]
        ]
        wall.page()  # the rest is flowed when asked (or right after painting)
        assert wall.wall_layout.pending is None
    assert (wall.wall_layout.places, wall.wall_layout.continued) == full
    return pending is not None


def test_adding_notes_reflows_like_a_full_layout(qtbot: QtBot) -> None:
    # the wall lays out only from the changed column on; it must land where a full layout would
    session = DossierSession(sample_dossier(notes=120))
    window = _room(qtbot, session)
    wall = window.wall
    assert wall.layout_choice() == LAYOUTS[-1]
    themes = ["#Groen", "#Verkeer en parkeren", "", "#Nieuw"]
    for i in range(24):
        commands.create(session, capture.add_note, MEETING_ID, f"Opmerking {i} over de stoep {themes[i % 4]}")
        _lands_like_a_full_layout(wall, wall.wall_layout.flow)
    # notes landing in the middle (an existing theme): the flow stops where a row lands as before
    flows: list[int] = []
    pages: set[int] = set()
    later = 0
    flow = wall.wall_layout.flow
    wall.wall_layout.flow = lambda *args: flows.append(len(args)) or flow(*args)  # type: ignore[method-assign]
    for i in range(40):
        theme = "#Groen" if i % 2 else "#Verkeer en parkeren"
        text = f"Een wat langere opmerking {i} over de stoep, de bomen en de fietsers {theme}"
        commands.create(session, capture.add_note, MEETING_ID, "kort " * (i % 5) + text)
        later += _lands_like_a_full_layout(wall, flow)
        assert wall.wall_layout.row_of(wall.wall_layout.newest) == next(
            r for r, e in enumerate(wall.wall_layout.rows) if e.id == wall.wall_layout.newest
        )
        first = wall.wall_layout.page * LAYOUTS[-1][0]
        shown = [r for r, p in enumerate(wall.wall_layout.places) if first <= p[0] < first + LAYOUTS[-1][0]]
        assert wall.wall_layout.on_page == shown and wall.wall_layout.row_of(wall.wall_layout.newest) in shown
        pages.add(wall.wall_layout.page)
    assert len(pages) > 1  # the newest note was on different pages
    assert 6 in flows  # the incremental flow with the inserted rows was used
    assert later > 5  # and it often left the rows after the page shown for later


def test_a_new_note_repaints_only_what_moved_and_the_wall_matches_a_full_paint(qtbot: QtBot) -> None:
    # the wall asks for a repaint of the region that changed only; painting just that region
    # over the previous picture must give the same picture as painting everything
    session = DossierSession(sample_dossier(notes=120))
    window = _room(qtbot, session)
    wall = window.wall
    picture = wall.grab()
    asked: list[QRegion] = []
    whole = QRegion(wall.rect())

    def update(*args: object) -> None:
        if not args:
            asked.append(whole)
        elif len(args) == 1:
            asked.append(QRegion(args[0]) if isinstance(args[0], QRect) else args[0])  # type: ignore[arg-type]

    wall.update = update  # type: ignore[method-assign]
    partial = 0
    for i in range(16):
        asked.clear()
        theme = "#Groen" if i < 10 else "#Verkeer en parkeren"
        commands.create(session, capture.add_note, MEETING_ID, f"Nog een opmerking {i} over de bomen {theme}")
        region = QRegion()
        for part in asked:
            region += part
        partial += region != whole
        wall.render(picture, region.boundingRect().topLeft(), region)
        assert picture.toImage() == wall.grab().toImage(), i
    assert partial > 8  # most new notes did not repaint the whole wall


def test_the_rows_after_the_page_shown_are_flowed_right_after_painting(qtbot: QtBot) -> None:
    session = DossierSession(sample_dossier(notes=120))
    window = _room(qtbot, session)
    qtbot.waitExposed(window)
    wall = window.wall
    for i in range(40):  # notes in the first theme: the pages after it move on
        commands.create(session, capture.add_note, MEETING_ID, f"Opmerking {i} over de bomen #Groen")
        if wall.wall_layout.pending is not None:
            break
    assert wall.wall_layout.pending is not None
    window.grab()  # the page shown, painted before the rest is flowed
    assert session.dossier.meeting(MEETING_ID).notes[-1].text in wall.painted_texts
    qtbot.waitUntil(lambda: wall.wall_layout.pending is None, timeout=1000)
    full = wall.wall_layout.flow(len(LAYOUTS) - 1, wall.wall_layout.visible(), None)
    assert full is not None and (wall.wall_layout.places, wall.wall_layout.continued) == full
    page, pages = wall.page()
    window.grab()
    assert f"{page + 1} / {pages}" in wall.painted_texts


def test_a_page_blitted_from_ink_is_the_page_drawn_glyph_by_glyph(qtbot: QtBot) -> None:
    session = DossierSession(sample_dossier(notes=120))
    commands.run(session, capture.merge_notes, "n1", ["n2"])  # a faded note, an answer line
    window = _room(qtbot, session)
    qtbot.waitExposed(window)
    wall = window.wall
    commands.create(session, capture.add_note, MEETING_ID, "?Een vraag #Groen @Oost")  # highlighted
    wall.wall_painter.ink.clear()
    drawn = wall.grab().toImage()  # every note drawn glyph by glyph
    texts = list(wall.painted_texts)
    notes = [
        wall.wall_layout.rows[r] for r in wall.wall_layout.on_page if not wall.wall_layout.rows[r].header
    ]
    inked = [e for e in notes if e.id != wall.highlighted()]
    assert len(inked) == len(notes) - 1 > 10
    qtbot.waitUntil(
        lambda: all(
            wall.wall_painter.ink.holds((e.id, wall.wall_layout.chosen), wall.wall_painter.signature(e))
            for e in inked
        )
    )
    hits = wall.wall_painter.ink.hits
    assert wall.grab().toImage() == drawn  # the same pixels, now blitted
    assert wall.painted_texts == texts  # and the same texts for the privacy test
    assert wall.wall_painter.ink.hits - hits == len(inked)  # all but the highlighted note

    # an edited note shows its new text, not its old ink
    shown = inked[0]
    commands.run(session, capture.edit_note_text, shown.id, "Een nieuwe tekst voor deze opmerking")
    inked = wall.grab().toImage()
    assert "Een nieuwe tekst voor deze opmerking" in wall.painted_texts
    wall.wall_painter.ink.clear()
    assert wall.grab().toImage() == inked

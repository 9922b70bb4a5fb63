"""The projector's text passes WCAG AA on its ground, on every theme colour a dossier can hold."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.contrast import contrast_ratio, passes_aa, readable_text, strengthened
from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.audience.colours import HIGH_CONTRAST, NORMAL, RoomColours
from bricoleur_desk.ui.audience.wall_parts import GAP, MARGIN
from bricoleur_desk.workspace import capture, commands
from bricoleur_desk.workspace.session import DossierSession
from tests.capture.sample import MEETING_ID, sample_dossier


def _band_pixels(window: AudienceWindow, theme_id: str) -> tuple[QImage, list[QColor]]:
    wall = window.wall
    image = wall.grab().toImage()
    row = wall.wall_layout.row_of(theme_id)
    column, y, height = wall.wall_layout.places[row]
    f = wall._fonts_for(wall.wall_layout.chosen)  # noqa: SLF001
    left = MARGIN + column * (f.column_width + GAP)
    top = MARGIN + y + f.fm.height() // 3
    dpr = image.devicePixelRatio()
    pixels = [
        image.pixelColor(int(x * dpr), int(yy * dpr))
        for x in range(left + 2, left + f.column_width - 2, 2)
        for yy in range(top + 2, MARGIN + y + height - 2)
    ]
    return image, pixels


@pytest.mark.parametrize("high_contrast", [False, True], ids=["usual", "high-contrast"])
@pytest.mark.parametrize("fill", ["#ffff00", "#17becf", "#bcbd22", "#0d47a1", "#e0e0e0", "#222222", "#00838f"])
def test_a_theme_band_in_any_colour_carries_readable_text(qtbot: QtBot, fill: str, high_contrast: bool) -> None:
    session = DossierSession(sample_dossier())
    window = AudienceWindow(session, MEETING_ID)
    window.set_high_contrast(high_contrast)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    commands.run(session, capture.recolour_theme, "t-verkeer", fill)
    _image, pixels = _band_pixels(window, "t-verkeer")
    if high_contrast:  # the theme's hue, but dark or light enough for 7:1 (AAA)
        fill = strengthened(fill)
        assert contrast_ratio(readable_text(fill), fill) >= 7
    band = QColor(fill)
    text = [p for p in pixels if p != band]
    assert len(text) > 50, "the theme's name is painted on its band"
    # the text's own colour (its glyphs' cores, not their anti-aliased edges) against the band
    expected = QColor(readable_text(fill))
    cores = [p for p in text if p == expected]
    assert len(cores) > 20, (fill, {p.name() for p in text[:20]})
    assert contrast_ratio(expected.name(), fill) >= 4.5


@pytest.mark.parametrize("colours", [NORMAL, HIGH_CONTRAST], ids=["usual", "high-contrast"])
def test_every_colour_pair_of_the_projector_passes_aa(colours: RoomColours) -> None:
    # every text on the room's screen is 4.5:1 or more, whatever size it ends up on a small wall
    ground = colours.ground
    texts = {
        "ink": (colours.ink, ground),
        "merged note": (colours.faded, ground),
        "group": (colours.group_ink, ground),
        "newest note": (colours.ink, colours.highlight),
        "note in focus": (colours.ink, colours.focus_fill),
        "date and venue": (colours.when, ground),
        "open for discussion": (colours.open_title, ground),
        "fixed": (colours.fixed_title, ground),
        "clock, nearly over": (colours.clock_warning, ground),
        "clock, over": (colours.clock_over, ground),
        "promise detail": (colours.promise_detail, ground),
        "band without a colour": (readable_text(colours.band), colours.band),
    }
    for status, colour in colours.status.items():
        texts[f"answer, {status}"] = (colour, ground)
        texts[f"answer in focus, {status}"] = (colour, colours.focus_fill)
    for badge, colour in colours.badges.items():
        texts[f"badge {badge}"] = (readable_text(colour), colour)
    failing = {what: round(contrast_ratio(*pair), 2) for what, pair in texts.items() if not passes_aa(*pair)}
    assert failing == {}
    # the outline of the note under discussion: a graphic, 3:1 (WCAG 1.4.11)
    assert contrast_ratio(colours.focus_outline, ground) >= 3


def test_high_contrast_leaves_no_grey_on_the_projector() -> None:
    for name in ("ink", "group_ink", "when", "promise_detail", "focus_outline"):
        assert getattr(HIGH_CONTRAST, name) == "#000000", name
    assert contrast_ratio(HIGH_CONTRAST.faded, HIGH_CONTRAST.ground) >= 7  # AAA, merged or not
    for status, colour in HIGH_CONTRAST.status.items():
        assert contrast_ratio(colour, HIGH_CONTRAST.ground) >= 7, status


@pytest.mark.parametrize(("paper", "ink"), [("#ffe066", "#1f1f1f"), ("#1f1f1f", "#ffffff"), ("#0a64c8", "#ffffff")])
def test_a_sticky_in_any_colour_has_readable_words(qtbot: QtBot, paper: str, ink: str) -> None:
    from bricoleur_desk.domain.model import Canvas, Sheet, Sticky
    from bricoleur_desk.ui.canvas.export import canvas_svg
    from bricoleur_desk.ui.canvas.items import StickyItem

    item = StickyItem(Sticky(id="s1", text="Meer bankjes", x=0, y=0, color=paper), "sheet", lambda *_: None)
    assert item.text.defaultTextColor().name() == ink  # on the laptop and, larger, on the projector
    assert contrast_ratio(ink, paper) >= 4.5
    sheet = Sheet(id="sheet", name="A", stickies=[Sticky(id="s1", text="Meer bankjes", x=0, y=0, color=paper)])
    canvas = Canvas(id="c", name="Plein", sheets=[sheet])
    assert f'fill="{ink}">' in canvas_svg(canvas, None)  # the exported sketch too

"""The projector's "Vorige keer beloofd" at the start of evening 2: every earlier promise and its outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from bricoleur_desk.domain.model import PromiseStatus
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.audience.promises_wall import BADGE_COLOURS, PromisesWall
from bricoleur_desk.ui.audience.window import AudienceWindow
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace import commands
from bricoleur_desk.workspace.promise_register import set_status
from bricoleur_desk.workspace.session import DossierSession

from .sample import FIRST, LIGHT, SECOND, two_evenings


def _colours(wall: PromisesWall) -> set[str]:
    image = wall.grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def test_the_room_sees_what_became_of_every_earlier_promise(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = DossierSession(two_evenings())
    window = AudienceWindow(session, SECOND)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.pages.currentWidget() is window.prepare_page
    window.show_promises(True)
    wall = window.promises_page
    assert window.pages.currentWidget() is wall
    text = wall.plain_text()
    assert text.splitlines()[0] == "Promised last time"
    assert "Done: Een bank bij de speeltuin plaatsen" in text
    assert "Gedaan: bank geplaatst naast de glijbaan" in text
    assert "Not going ahead: Een zebrapad bij de Oude Markt onderzoeken" in text
    assert "Why: De provincie legt daar in 2027 een verkeerslicht aan" in text
    assert "Still open, later than promised: Kapotte lantaarnpaal" in text
    assert "Latest: Melding gedaan bij Enexis" in text
    assert "Plantplan" not in text  # made tonight: not "last time"
    assert "Team Openbare Ruimte" not in text  # who inside the municipality is not the room's business
    colours = _colours(wall)
    for badge in ("done", "dropped", "late"):
        assert BADGE_COLOURS[badge] in colours, badge  # each status painted in its own colour

    # the register closes the lamp: the wall follows at once
    assert commands.run(session, set_status, LIGHT, PromiseStatus.DONE)
    assert "Done: Kapotte lantaarnpaal" in wall.plain_text()
    window.show_promises(False)
    assert window.pages.currentWidget() is window.prepare_page
    window.shutdown()


def test_the_first_evening_has_nothing_to_come_back_on_and_personal_data_is_masked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dossier = two_evenings()
    next(p for p in dossier.promises if p.id == LIGHT).updates[0].text = "Piet de Vries heeft Enexis gebeld"
    wall = PromisesWall()
    qtbot.addWidget(wall)
    wall.set_texts("Vorige keer beloofd", "Er zijn op eerdere avonden geen toezeggingen gedaan.")
    wall.show_meeting(dossier, dossier.meeting(FIRST))
    assert wall.rows == [] and "geen toezeggingen" in wall.plain_text()
    wall.show_meeting(dossier, dossier.meeting(SECOND))
    assert "Piet de Vries" not in wall.plain_text() and "[naam] heeft Enexis gebeld" in wall.plain_text()


def test_the_meeting_menu_puts_it_on_the_projector_and_takes_it_away(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plein.bricoleur"
    create_dossier(path, two_evenings()).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path, SECOND)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    projector = window.workspace.views.projector
    qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    audience = projector.window
    assert audience is not None and audience.promises_shown()
    assert audience.pages.currentWidget() is audience.promises_page
    assert "Not going ahead" in audience.promises_page.plain_text()
    window.commands.promises_wall.trigger()
    assert not audience.promises_shown() and audience.pages.currentWidget() is not audience.promises_page
    window.commands.promises_wall.trigger()
    assert audience.promises_shown()
    # the inventory starts (Alt+2): the room sees the notes, and the key shows the promises again
    from bricoleur_desk.domain.model import Phase
    from bricoleur_desk.workspace import meeting_flow

    commands.run(window.opened.session, meeting_flow.set_phase, SECOND, Phase.INVENTORY)
    assert not audience.promises_shown() and audience.pages.currentWidget() is audience.wall_page
    window.commands.promises_wall.trigger()
    assert audience.promises_shown()


def test_many_promises_shrink_and_those_that_do_not_fit_are_counted(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from bricoleur_desk.domain.model import Promise

    dossier = two_evenings()
    for i in range(60):
        dossier.promises.append(
            Promise(f"extra-{i}", FIRST, f"Toezegging nummer {i} over het plein", due=date(2027, 1, 1))
        )
    wall = PromisesWall()
    qtbot.addWidget(wall)
    wall.set_texts("Vorige keer beloofd", "", "… en nog %1: alle staan in het verslag")
    wall.resize(1280, 720)
    wall.show_meeting(dossier, dossier.meeting(SECOND))
    wall.grab()
    assert len(wall.rows) == 63
    assert 0 < wall.left_out < 63  # the first ones are painted, the rest counted on the last line
    few = PromisesWall()
    qtbot.addWidget(few)
    few.resize(1280, 720)
    few.show_meeting(two_evenings(), two_evenings().meeting(SECOND))
    few.grab()
    assert few.left_out == 0


def test_a_strangers_name_is_masked_once_the_scanner_is_loaded(qtbot, name_scanner) -> None:  # type: ignore[no-untyped-def]
    dossier = two_evenings()
    next(p for p in dossier.promises if p.id == LIGHT).updates[0].text = "Mevrouw Gerda Jansen belde Enexis"
    wall = PromisesWall()
    qtbot.addWidget(wall)
    wall.names = name_scanner
    wall.show_meeting(dossier, dossier.meeting(SECOND))
    text = wall.plain_text()
    assert "Gerda" not in text and "Jansen" not in text and "belde Enexis" in text

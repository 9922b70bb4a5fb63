"""The agenda timer widget with a fake clock: what it shows, its colours, the projector flag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting
from bricoleur_desk.ui.phases.agenda_timer import AgendaTimer
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.session import DossierSession

from .accessibility import nameless_controls
from .sample import MEETING_ID


class FakeClock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot: QtBot, session: DossierSession, clock: FakeClock) -> AgendaTimer:
    timer = AgendaTimer(session, MEETING_ID, now=clock)
    timer.resize(480, 260)
    qtbot.addWidget(timer)
    timer.show()
    qtbot.waitExposed(timer)
    return timer


def test_start_shows_the_block_and_counts_down_once_a_second(
    qtbot: QtBot, timer: AgendaTimer, clock: FakeClock
) -> None:
    assert timer.block_label.text() == "1/4 \u00b7 Welkom en uitleg"
    assert (
        timer.time_label.text() == "10:00"
        and timer.next_label.text() == "Next: Alles eerst opschrijven (30 min)"
    )
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.ticker.isActive() and timer.start_button.text() == "Pause"
    clock.t += 61
    qtbot.waitUntil(lambda: timer.time_label.text() == "08:59", timeout=10_000)  # the real QTimer ticked (each second)
    assert timer.level() == "ok"


def test_amber_under_two_minutes_red_when_over_and_next_block(
    qtbot: QtBot, timer: AgendaTimer, clock: FakeClock
) -> None:
    heard: list[tuple[str, str, str]] = []
    timer.readingChanged.connect(lambda *args: heard.append(args))
    timer.toggle()
    clock.t += 9 * 60 + 1
    timer.update_reading()
    assert (timer.time_label.text(), timer.level(), timer.face.property("level")) == (
        "00:59",
        "warning",
        "warning",
    )
    clock.t += 90
    timer.update_reading()
    assert (timer.time_label.text(), timer.level()) == ("+00:31", "over")
    assert heard[-1] == ("Welkom en uitleg", "+00:31", "over")
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)  # pause
    clock.t += 600
    timer.update_reading()
    assert timer.time_label.text() == "+00:31" and not timer.ticker.isActive()
    qtbot.mouseClick(timer.next_button, Qt.MouseButton.LeftButton)
    assert (
        timer.block_label.text() == "2/4 \u00b7 Alles eerst opschrijven"
        and timer.time_label.text() == "30:00"
    )
    assert timer.level() == "ok"
    for _ in range(3):
        timer.next_block()
    assert timer.block_label.text() == "Agenda done" and timer.level() == "done"
    assert not timer.next_button.isEnabled()


def test_an_edited_agenda_shows_at_once(
    timer: AgendaTimer, session: DossierSession, meeting: Meeting
) -> None:
    commands.run(session, meeting_flow.set_agenda, MEETING_ID, [("Koffie en welkom", 15), ("Opschrijven", 30)])
    assert timer.block_label.text() == "1/2 \u00b7 Koffie en welkom" and timer.time_label.text() == "15:00"


def test_show_on_projector_flag(qtbot: QtBot, timer: AgendaTimer) -> None:
    assert timer.showOnProjector is False
    with qtbot.waitSignal(timer.showOnProjectorChanged) as signal:
        qtbot.mouseClick(timer.projector_check, Qt.MouseButton.LeftButton)
    assert signal.args == [True] and timer.showOnProjector is True
    timer.showOnProjector = False
    assert not timer.projector_check.isChecked()
    assert nameless_controls(timer) == []


def test_the_timer_carries_on_after_a_restart(qtbot: QtBot, session: DossierSession, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from bricoleur_desk.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    now, wall = FakeClock(), FakeClock()
    wall.t = 1_764_000_000.0
    first = AgendaTimer(session, MEETING_ID, now=now, settings=settings, wall=wall)
    qtbot.addWidget(first)
    qtbot.mouseClick(first.start_button, Qt.MouseButton.LeftButton)
    now.t += 90
    wall.t += 90
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    now.t += 60
    wall.t += 60 + 30  # the laptop is closed for half a minute, then the app starts again
    first.close()
    second = AgendaTimer(session, MEETING_ID, now=FakeClock(), settings=settings, wall=wall)
    qtbot.addWidget(second)
    assert second.clock.running and second.ticker.isActive()
    assert second.block_label.text().startswith("2/4")
    # 30 minutes less the 60 s spent in it and the 30 s away (the room went on meanwhile)
    assert second.time_label.text() == "28:30"
    assert second.start_button.text() == second.tr("Pause")

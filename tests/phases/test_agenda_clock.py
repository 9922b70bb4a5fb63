"""The agenda clock with a fake clock: current block, time left, pause, next block."""

from __future__ import annotations

from bricoleur_desk.domain.model import AgendaBlock
from bricoleur_desk.workspace.agenda_clock import AgendaClock, planned_block_at

BLOCKS = [AgendaBlock("Welkom", 10), AgendaBlock("Opschrijven", 30), AgendaBlock("Afsluiting", 5)]


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_running_pausing_and_next_block() -> None:
    now = FakeClock()
    clock = AgendaClock(BLOCKS, now=now)
    assert clock.reading().time_text == "10:00" and not clock.reading().running
    clock.start()
    now.t += 61
    r = clock.reading()
    assert (r.index, r.title, r.seconds_left, r.time_text, r.level) == (0, "Welkom", 539, "08:59", "ok")
    clock.pause()
    now.t += 500  # paused: no time passes for the block
    assert clock.reading().seconds_left == 539
    clock.start()
    now.t += 480
    assert clock.reading().level == "warning" and clock.reading().time_text == "00:59"
    now.t += 90
    assert clock.reading().level == "over" and clock.reading().time_text == "+00:31"
    clock.next_block()
    now.t += 30
    r = clock.reading()
    assert (r.title, r.time_text, r.running) == ("Opschrijven", "29:30", True)
    clock.next_block()
    clock.next_block()
    assert clock.reading().finished and clock.reading().level == "done" and not clock.running
    clock.previous_block()
    assert clock.reading().title == "Afsluiting"


def test_edited_agenda_keeps_the_position() -> None:
    now = FakeClock()
    clock = AgendaClock(BLOCKS, now=now)
    clock.next_block()
    clock.set_blocks(BLOCKS[:1])
    assert clock.reading().finished
    clock.set_blocks([AgendaBlock("Welkom", 10), AgendaBlock("Groen", 20)])
    assert clock.reading().title == "Groen"


def test_planned_block_by_elapsed_time() -> None:
    assert planned_block_at(BLOCKS, 0) == (0, 600)
    assert planned_block_at(BLOCKS, 601) == (1, 1799)
    assert planned_block_at(BLOCKS, 45 * 60) == (3, 0.0)

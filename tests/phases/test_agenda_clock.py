"""The agenda clock with a fake clock: current block, time left, pause, next block."""

from __future__ import annotations

from bricoleur_desk.domain.model import AgendaBlock
from bricoleur_desk.workspace.agenda_clock import STATE_MAX_AGE, AgendaClock, ClockState, planned_block_at

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


def test_a_running_clock_carries_on_after_a_restart_counting_the_time_away() -> None:
    now, wall = FakeClock(), FakeClock()
    wall.t = 1_764_000_000.0
    clock = AgendaClock(BLOCKS, now=now, wall=wall)
    clock.start()
    now.t += 120
    clock.next_block()
    now.t += 60
    wall.t += 180
    text = clock.state().to_text()
    # the app stops; 45 s later it starts again, with another monotonic clock
    later_now, later_wall = FakeClock(), FakeClock()
    later_now.t, later_wall.t = 3.0, wall.t + 45
    again = AgendaClock(BLOCKS, now=later_now, wall=later_wall)
    state = ClockState.from_text(text)
    assert state is not None and again.restore(state)
    r = again.reading()
    assert (r.index, r.title, r.running, r.seconds_left) == (1, "Opschrijven", True, 30 * 60 - 105)
    later_now.t += 10
    assert again.reading().seconds_left == 30 * 60 - 115


def test_a_paused_clock_comes_back_paused_and_a_stale_one_not_at_all() -> None:
    now, wall = FakeClock(), FakeClock()
    clock = AgendaClock(BLOCKS, now=now, wall=wall)
    clock.start()
    now.t += 200
    clock.pause()
    state = clock.state()
    assert state.running_since is None
    again = AgendaClock(BLOCKS, now=FakeClock(), wall=wall)
    wall.t += 3600
    assert again.restore(state)
    assert (again.reading().seconds_left, again.running) == (400, False)
    fresh = AgendaClock(BLOCKS, now=FakeClock(), wall=wall)
    wall.t += STATE_MAX_AGE
    assert not fresh.restore(state)  # last week's evening: the clock starts afresh
    assert (fresh.index, fresh.reading().seconds_left) == (0, 600)
    shorter = AgendaClock(BLOCKS[:1], now=FakeClock(), wall=lambda: state.saved_at)
    assert shorter.restore(ClockState(2, 0.0, None, state.saved_at))
    assert shorter.reading().finished  # the agenda lost blocks meanwhile: the clock is past its end


def test_a_damaged_saved_state_is_ignored() -> None:
    for text in ("", "1;2", "x;0;;5", "1;-3;;5", "1;nan;;5", "1;0;inf;5", "-1;0;;5", "1;0;;5;6"):
        assert ClockState.from_text(text) is None, text
    state = ClockState(3, 12.5, 100.25, 200.5)
    assert ClockState.from_text(state.to_text()) == state

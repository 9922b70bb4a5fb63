"""The evening's clock: which agenda block is on and how much of its time is left.

Pure Python with an injectable ``now`` (seconds, monotonic) so tests need not wait. The
facilitator moves to the next block by hand; a block that runs over stays current and shows
negative time left, because the room decides when a topic is done, not the clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..domain.model import AgendaBlock

WARNING_SECONDS = 120  # under two minutes left: amber
STATE_MAX_AGE = 6 * 3600  # a clock saved longer ago than an evening lasts starts afresh


@dataclass(frozen=True)
class ClockReading:
    """What the clock shows at one moment."""

    index: int  # the current block; len(blocks) when the agenda is done
    title: str
    seconds_left: float  # negative when the block runs over
    running: bool
    finished: bool  # every block is done

    @property
    def level(self) -> str:
        """'ok', 'warning' (under two minutes left), 'over', or 'done'."""
        if self.finished:
            return "done"
        if self.seconds_left < 0:
            return "over"
        if self.seconds_left < WARNING_SECONDS:
            return "warning"
        return "ok"

    @property
    def time_text(self) -> str:
        """mm:ss, with a leading + when over time (12:05, +01:30)."""
        left = self.seconds_left
        seconds = math.ceil(left) if left >= 0 else math.floor(-left)
        minutes, secs = divmod(seconds, 60)
        text = f"{minutes:02d}:{secs:02d}"
        return f"+{text}" if self.seconds_left < 0 and seconds else text


@dataclass(frozen=True)
class ClockState:
    """Where the clock stood, to carry it over a restart (wall-clock seconds since the epoch)."""

    index: int
    spent: float  # seconds spent in the block before the last start
    running_since: float | None  # when the clock last started, if it is running
    saved_at: float

    def to_text(self) -> str:
        since = "" if self.running_since is None else f"{self.running_since:.3f}"
        return f"{self.index};{self.spent:.3f};{since};{self.saved_at:.3f}"

    @classmethod
    def from_text(cls, text: str) -> ClockState | None:
        """The state written by :meth:`to_text`, or None for anything else."""
        try:
            index, spent, since, saved = text.split(";")
            state = cls(int(index), float(spent), float(since) if since else None, float(saved))
        except ValueError:
            return None
        ok = (
            state.index >= 0
            and state.spent >= 0
            and all(math.isfinite(v) for v in (state.spent, state.saved_at, state.running_since or 0.0))
        )
        return state if ok else None


def planned_block_at(blocks: Sequence[AgendaBlock], elapsed: float) -> tuple[int, float]:
    """By the plan alone: the block that should be on after ``elapsed`` seconds, and its time left."""
    end = 0.0
    for index, block in enumerate(blocks):
        end += block.minutes * 60
        if elapsed < end:
            return index, end - elapsed
    return len(blocks), 0.0


class AgendaClock:
    """Start, pause and move to the next block; read the current block and its time left."""

    def __init__(
        self,
        blocks: Sequence[AgendaBlock] = (),
        now: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._now = now
        self._wall = wall
        self._blocks: list[AgendaBlock] = list(blocks)
        self._index = 0
        self._spent = 0.0  # seconds spent in the current block before the last start
        self._started_at: float | None = None  # when running, the moment of the last start

    @property
    def blocks(self) -> list[AgendaBlock]:
        return list(self._blocks)

    def set_blocks(self, blocks: Sequence[AgendaBlock]) -> None:
        """The agenda was edited: keep the current position and the time spent in it."""
        self._blocks = list(blocks)
        self._index = min(self._index, len(self._blocks))

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def index(self) -> int:
        return self._index

    def start(self) -> None:
        if self._started_at is None and self._index < len(self._blocks):
            self._started_at = self._now()

    def pause(self) -> None:
        if self._started_at is not None:
            self._spent += self._now() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def next_block(self) -> None:
        """The current block is done: the next one starts now (if the clock was running)."""
        was_running = self.running
        self.pause()
        self._index = min(self._index + 1, len(self._blocks))
        self._spent = 0.0
        if was_running:
            self.start()

    def previous_block(self) -> None:
        self.pause()
        self._index = max(self._index - 1, 0)
        self._spent = 0.0

    def elapsed_in_block(self) -> float:
        running = self._now() - self._started_at if self._started_at is not None else 0.0
        return self._spent + running

    def reading(self) -> ClockReading:
        if self._index >= len(self._blocks):
            return ClockReading(len(self._blocks), "", 0.0, False, True)
        block = self._blocks[self._index]
        left = block.minutes * 60 - self.elapsed_in_block()
        return ClockReading(self._index, block.title, left, self.running, False)

    def state(self) -> ClockState:
        """The clock as it stands, for :meth:`restore` after a restart."""
        wall = self._wall()
        since = None if self._started_at is None else wall - (self._now() - self._started_at)
        return ClockState(self._index, self._spent, since, wall)

    def restore(self, state: ClockState) -> bool:
        """Carry on from a saved state (a running clock counts the time it was away); False if stale."""
        wall = self._wall()
        if not 0 <= wall - state.saved_at <= STATE_MAX_AGE:
            return False
        self._started_at = None
        self._index = min(state.index, len(self._blocks))
        self._spent = state.spent
        if state.running_since is not None:
            self._spent += max(0.0, wall - state.running_since)
            self.start()
        return True

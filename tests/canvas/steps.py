"""Ink work in counted steps: slices that end after so many looks at the clock, never by time."""

from __future__ import annotations

from collections.abc import Callable

from bricoleur_desk.ui.canvas.ink import SheetInk

MAX_SLICES = 200_000  # far more than any test sheet needs: a guard against a loop that never ends


class Steps:
    """A clock that moves one step each time the ink looks at it (one look per chunk of strokes)."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> float:
        self.now += 1
        return float(self.now)


def work_steps(ink: SheetInk, steps: int, view: tuple | None = None) -> None:
    """One slice of background work that ends after ``steps`` looks at the ink's clock."""
    assert isinstance(ink.clock, Steps), "build the ink with clock=Steps()"
    ink.work(ink.clock.now + steps, view)


def work_until(ink: SheetInk, view: tuple | None, done: Callable[[], bool], steps: int = 5) -> int:
    """Work in small slices of ``steps`` looks, as the event loop gives them, until ``done``; the slice count."""
    slices = 0
    while not done():
        assert slices < MAX_SLICES, "the ink never got done"
        work_steps(ink, steps, view)
        slices += 1
    return slices

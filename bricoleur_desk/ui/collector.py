"""Python's garbage collector kept out of the evening's way: every tweak of ``gc`` is here.

A collection walks every object; with a full evening in memory that is 2-4 ms, enough to make a
keystroke or the projector's paint late. Two measures, each named for when it applies.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer


def spare_the_open_dossier() -> None:
    """The loaded dossier lives as long as the window: keep the collector from walking it again."""
    gc.freeze()


def hold_until_painted() -> None:
    """No collection until the events posted now (the projector's paint) have run.

    The paint is a posted event, handled before a 0 ms timer, which turns the collector back on.
    """
    if gc.isenabled():
        gc.disable()
        QTimer.singleShot(0, gc.enable)

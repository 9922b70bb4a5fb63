"""Spin boxes, date fields and combos take the mouse wheel only once focused.

A wheel turned to scroll a form must not change the number, date or choice that happens to pass
under the pointer ("Totaal aanwezig" went from 42 to 37 that way, without any sign).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _FocusedWheel(QObject):
    """Passes the wheel on to the scroll area underneath while its field has no focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored, a real wheel event goes on to the parent: the form scrolls
            return True
        return super().eventFilter(watched, event)


def wheel_only_when_focused(*fields: QWidget) -> None:
    """The wheel neither focuses nor changes these fields until a click or Tab has focused them."""
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_FocusedWheel(field))  # owned by the field, installed once

"""What a screen reader would say for each control on screen: Qt's own accessible name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# buttons (push, tool, check, radio), line and text edits, combo and spin boxes, lists and tables
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads: the accessible name, else the text, else a buddy label's."""
    if isinstance(widget, QComboBox):
        # on Linux Qt reports a combo box's current item as its name: ask for the real one
        buddies = [b for b in widget.window().findChildren(QLabel) if b.buddy() is widget]
        return widget.accessibleName() or " ".join(b.text().replace("&", "") for b in buddies)
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _qt_part(widget: QWidget) -> bool:
    """Qt's private pieces, named through their owner: a spin box's editor, a combo's popup, a
    line edit's clear button, a table's header, a scroll area's corner."""
    parent = widget.parent()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit)
        or (parent is not None and parent.inherits("QComboBoxPrivateContainer"))
        or isinstance(widget, QHeaderView)
        or widget.inherits("QTableCornerButton")
        or (parent is not None and parent.inherits("QCalendarWidget"))
    )


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible control under ``root`` a screen reader could not name (no letter or digit)."""
    found = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if not widget.isVisible() or _qt_part(widget):
                continue
            name = spoken_name(widget)
            if not any(c.isalnum() for c in name):
                found.append(f"{type(widget).__name__} {widget.objectName()!r} {name!r} in {type(widget.parent()).__name__}")
    return sorted(set(found))


def controls_shown(root: QWidget) -> int:
    """How many visible controls ``root`` holds: a walk that saw none proves nothing."""
    return sum(1 for kind in CONTROLS for w in root.findChildren(kind) if w.isVisible() and not _qt_part(w))

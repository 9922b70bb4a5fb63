"""Find controls a screen reader could not name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QComboBox)


def nameless_controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` without an accessible name (Qt's own parts excepted)."""
    found: list[QWidget] = []
    for kind in CONTROLS:
        found += root.findChildren(kind)
    return [
        c
        for c in found
        if not c.accessibleName()
        and not c.objectName().startswith("qt_")
        # a spin box's or combo box's inner line edit is named through its owner
        and not isinstance(c.parent(), QAbstractSpinBox | QComboBox)
        and not isinstance(c, QHeaderView)  # part of its table, which carries the name
    ]

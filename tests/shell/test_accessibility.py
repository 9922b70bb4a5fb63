"""Every control of the real window can be named by a screen reader, and reached without a mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QSlider, QToolButton

from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo
from tests.phases.accessibility import nameless_controls


def _own(widgets):  # type: ignore[no-untyped-def]
    """Leave out Qt's private parts: a line edit's clear button, a combo box's popup list."""
    return [
        w
        for w in widgets
        if not (w.parent() is not None and w.parent().inherits("QComboBoxPrivateContainer"))
        and not (isinstance(w, QToolButton) and isinstance(w.parent(), QLineEdit))
    ]


def _describe(widgets) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}" for w in widgets]


def test_every_control_of_the_window_and_the_projector_has_an_accessible_name(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert _own(nameless_controls(window)) == [], _describe(_own(nameless_controls(window)))
    window.open_path(write_demo(tmp_path / "d.bricoleur"))
    views = window.workspace.views
    views.tabs.setCurrentWidget(views.sketch_tab)  # builds the sketch roll
    views.projector.toggle()  # builds the audience window
    nameless = _own(nameless_controls(window) + nameless_controls(views.projector.window))
    nameless += [s for s in window.findChildren(QSlider) if not s.accessibleName()]
    assert nameless == [], _describe(nameless)

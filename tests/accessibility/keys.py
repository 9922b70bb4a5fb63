"""Drive the app with the keyboard only: key presses go to whatever has the focus, as a user's would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def _receiver() -> QWidget:
    """Where a key goes: the focused widget, else the active window (none of its widgets has the focus)."""
    receiver = QApplication.focusWidget() or QApplication.activeWindow()
    assert receiver is not None, "a window has the keyboard"
    return receiver


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
    """One key (with modifiers) to the focused widget, as the keyboard sends it."""
    for _ in range(times):
        QTest.keyClick(_receiver(), key, modifiers)
        QApplication.processEvents()


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget, a character at a time."""
    for char in text:
        QTest.keyClicks(focused(), char)
    QApplication.processEvents()


def alt(letter: str) -> None:
    """A mnemonic: Alt and a letter or digit."""
    press(getattr(Qt.Key, f"Key_{letter.upper()}"), Mod.AltModifier)


def ctrl(key: str | Qt.Key, shift: bool = False) -> None:
    k = key if isinstance(key, Qt.Key) else getattr(Qt.Key, f"Key_{key.upper()}")
    press(k, Mod.ControlModifier | (Mod.ShiftModifier if shift else Mod.NoModifier))


def tab_to(predicate, limit: int = 80, backwards: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) until the focused widget satisfies ``predicate``; fail after ``limit``."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if predicate(widget):
            return widget
        seen.append(f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}")
        press(Qt.Key.Key_Tab, Mod.ShiftModifier if backwards else Mod.NoModifier)
    raise AssertionError("Tab never reached it; the focus went " + " > ".join(seen))


def when_modal(then, over: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """Run ``then(dialog)`` once a modal dialog is open and has the keyboard (it runs inside
    the dialog's own event loop: the key presses that opened the dialog return when it closes).
    ``over``: the dialog open now, which the awaited one opens over."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is over or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(10, check)
            return
        try:
            then(dialog)
        except BaseException:
            if QApplication.activeModalWidget() is dialog:
                dialog.reject()  # the test fails, but does not hang in the dialog
            raise

    QTimer.singleShot(0, check)


def back_from_dialog(window: QWidget) -> None:
    """A closed dialog gives the keyboard back to the window under it.

    A desktop's window manager does that; the offscreen platform tests run on has none, so
    this does what it would (nothing when the window is active already). The focus inside
    ``window`` is Qt's own: the widget that had it before the dialog opened.
    """
    if QApplication.activeWindow() is None:
        window.activateWindow()
        QApplication.processEvents()

"""How the app looks: a focus ring that is always visible, and the high-contrast theme.

Qt's Fusion style marks the keyboard focus with a pale blue tint (under 1.5:1 against the
unfocused look on buttons, check boxes, lists and tabs): a facilitator working by keyboard
could not see where the next key goes. The style here draws a solid ring around the focused
control, once the keyboard has moved the focus in that window (a mouse user sees no ring, as
in Qt's own styles). The high-contrast theme is black on white with black edges, no grey text,
and a thicker ring; the projector has its own (ui/audience/colours.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QTabBar,
    QWidget,
)

RING = "#0b57d0"  # 6.2:1 on white, 5.4:1 on Fusion's grey window
RING_HIGH_CONTRAST = "#000000"
S = QStyle

# the element each kind of control paints itself with: the ring goes on that, once
_CONTROLS = {
    S.ControlElement.CE_PushButton,
    S.ControlElement.CE_CheckBox,
    S.ControlElement.CE_RadioButton,
    S.ControlElement.CE_ShapedFrame,  # list, table and text views
}
_COMPLEX = {
    S.ComplexControl.CC_ComboBox,
    S.ComplexControl.CC_SpinBox,
    S.ComplexControl.CC_ToolButton,
    S.ComplexControl.CC_Slider,
}
_PRIMITIVES = {S.PrimitiveElement.PE_PanelLineEdit}


class FocusRingStyle(QProxyStyle):
    """Fusion (or ``base``) with a solid ring around the control that has the keyboard focus."""

    def __init__(self, high_contrast: bool = False, base: str = "Fusion") -> None:
        super().__init__(QStyleFactory.create(base))
        self.high_contrast = high_contrast
        self.ring = QColor(RING_HIGH_CONTRAST if high_contrast else RING)
        self.width = 3 if high_contrast else 2

    def drawControl(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == S.ControlElement.CE_TabBarTab and isinstance(widget, QTabBar):
            if widget.hasFocus() and _keyboard_focus(widget) and option.state & S.StateFlag.State_Selected:
                self._ring(painter, option.rect)
        elif element in _CONTROLS and self._wants_ring(widget):
            rect = widget.rect() if isinstance(widget, QAbstractScrollArea) else option.rect
            self._ring(painter, rect)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and self._wants_ring(widget):
            self._ring(painter, option.rect)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element in _PRIMITIVES and self._wants_ring(widget):
            self._ring(painter, option.rect)
        elif element == S.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, QAbstractItemView) and self._wants_ring(widget):
            # the current row of a focused list: a ring of its own, thinner than the view's
            self._ring(painter, option.rect, self.width - 1 or 1)

    @staticmethod
    def _wants_ring(widget: QWidget | None) -> bool:
        return widget is not None and widget.hasFocus() and _keyboard_focus(widget)

    def _ring(self, painter: QPainter, rect: QRect, width: int | None = None) -> None:
        width = width or self.width
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(self.ring, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width // 2
        painter.drawRect(rect.adjusted(half, half, -half - (width % 2), -half - (width % 2)))
        painter.restore()


def _keyboard_focus(widget: QWidget) -> bool:
    """The focus came there by keyboard (Tab, a mnemonic, a shortcut) in this window: Qt's own rule."""
    return widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def high_contrast_palette() -> QPalette:
    """Black on white, selections white on black; disabled text still 7:1 (no pale grey)."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.Light,
                     QPalette.ColorRole.Midlight):
            palette.setColor(group, role, white)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.ToolTipText, QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow,
                     QPalette.ColorRole.Mid):
            palette.setColor(group, role, black)
        palette.setColor(group, QPalette.ColorRole.Highlight, black)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, white)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#4d4d4d"))  # 8.5:1
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#0000c0"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(disabled, role, white)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#595959"))  # 7:1 on white: dimmed, still readable
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#595959"))
    palette.setColor(disabled, QPalette.ColorRole.HighlightedText, white)
    return palette


# edges black and two pixels wide where Fusion draws them pale grey (1.3:1 on white). Spin boxes
# keep Fusion's look: styled so, Qt gave a spin box without arrows a text field 1 pixel wide
HIGH_CONTRAST_STYLE = """
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView {
    border: 2px solid #000000; background: #ffffff; color: #000000;
}
QPushButton { border: 2px solid #000000; border-radius: 4px; padding: 4px 10px; background: #ffffff; color: #000000; }
QPushButton:disabled { border-color: #595959; color: #595959; }
QPushButton:pressed, QPushButton:checked { background: #000000; color: #ffffff; }
QMenuBar, QMenu { background: #ffffff; color: #000000; }
QMenu::item:selected, QMenuBar::item:selected { background: #000000; color: #ffffff; }
QTabBar::tab { border: 2px solid #000000; padding: 4px 12px; background: #ffffff; color: #000000; }
QTabBar::tab:selected { background: #000000; color: #ffffff; }
QToolTip { background: #ffffff; color: #000000; border: 2px solid #000000; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QAbstractItemView:focus, QPushButton:focus { border: 3px solid #0b57d0; }
QTabBar::tab:selected:focus { background: #0b57d0; border-color: #0b57d0; }
"""


def apply_look(app: QApplication, high_contrast: bool) -> None:
    """Set the style (with its focus ring), and the palette and edges of the theme, on the app."""
    app.setStyle(FocusRingStyle(high_contrast))
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())
    app.setStyleSheet(HIGH_CONTRAST_STYLE if high_contrast else "")
    app.setProperty("highContrast", high_contrast)


def is_high_contrast(app: QObject | None = None) -> bool:
    """Whether the app shows the high-contrast theme now."""
    app = app or QApplication.instance()
    return bool(app is not None and app.property("highContrast"))

"""The sketch tool bar: tools (one key each), a palette of strong colours, three widths."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolBar, QWidget

TOOLS = (
    ("pen", "P"),
    ("highlighter", "H"),
    ("eraser", "E"),
    ("line", "L"),
    ("arrow", "A"),
    ("rectangle", "R"),
    ("ellipse", "O"),
    ("text", "T"),
    ("sticky", "N"),
    ("pin", "I"),
    ("select", "V"),
)
PALETTE = ("#1f1f1f", "#c8102e", "#0a64c8", "#138a36", "#f08c00", "#7b2cbf")
WIDTHS = (2.0, 4.0, 8.0)


def _swatch(color: str, width: float | None = None) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if width is None:
        painter.setBrush(QColor(color))
        painter.setPen(QColor(0, 0, 0, 90))
        painter.drawEllipse(3, 3, 18, 18)
    else:
        painter.setBrush(QColor(color))
        painter.setPen(Qt.PenStyle.NoPen)
        d = width * 1.6 + 2
        painter.drawEllipse(12 - d / 2, 12 - d / 2, d, d)
    painter.end()
    return QIcon(pixmap)


class SketchToolBar(QToolBar):
    """Emits the chosen tool, colour and width; shows the key of every tool in its tip."""

    toolChosen = Signal(str)
    colorChosen = Signal(str)
    widthChosen = Signal(float)
    partialEraserToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sketchToolBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name, _key in TOOLS:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.toolChosen.emit(n))
            group.addAction(action)
            self.addAction(action)
            self.tool_actions[name] = action
        self.tool_actions["pen"].setChecked(True)
        self.partial_action = QAction(self)
        self.partial_action.setCheckable(True)
        self.partial_action.toggled.connect(self.partialEraserToggled)
        self.addAction(self.partial_action)
        self.addSeparator()
        self.color_actions: dict[str, QAction] = {}
        colours = QActionGroup(self)
        for color in PALETTE:
            action = QAction(_swatch(color), color, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=color: self.colorChosen.emit(c))
            colours.addAction(action)
            self.addAction(action)
            self.color_actions[color] = action
        self.color_actions[PALETTE[0]].setChecked(True)
        self.addSeparator()
        self.width_actions: dict[float, QAction] = {}
        widths = QActionGroup(self)
        for width in WIDTHS:
            action = QAction(_swatch("#333333", width), "", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, w=width: self.widthChosen.emit(w))
            widths.addAction(action)
            self.addAction(action)
            self.width_actions[width] = action
        self.width_actions[WIDTHS[0]].setChecked(True)
        for action in (*self.color_actions.values(), *self.width_actions.values()):
            self.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.retranslate()

    def tool_names(self) -> dict[str, str]:
        return {
            "pen": self.tr("Pen"),
            "highlighter": self.tr("Highlighter"),
            "eraser": self.tr("Eraser"),
            "line": self.tr("Line"),
            "arrow": self.tr("Arrow"),
            "rectangle": self.tr("Rectangle"),
            "ellipse": self.tr("Ellipse"),
            "text": self.tr("Text"),
            "sticky": self.tr("Sticky note"),
            "pin": self.tr("Pin"),
            "select": self.tr("Select"),
        }

    def retranslate(self) -> None:
        names = self.tool_names()
        for name, key in TOOLS:
            action = self.tool_actions[name]
            action.setText(names[name])
            action.setToolTip(f"{names[name]} ({key})")
            self.widgetForAction(action).setAccessibleName(names[name])
        self.partial_action.setText(self.tr("Erase part"))
        self.partial_action.setToolTip(self.tr("Eraser removes only the ink under it, not whole lines"))
        self.widgetForAction(self.partial_action).setAccessibleName(self.tr("Erase part of a line"))
        colour_names = [
            self.tr("Black"),
            self.tr("Red"),
            self.tr("Blue"),
            self.tr("Green"),
            self.tr("Orange"),
            self.tr("Purple"),
        ]
        for (_color, action), text in zip(self.color_actions.items(), colour_names, strict=True):
            action.setText(text)
            action.setToolTip(text)
            self.widgetForAction(action).setAccessibleName(self.tr("Colour %1").replace("%1", text))
        for (_width, action), text in zip(
            self.width_actions.items(), (self.tr("Thin"), self.tr("Medium"), self.tr("Thick")), strict=True
        ):
            action.setText(text)
            action.setToolTip(text)
            self.widgetForAction(action).setAccessibleName(self.tr("Width %1").replace("%1", text))

    def show_tool(self, name: str) -> None:
        if name in self.tool_actions:
            self.tool_actions[name].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

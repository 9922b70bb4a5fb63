"""Is a visible label's, button's or spin box's text cut off? Its text's size (font metrics) against its room."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionToolButton,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _plain(text: str) -> str:
    """The text as shown: '&&' is '&', a single '&' marks the mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap() or rich:
        need = label.heightForWidth(label.width())
        if rich and not label.wordWrap():
            document = QTextDocument()
            document.setDefaultFont(label.font())
            document.setHtml(text)
            need_width = int(document.idealWidth())
            if need_width > label.contentsRect().width() + SLACK:
                return f"needs {need_width} px wide, has {label.contentsRect().width()}"
        if need > label.height() + SLACK:
            return f"needs {need} px high, has {label.height()}"
        return None
    shown = _plain(text) if label.buddy() is not None else text
    metrics = label.fontMetrics()
    lines = shown.split("\n")
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = metrics.height() * len(lines)
    if width > room.width() + SLACK:
        return f"{width} px of text in {room.width()}"
    if height > room.height() + SLACK:
        return f"{height} px of lines in {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    style = button.style()
    # the button's chrome (padding, frame, icon, indicator), measured round a wide content so
    # that a style's least width for a button (Fusion: 80 px) does not count as room
    wide = QSize(need + 400, metrics.height())
    if isinstance(button, QToolButton):
        option = QStyleOptionToolButton()
        button.initStyleOption(option)
        kind = QStyle.ContentsType.CT_ToolButton
    else:
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        kind = (
            QStyle.ContentsType.CT_CheckBox
            if isinstance(button, QCheckBox)
            else QStyle.ContentsType.CT_RadioButton
            if isinstance(button, QRadioButton)
            else QStyle.ContentsType.CT_PushButton
        )
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    ):
        return None  # the text is the tool tip's
    chrome = style.sizeFromContents(kind, option, wide, button).width() - wide.width()
    if isinstance(button, QToolButton | QPushButton) and not button.icon().isNull():
        chrome += button.iconSize().width() + 4
    room = button.width() - chrome
    if need > room + SLACK:
        return f"{need} px of text in {room}"
    return None


def _spin_box_problem(box: QAbstractSpinBox) -> str | None:
    """A count or date must show whole in the box's text field (not scroll: nothing is typed)."""
    field = box.lineEdit()
    if not box.text():
        return None
    need = field.fontMetrics().horizontalAdvance(box.text())
    margins = field.textMargins()
    room = field.contentsRect().width() - margins.left() - margins.right() - 4  # Qt's inner margin
    if need > room + SLACK:
        return f"{need} px of '{box.text()}' in {room}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible label and button under ``root`` (and root itself) whose text does not fit."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or QWidget.width(widget) <= 0 or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problem = _spin_box_problem(widget)
        else:
            continue
        if problem:
            name = widget.objectName() or widget.accessibleName() or getattr(widget, "text", str)()[:30]
            found.append(f"{type(widget).__name__} {name!r} in {type(widget.parent()).__name__}: {problem}")
    return found

"""How the laptop's note list draws a row: number, kind, wrapped text, group, status, votes.

Row heights are measured once per note by :class:`ListRowMetrics` (the model caches them as
``SizeHintRole``), so the list never re-measures 2,000 rows in Python when one is added.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.contrast import readable_text
from .arrangement import NoteArrangement
from .model import THEME_ROW, NoteRole

PAD = 6
_CLOSE = 0.25  # px: a line ending this near the edge (Qt works in 1/64 px) is wrapped by Qt itself
_OTHER_BREAKS = re.compile(r"[-/\u00ad\u2010-\u2014\t]")  # where Qt's word wrap may also break
RIGHT = 78  # status badge and votes
KIND_MARK = {"question": "?", "idea": "!", "concern": ""}
STATUS_COLOR = {
    "answered": "#2e7d32",
    "investigate": "#ef6c00",
    "out_of_frame": "#6a1b9a",
    "merged": "#757575",
}


class ListRowMetrics:
    """The geometry of one row at the list's current font and width."""

    def __init__(self, font: QFont, width: int) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.fm = QFontMetrics(self.font)
        self.small_fm = QFontMetrics(self.small)
        self.width = max(200, width)
        self.gutter = QFontMetrics(self.bold).horizontalAdvance("0000") + 2 * PAD + self.fm.height()
        # fractional advances: rounded ones, summed over a line, missed Qt's wrap by pixels
        self._fmf = QFontMetricsF(self.font)
        self.space = self._fmf.horizontalAdvance(" ")
        self._advance: dict[str, float] = {}
        # measured once: 5,000 rows are sized on opening
        self._text_width = self.text_rect(QRect(0, 0, self.width, 0)).width()
        self._header = QSize(self.width, int(self.fm.height() * 1.7))
        self._group_height = self.small_fm.height()
        self._line = self.fm.lineSpacing()

    def text_rect(self, row: QRect) -> QRect:
        return QRect(row.left() + self.gutter, row.top() + PAD, row.width() - self.gutter - RIGHT, 10_000)

    def __call__(self, text: str, group: str | None, header: bool) -> QSize:
        if header:
            return QSize(self._header)
        height = self.text_height(text or "", self._text_width)
        if group:
            height += self._group_height
        return QSize(self.width, height + 2 * PAD)

    def text_height(self, text: str, width: int) -> int:
        """The wrapped height of ``text``, from cached word widths (5,000 notes in tens of ms).

        Greedy wrapping at spaces as Qt's word wrap does, on fractional word widths. A line that
        ends within a quarter pixel of the edge, or a word Qt may break elsewhere (a hyphen, a
        slash) or let overflow, is measured by Qt itself. The old guess (rounded widths, 2 px to
        spare) gave one row in twenty an extra line: a blank line above the @group.
        """
        advance, space = self._advance, self.space
        lines = 0
        for paragraph in text.split("\n"):
            lines += 1
            x = 0.0
            for word in paragraph.split(" "):
                w = advance.get(word)
                if w is None:
                    w = advance[word] = self._fmf.horizontalAdvance(word)
                    if _OTHER_BREAKS.search(word):
                        advance[word] = w = -1.0  # marks the word: Qt decides
                if w < 0 or w > width:
                    return self._qt_height(text, width)
                end = x + space + w if x else w
                if abs(end - width) <= _CLOSE:
                    return self._qt_height(text, width)
                if end <= width:
                    x = end
                    continue
                lines += 1
                x = w
        return lines * self._line

    def _qt_height(self, text: str, width: int) -> int:
        height = self.fm.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text).height()
        return max(1, round(height / self._line)) * self._line


class NoteEditor(QPlainTextEdit):
    """Editing a note in place (F2): Enter keeps it, Shift+Enter breaks the line, Esc cancels."""

    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.finished.emit()
            return
        super().keyPressEvent(event)


class NoteListDelegate(QStyledItemDelegate):
    """Paints note rows and theme headers; the size comes from the cached SizeHintRole."""

    def __init__(self, metrics: ListRowMetrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = NoteEditor(parent)
        editor.setObjectName("noteEditor")
        editor.setAccessibleName(self.tr("Edit the note"))  # self: the context lupdate sees
        editor.setTabChangesFocus(True)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: NoteEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, NoteEditor):
            editor.setPlainText(index.data() or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, NoteEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # over the text, at least three lines high so a longer note can be edited comfortably
        rect = self.metrics.text_rect(option.rect)
        rect.setHeight(max(option.rect.height(), self.metrics.fm.lineSpacing() * 3 + 2 * PAD))
        editor.setGeometry(rect.adjusted(-PAD, -PAD, 0, 0))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        try:
            if index.data(NoteRole.ROW_TYPE) == THEME_ROW:
                self._paint_header(painter, option, index)
            else:
                self._paint_note(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        m = self.metrics
        rect = option.rect.adjusted(0, 4, 0, 0)
        fill = index.data(NoteRole.THEME_COLOR) or "#5f6368"
        painter.fillRect(rect, QColor(fill))
        painter.setFont(m.bold)
        painter.setPen(QColor(readable_text(fill)))
        model = index.model()
        count = (
            model.notes_under(index)
            if isinstance(model, NoteArrangement)
            else index.data(NoteRole.COUNT) or 0
        )
        painter.drawText(rect.adjusted(PAD * 2, 0, -PAD * 2, 0), Qt.AlignmentFlag.AlignVCenter, index.data())
        painter.drawText(
            rect.adjusted(PAD * 2, 0, -PAD * 2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            str(count),
        )

    def _paint_note(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        m = self.metrics
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        status = index.data(NoteRole.STATUS)
        merged = status == "merged"
        theme_color = index.data(NoteRole.THEME_COLOR)
        if theme_color:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(theme_color))
        painter.setPen(text_color)
        painter.setFont(m.bold)
        number_rect = QRect(rect.left(), rect.top() + PAD, m.gutter - m.fm.height() - PAD, m.fm.height())
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight, str(index.data(NoteRole.NUMBER)))
        mark = KIND_MARK.get(index.data(NoteRole.KIND), "")
        if mark:
            painter.drawText(
                QRect(rect.left() + m.gutter - m.fm.height(), rect.top() + PAD, m.fm.height(), m.fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )
        painter.setFont(m.font)
        if merged and not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        text_rect = m.text_rect(rect)
        text_rect.setHeight(rect.height() - 2 * PAD)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, index.data())
        group = index.data(NoteRole.GROUP)
        if group:
            painter.setFont(m.small)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignBottom, "@" + group)
        self._paint_badges(painter, rect, index, text_color)

    def _paint_badges(
        self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex, text_color: QColor
    ) -> None:
        m = self.metrics
        right = QRect(rect.right() - RIGHT + PAD, rect.top() + PAD, RIGHT - 2 * PAD, m.small_fm.height())
        painter.setFont(m.small)
        status = index.data(NoteRole.STATUS)
        if status == "merged":
            painter.setPen(text_color)
            painter.drawText(right, Qt.AlignmentFlag.AlignRight, "→ " + str(index.data(NoteRole.MERGED_INTO)))
        elif status in STATUS_COLOR:
            painter.setPen(QColor(STATUS_COLOR[status]))
            painter.drawText(right, Qt.AlignmentFlag.AlignRight, "●")
        votes = index.data(NoteRole.VOTES) or 0
        if votes:
            painter.setPen(text_color)
            painter.drawText(
                right.translated(0, m.small_fm.height()), Qt.AlignmentFlag.AlignRight, f"+{votes}"
            )

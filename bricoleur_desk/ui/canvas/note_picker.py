"""Picking the note for a pin: type its number or a few words, arrows to choose, Enter; Esc cancels.

A flat menu of every note was unusable at 33 notes and hopeless at 150 (issue #12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Note
from ...workspace.note_search import matching_notes

_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class NotePicker(QDialog):
    """A search line over the list of notes; :meth:`chosen_id` after it was accepted."""

    def __init__(
        self,
        notes: Sequence[Note],
        theme_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notePicker")
        self._notes = list(notes)
        self._themes = dict(theme_names or {})
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search line
        self.nothing = QLabel()
        self.nothing.setStyleSheet("color: #666")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.nothing)
        width = self.fontMetrics().averageCharWidth() * 90  # most notes fit on their line
        self.resize(width, self.fontMetrics().lineSpacing() * 18)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemClicked.connect(lambda _item: self.accept())
        self.retranslate()
        self._filter("")

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def shown_numbers(self) -> list[int]:
        """The numbers of the notes the list shows now, top first."""
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole + 1) for row in range(self.list.count())]

    def _filter(self, query: str) -> None:
        self.list.clear()
        for note in matching_notes(self._notes, query, self._themes):
            item = QListWidgetItem(f"{note.number}.  {note.text}")
            item.setToolTip(note.text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.number)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.nothing.setVisible(self.list.count() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _LIST_KEYS:
                QApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()  # a dialog without buttons has no default to press
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self.chosen_id() is not None:  # Enter on an empty list picks nothing
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pick a note for the pin"))
        self.setAccessibleName(self.tr("Pick a note for the pin"))
        self.search.setPlaceholderText(self.tr("Number or words, Enter picks, Esc cancels"))
        self.search.setAccessibleName(self.tr("Find a note by number or words"))
        self.list.setAccessibleName(self.tr("Notes found"))
        self.nothing.setText(self.tr("No note found"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def pick_note(
    parent: QWidget, notes: Sequence[Note], theme_names: Mapping[str, str], at: QPoint
) -> str | None:
    """Ask which note a pin is for, the picker opening at ``at`` (global); None when cancelled."""
    picker = NotePicker(notes, theme_names, parent)
    screen = parent.screen().availableGeometry()
    x = min(max(at.x(), screen.left()), screen.right() - picker.width())
    y = min(max(at.y(), screen.top()), screen.bottom() - picker.height())
    picker.move(x, y)
    try:
        return picker.chosen_id() if picker.exec() == QDialog.DialogCode.Accepted else None
    finally:
        picker.deleteLater()

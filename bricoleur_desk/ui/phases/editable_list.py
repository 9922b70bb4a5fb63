"""A short list of texts to edit by keyboard: the frame, expected groups, remarks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _KeyList(QListWidget):
    """Delete removes the current item, Alt+Up/Down moves it (F2 edits, as in any Qt view)."""

    remove_requested = Signal()
    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class EditableList(QWidget):
    """Add (Enter in the line below), edit in place (F2), remove (Delete), reorder (Alt+Up/Down).

    Emits ``itemsEdited`` with the whole new list; the owner turns it into one edit.
    """

    itemsEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, reorderable: bool = True) -> None:
        super().__init__(parent)
        self._setting = False
        self.view = _KeyList(self)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.add_input = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        for button in (self.up_button, self.down_button):
            button.setVisible(reorderable)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_input, 1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addLayout(buttons)

        self.add_input.returnPressed.connect(self.add_from_input)
        self.add_button.clicked.connect(self.add_from_input)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.remove_requested.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        if reorderable:
            self.view.move_requested.connect(self.move_current)
        self.view.itemChanged.connect(self._item_changed)
        self.retranslate("", "")

    def retranslate(self, name: str, placeholder: str) -> None:
        """Texts come from the owner, which knows what the list holds."""
        self.view.setAccessibleName(name)
        self.add_input.setPlaceholderText(placeholder)
        self.add_input.setAccessibleName(placeholder)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", name))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.up_button.setText(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move up in %1").replace("%1", name))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setText(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move down in %1").replace("%1", name))
        self.down_button.setToolTip(self.tr("Alt+Down"))

    def items(self) -> list[str]:
        return [self.view.item(i).text() for i in range(self.view.count())]

    def set_items(self, items: list[str]) -> None:
        """Show ``items`` (from the domain); emits nothing."""
        if items == self.items():
            return
        row = self.view.currentRow()
        self._setting = True
        try:
            self.view.clear()
            for text in items:
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.view.addItem(item)
        finally:
            self._setting = False
        if items and row >= 0:
            self.view.setCurrentRow(min(row, len(items) - 1))

    def add_from_input(self) -> None:
        text = self.add_input.text().strip()
        if text:
            self.add_input.clear()
            self.itemsEdited.emit([*self.items(), text])

    def remove_current(self) -> None:
        row = self.view.currentRow()
        if row >= 0:
            items = self.items()
            del items[row]
            self.itemsEdited.emit(items)

    def move_current(self, step: int) -> None:
        row = self.view.currentRow()
        target = row + step
        items = self.items()
        if row < 0 or not 0 <= target < len(items):
            return
        items.insert(target, items.pop(row))
        self.itemsEdited.emit(items)
        self.view.setCurrentRow(target)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        # the view is still committing its editor: rebuilding the list now would pull the
        # item out from under it, so the edit goes out on the next event-loop turn
        if not self._setting:
            QTimer.singleShot(0, self, lambda: self.itemsEdited.emit(self.items()))

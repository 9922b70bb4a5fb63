"""The agenda as a small table of blocks with planned minutes: add, edit, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .focused_wheel import wheel_only_when_focused

Block = tuple[str, int]


class _BlockTable(QTableWidget):
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


class _MinutesBox(QSpinBox):
    """The new block's minutes; Enter here adds the block, as it does in the title next to it."""

    returnPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()  # take a number typed but not yet committed
            self.returnPressed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class AgendaEditor(QWidget):
    """Emits ``agendaEdited`` with the whole new list of (title, minutes)."""

    agendaEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.table = _BlockTable(0, 2, self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.title_input = QLineEdit(self)
        self.minutes_input = _MinutesBox(self)
        self.minutes_input.setRange(1, 600)
        self.minutes_input.setValue(15)
        wheel_only_when_focused(self.minutes_input)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.total_label = QLabel(self)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.title_input, 1)
        add_row.addWidget(self.minutes_input)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        layout.addLayout(buttons)

        self.title_input.returnPressed.connect(self.add_from_input)
        self.minutes_input.returnPressed.connect(self._add_from_minutes)
        self.add_button.clicked.connect(self.add_from_input)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.remove_requested.connect(self.remove_current)
        self.table.move_requested.connect(self.move_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.table.itemChanged.connect(self._item_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802
        self.table.setHorizontalHeaderLabels([self.tr("Block"), self.tr("Minutes")])
        self.table.setAccessibleName(self.tr("Agenda blocks"))
        self.title_input.setPlaceholderText(self.tr("New block, e.g. Welcome"))
        self.title_input.setAccessibleName(self.tr("New agenda block"))
        self.minutes_input.setSuffix(self.tr(" min"))
        self.minutes_input.setAccessibleName(self.tr("Minutes of the new block"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add agenda block"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove agenda block"))
        self.up_button.setText(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move agenda block up"))
        self.down_button.setText(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move agenda block down"))
        self.total_label.setAccessibleName(self.tr("Total agenda time"))
        self._show_total()

    def blocks(self) -> list[Block]:
        blocks = []
        for row in range(self.table.rowCount()):
            title = self.table.item(row, 0)
            minutes = self.table.item(row, 1)
            blocks.append(
                (title.text() if title else "", int(minutes.data(Qt.ItemDataRole.EditRole)) if minutes else 0)
            )
        return blocks

    def set_blocks(self, blocks: list[Block]) -> None:
        """Show the domain's agenda; emits nothing."""
        if blocks == self.blocks():
            return
        row = self.table.currentRow()
        self._setting = True
        try:
            self.table.setRowCount(len(blocks))
            for r, (title, minutes) in enumerate(blocks):
                self.table.setItem(r, 0, QTableWidgetItem(title))
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, int(minutes))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, 1, item)
        finally:
            self._setting = False
        if blocks and row >= 0:
            self.table.setCurrentCell(min(row, len(blocks) - 1), 0)
        self._show_total()

    def add_from_input(self) -> None:
        title = self.title_input.text().strip()
        if title:
            self.title_input.clear()
            self.agendaEdited.emit([*self.blocks(), (title, self.minutes_input.value())])

    def _add_from_minutes(self) -> None:
        # back to the title: where the next block starts, or where this one still needs a name
        self.add_from_input()
        self.title_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            blocks = self.blocks()
            del blocks[row]
            self.agendaEdited.emit(blocks)

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        column = max(self.table.currentColumn(), 0)
        blocks = self.blocks()
        target = row + step
        if row < 0 or not 0 <= target < len(blocks):
            return
        blocks.insert(target, blocks.pop(row))
        self.agendaEdited.emit(blocks)
        self.table.setCurrentCell(target, column)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        # the delegate is still committing: send the edit on the next event-loop turn
        if not self._setting:
            QTimer.singleShot(0, self, lambda: self.agendaEdited.emit(self.blocks()))

    def _show_total(self) -> None:
        total = sum(minutes for _, minutes in self.blocks())
        self.total_label.setText(self.tr("Total %1 min").replace("%1", str(total)))

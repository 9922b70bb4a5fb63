"""The meeting's promises in a compact table; the status is edited in place (F2 or a click)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.model import Promise, PromiseStatus
from ...domain.promises import latest_update
from .focused_wheel import wheel_only_when_focused

STATUS_COLUMN = 3
Index = QModelIndex | QPersistentModelIndex


class _StatusDelegate(QStyledItemDelegate):
    """A combo box of the promise statuses; choosing one commits it."""

    def __init__(self, names: Callable[[], dict[PromiseStatus, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Promise status"))
        wheel_only_when_focused(combo)
        for status, name in self._names().items():
            combo.addItem(name, status.value)
        combo.activated.connect(lambda _i, c=combo: self._done(c))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class PromiseTable(QTableWidget):
    """What, owner, due date, status. ``on_status`` hears (promise id, new status)."""

    def __init__(
        self, on_status: Callable[[str, PromiseStatus], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 4, parent)
        self._on_status = on_status
        self._setting = False
        self._ids: list[str] = []
        self.status_names: dict[PromiseStatus, str] = {}
        self.earlier_text = ""
        self.overdue_text = ""
        self.setItemDelegateForColumn(STATUS_COLUMN, _StatusDelegate(lambda: self.status_names, self))
        self.verticalHeader().setVisible(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table: it is one stop in the panel
        self.itemChanged.connect(self._item_changed)

    def retranslate(
        self,
        headers: list[str],
        status_names: dict[PromiseStatus, str],
        earlier_text: str,
        overdue_text: str,
    ) -> None:
        self.setHorizontalHeaderLabels(headers)
        self.earlier_text = earlier_text
        self.overdue_text = overdue_text
        self.status_names = status_names
        for row in range(self.rowCount()):
            item = self.item(row, STATUS_COLUMN)
            if item is not None:
                item.setText(status_names.get(PromiseStatus(item.data(Qt.ItemDataRole.UserRole)), ""))

    def promise_ids(self) -> list[str]:
        return list(self._ids)

    def set_promises(
        self, promises: list[Promise], current_meeting_id: str | None = None, today: date | None = None
    ) -> None:
        """Show the promises, earlier meetings' in italics, overdue dates in red; emits nothing."""
        current = self.currentRow()
        self._setting = True
        try:
            self._ids = [p.id for p in promises]
            self.setRowCount(len(promises))
            for row, promise in enumerate(promises):
                due = promise.due.strftime("%d-%m-%Y") if promise.due else ""
                earlier = current_meeting_id is not None and promise.meeting_id != current_meeting_id
                for column, text in enumerate((promise.text, promise.owner or "", due)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.earlier_text + text if earlier else text)
                    if earlier:
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                        item.setForeground(QColor("#5f6368"))
                    self.setItem(row, column, item)
                overdue = today is not None and promise.due is not None and promise.due < today
                if overdue and promise.status == PromiseStatus.OPEN:
                    due_item = self.item(row, 2)
                    due_item.setForeground(QColor("#b3261e"))
                    due_item.setToolTip(self.overdue_text + due)
                status = QTableWidgetItem(self.status_names.get(promise.status, promise.status.value))
                status.setData(Qt.ItemDataRole.UserRole, promise.status.value)
                # what became of it, for an earlier promise brought up again: the why and the news
                latest = latest_update(promise)
                outcome = [status.text() + (f": {promise.reason}" if promise.reason else "")]
                if latest is not None:
                    outcome.append(f"{latest.at:%d-%m-%Y}: {latest.text}")
                status.setToolTip("\n".join(outcome))
                self.setItem(row, STATUS_COLUMN, status)
        finally:
            self._setting = False
        if 0 <= current < len(promises):
            self.setCurrentCell(current, STATUS_COLUMN)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._setting or item.column() != STATUS_COLUMN:
            return
        status = PromiseStatus(item.data(Qt.ItemDataRole.UserRole))
        item_text = self.status_names.get(status, status.value)
        if item.text() != item_text:
            self._setting = True
            item.setText(item_text)
            self._setting = False
        promise_id = self._ids[item.row()]
        # the delegate is still committing: the edit (and the rebuild it causes) comes next turn
        QTimer.singleShot(0, self, lambda: self._on_status(promise_id, status))

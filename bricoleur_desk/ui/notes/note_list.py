"""The laptop's note list: numbered, grouped, multi-select, edit in place, drag to a theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from .arrangement import NoteArrangement
from .list_delegate import ListRowMetrics, NoteListDelegate
from .model import NOTE_ROW, NoteItemModel, NoteRole


class NoteListView(QListView):
    """Shows a :class:`NoteArrangement`; row heights come cached from the model."""

    voteRequested = Signal(int)  # +1 or -1 on the selected notes
    undoRequested = Signal()
    redoRequested = Signal()
    leaveRequested = Signal()  # Esc: back to the capture line

    def __init__(self, arrangement: NoteArrangement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteList")
        self.arrangement = arrangement
        self.notes: NoteItemModel = arrangement.sourceModel()  # type: ignore[assignment]
        # the scroll mode first: set after the model it lays out every row once more
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setModel(arrangement)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: a scroll bar that appears would narrow the rows and force a re-measure
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWordWrap(True)
        self.metrics = ListRowMetrics(self.font(), 600)
        self.setItemDelegate(NoteListDelegate(self.metrics, self))
        self._measured = False  # rows are measured once the list knows its width (first resize)
        # until then one row's size stands for all: laying out 5,000 unmeasured rows would
        # ask the style to wrap every text (each time the window's layouts settle)
        self.setUniformItemSizes(True)
        self._after_measure: list[Callable[[], None]] = []
        self._resized = QTimer(self, singleShot=True, interval=80)
        self._resized.timeout.connect(self._remeasure)

    def show_arrangement(self, arrangement: NoteArrangement) -> None:
        """Show another arrangement of the same notes; the selected and current notes stay so.

        Switching between two proxies that each stay sorted costs a relayout; re-sorting one
        proxy by another role made Qt sort every row again first (2,300 rows: 7-9 ms of 15-21).
        """
        selected = self.selected_note_ids()
        current = self.currentIndex().data(NoteRole.ID)
        old = self.selectionModel()
        self.arrangement = arrangement
        self.setModel(arrangement)
        old.deleteLater()  # Qt leaves the replaced selection model to its owner
        self.executeDelayedItemsLayout()  # keys (End) and scrolling need the rows placed
        if not self.select_notes(selected, current).isValid() and arrangement.rowCount():
            # e.g. the current row was a theme header, not listed by arrival: keys move from
            # the first row, as when the list gets focus
            first = arrangement.index(0, 0)
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def select_notes(self, note_ids: list[str], current_id: str | None = None) -> QModelIndex:
        """Select these notes and scroll to the current one: ``current_id`` if listed, else the
        first of them. Returns the current row (invalid when none of them is listed)."""
        arrangement = self.arrangement
        selection = QItemSelection()
        for note_id in note_ids:
            index = arrangement.mapFromSource(self.notes.note_index(note_id))
            if index.isValid():
                selection.select(index, index)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        current = (
            arrangement.mapFromSource(self.notes.note_index(current_id)) if current_id else QModelIndex()
        )
        if not current.isValid() and not selection.isEmpty():
            current = selection.indexes()[0]
        if current.isValid():
            self.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(current)
        return current

    def selected_note_ids(self) -> list[str]:
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i.data(NoteRole.ID) for i in rows if i.data(NoteRole.ROW_TYPE) == NOTE_ROW]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._measured:
            # the first sizes come while the window's layouts settle (measured: 297 px, then
            # 503 px a moment later): measure once they have, and show no rows until then
            # rather than rows as tall as the narrow width makes them
            self._measured = True
            self.setUpdatesEnabled(False)
            QTimer.singleShot(0, self._first_measure)
        elif abs(self.viewport().width() - self.metrics.width) > 2:
            self._resized.start()

    def _first_measure(self) -> None:
        self._resized.stop()  # a resize while the layouts settled: this measure covers it
        self.setUniformItemSizes(False)
        self._remeasure()
        self.setUpdatesEnabled(True)
        waiting, self._after_measure = self._after_measure, []
        for then in waiting:
            then()

    def when_measured(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the rows have their heights (at once if they have them).

        Scrolling to a row before that would use the stand-in height of every row and land
        elsewhere once they are measured (a note typed the moment a dossier opened).
        """
        if self.is_measured():
            then()
        else:
            self._after_measure.append(then)

    def is_measured(self) -> bool:
        """Rows have their heights for the list's width (False only just after it appeared)."""
        return self._measured and self.updatesEnabled()

    def _remeasure(self) -> None:
        # re-measure every row once per resize, not on every change
        self.metrics = ListRowMetrics(self.font(), self.viewport().width())
        delegate = self.itemDelegate()
        assert isinstance(delegate, NoteListDelegate)
        delegate.metrics = self.metrics
        self.notes.set_row_sizer(self.metrics)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if (
            not editing
            and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            and not mods & ~Qt.KeyboardModifier.ShiftModifier
        ):
            self.voteRequested.emit(1)
        elif not editing and key == Qt.Key.Key_Minus and not mods:
            self.voteRequested.emit(-1)
        elif not editing and key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Z
            and mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.redoRequested.emit()
        else:
            super().keyPressEvent(event)

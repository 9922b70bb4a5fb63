"""The tabs of the team archive window: the dossiers, the promises dashboard and the search.

Each tab only shows what the window hands it (the window runs the database work off the
interface thread); the dashboard's filters work on the promises already fetched, at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import PromiseStatus
from ...workspace.team_archive import ArchivedPromise, Hit, Listed, filter_promises


def read_only_table(name: str, columns: int) -> QTableWidget:
    """A table to read and select whole rows in, sorted by clicking a header."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table: every control is reached by Tab
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell sorted by its own key when it has one (a moment to the second, not its text to the minute)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


Cell = str | tuple[str, str]  # a text, or a text and the key it sorts by


def fill(table: QTableWidget, rows: Sequence[Sequence[Cell]], keys: Sequence[str] = (), widest: int = 280) -> None:
    """Replace the table's rows; ``keys[i]`` is kept on row i's first cell (Qt.UserRole).

    Columns fit their text up to ``widest`` pixels; the last one takes the rest, and long texts
    wrap so that a note can be read whole.
    """
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, order = (cell, None) if isinstance(cell, str) else cell
            item = _Item(text)
            item.setToolTip(text)
            if order is not None:
                item.setData(SORT_ROLE, order)
            if c == 0 and r < len(keys):
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), widest))
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeRowsToContents()


def when(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else ""


def one_line(text: str) -> str:
    return " ".join(text.split())


class DossiersTab(QWidget):
    """Every dossier in the archive; push the open dossier or a file, pull one to a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("archiveDossiers", 5)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.push_open_button = QPushButton()
        self.push_open_button.setObjectName("archivePushOpen")
        self.push_file_button = QPushButton()
        self.push_file_button.setObjectName("archivePushFile")
        self.pull_button = QPushButton()
        self.pull_button.setObjectName("archivePull")
        for button in (self.push_open_button, self.push_file_button, self.pull_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.push_open_button)
        buttons.addWidget(self.push_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pull_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.listed: list[Listed] = []

    def show_dossiers(self, listed: list[Listed]) -> None:
        self.listed = listed
        # the title first (typing in the table finds it); the id, for the command line, last
        rows = [
            (d.title, (when(d.changed_at), d.changed_at.isoformat()), d.changed_by, str(d.revision), d.dossier_id)
            for d in listed
        ]
        fill(self.table, rows, [d.dossier_id for d in listed])
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the most recently changed first
        self.table.resizeColumnToContents(1)  # room for the sort indicator too

    def selected(self) -> Listed | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not self.table.selectionModel().isRowSelected(row):
            return None
        dossier_id = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.listed if d.dossier_id == dossier_id), None)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Last change"), self.tr("By"), self.tr("Revision"), self.tr("Id")]
        )
        self.table.setAccessibleName(self.tr("Dossiers in the team archive"))
        self.push_open_button.setText(self.tr("Push the &open dossier"))
        self.push_open_button.setToolTip(
            self.tr("Send the dossier open in the main window to the archive (it is closed and opened again)")
        )
        self.push_file_button.setText(self.tr("Push a f&ile…"))
        self.push_file_button.setToolTip(self.tr("Send a dossier file to the archive"))
        self.pull_button.setText(self.tr("P&ull to a file and open…"))
        self.pull_button.setToolTip(self.tr("Write the selected dossier as a new file that works offline, and open it"))


class PromisesTab(QWidget):
    """The promises dashboard: every promise of every dossier, filtered as one types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue_box = QCheckBox()
        self.overdue_box.setObjectName("archiveOverdueOnly")
        self.owner_input = QLineEdit()
        self.owner_input.setObjectName("archiveOwner")
        self.owner_input.setClearButtonEnabled(True)
        self.words_input = QLineEdit()
        self.words_input.setObjectName("archivePromiseFind")
        self.words_input.setClearButtonEnabled(True)
        self.owner_label, self.words_label = QLabel(), QLabel()
        self.owner_label.setBuddy(self.owner_input)
        self.words_label.setBuddy(self.words_input)
        self.count_label = QLabel()
        self.count_label.setObjectName("archivePromiseCount")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("archivePromisesCsv")
        self.csv_button.setAutoDefault(False)
        self.table = read_only_table("archivePromises", 6)
        filters = QGridLayout()
        filters.addWidget(self.overdue_box, 0, 0)
        filters.addWidget(self.owner_label, 0, 1)
        filters.addWidget(self.owner_input, 0, 2)
        filters.addWidget(self.words_label, 0, 3)
        filters.addWidget(self.words_input, 0, 4)
        filters.setColumnStretch(2, 1)
        filters.setColumnStretch(4, 2)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.found: list[ArchivedPromise] = []
        self.shown: list[ArchivedPromise] = []
        self.overdue_box.toggled.connect(lambda _on: self.apply_filters())
        self.owner_input.textChanged.connect(lambda _t: self.apply_filters())
        self.words_input.textChanged.connect(lambda _t: self.apply_filters())

    def show_promises(self, found: list[ArchivedPromise]) -> None:
        self.found = found
        self.apply_filters()

    def apply_filters(self) -> None:
        self.shown = filter_promises(
            self.found,
            overdue_only=self.overdue_box.isChecked(),
            owner=self.owner_input.text(),
            words=self.words_input.text(),
        )
        fill(self.table, [self._row(p) for p in self.shown], [p.dossier_id for p in self.shown], widest=220)
        self.count_label.setText(
            self.tr("%1 of %2 promises").replace("%1", str(len(self.shown))).replace("%2", str(len(self.found)))
        )

    def _row(self, p: ArchivedPromise) -> tuple[str, ...]:
        due = _date(p.due)
        return (due, self.status_text(p), p.owner, p.dossier_title, p.meeting, one_line(p.text))

    def status_text(self, p: ArchivedPromise) -> str:
        if p.overdue:
            return self.tr("open, overdue")
        return {
            PromiseStatus.OPEN: self.tr("open"),
            PromiseStatus.DONE: self.tr("done"),
            PromiseStatus.DROPPED: self.tr("dropped"),
        }[p.status]

    def retranslate(self) -> None:
        self.overdue_box.setText(self.tr("Overdue onl&y"))
        self.overdue_box.setToolTip(self.tr("Only open promises past their due date"))
        self.owner_label.setText(self.tr("O&wner or department:"))
        self.owner_input.setAccessibleName(self.tr("Owner or department"))
        self.owner_input.setPlaceholderText(self.tr("e.g. Groen"))
        self.words_label.setText(self.tr("Fi&nd in promises:"))
        self.words_input.setAccessibleName(self.tr("Find in promises"))
        self.words_input.setPlaceholderText(self.tr("words in the promise, dossier or evening"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Status"), self.tr("Owner"), self.tr("Dossier"), self.tr("Evening"), self.tr("Promise")]
        )
        self.table.setAccessibleName(self.tr("Promises of every dossier"))
        self.csv_button.setText(self.tr("E&xport CSV…"))
        self.csv_button.setToolTip(self.tr("The promises shown, as CSV for Excel"))
        self.apply_filters()


class SearchTab(QWidget):
    """Dutch full-text search over every dossier's notes, answers and promises (Enter searches)."""

    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words_input = QLineEdit()
        self.words_input.setObjectName("archiveSearchWords")
        self.words_input.setClearButtonEnabled(True)
        self.words_label = QLabel()
        self.words_label.setBuddy(self.words_input)
        self.search_button = QPushButton()
        self.search_button.setObjectName("archiveSearchButton")
        self.search_button.setAutoDefault(False)
        self.table = read_only_table("archiveSearchHits", 5)
        self.count_label = QLabel()
        self.count_label.setObjectName("archiveSearchCount")
        row = QHBoxLayout()
        row.addWidget(self.words_label)
        row.addWidget(self.words_input, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.hits: list[Hit] = []
        self.words_input.returnPressed.connect(self._request)
        self.search_button.clicked.connect(self._request)

    def _request(self) -> None:
        words = self.words_input.text().strip()
        if words:
            self.searchRequested.emit(words)

    def show_hits(self, hits: list[Hit], words: str) -> None:
        self.hits = hits
        rows = []
        for h in hits:
            where = self.tr("note %1").replace("%1", str(h.number)) if h.kind == "note" else self.tr("promise")
            rows.append((h.dossier_title, _date(h.meeting_starts), where, one_line(h.text), one_line(h.answer)))
        fill(self.table, rows, [h.dossier_id for h in hits], widest=420)
        if hits:
            self.count_label.setText(self.tr("%1 found for “%2”").replace("%1", str(len(hits))).replace("%2", words))
        else:
            self.count_label.setText(self.tr("Nothing found for “%1”").replace("%1", words))

    def retranslate(self) -> None:
        self.words_label.setText(self.tr("T&ext to find:"))
        self.words_input.setAccessibleName(self.tr("Text to find in every dossier"))
        self.words_input.setPlaceholderText(self.tr("bomen finds boom too; \"a phrase\", or, -word"))
        self.search_button.setText(self.tr("Searc&h"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dossier"), self.tr("Evening"), self.tr("Where"), self.tr("Text"), self.tr("Answer")]
        )
        self.table.setAccessibleName(self.tr("What was found"))


def _date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%Y-%m-%d}"

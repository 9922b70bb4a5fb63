"""The promises register: every promise of the dossier, filtered, with one promise's editor beside it.

Promises belong to the dossier, not to one evening: here they are added by hand, reworded,
updated with what happened and closed. Late is worked out from the due date, never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed
from ...domain.model import Dossier, Promise, PromiseStatus
from ...domain.promises import PromiseFilter, filtered, is_overdue, latest_update, owners
from ...domain.register import by_name, members, name_key
from ...workspace import commands
from ...workspace.promise_register import add_promise
from ...workspace.session import DossierSession
from .promise_editor import PromiseEditor

LATE = QColor("#b3261e")
# the status filter's entries: (key, status, overdue only)
_STATUS_FILTERS = (
    ("all", None, False),
    ("open", PromiseStatus.OPEN, False),
    ("overdue", None, True),
    ("done", PromiseStatus.DONE, False),
    ("dropped", PromiseStatus.DROPPED, False),
)
COLUMNS = 6  # number, what, owner, due, status, latest update


class PromisesRegister(QDialog):
    """Non-modal: it may stay open beside the evening; every change is one undo step, saved at once."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str | None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promisesRegister")
        self.session = session
        self.meeting_id = meeting_id  # where a promise added by hand is made
        self._today = today
        self._ids: list[str] = []
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("filterStatus")
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("filterOwner")
        self.evening_filter = QComboBox()
        self.evening_filter.setObjectName("filterEvening")
        self.count_label = QLabel()
        self.count_label.setObjectName("promisesCount")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("promisesTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # a reason or an update can be long: they wrap in columns of their own width
        for column, width in ((4, 190), (5, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.new_text = QLineEdit()
        self.new_text.setObjectName("newPromiseText")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPromise")
        self.editor = PromiseEditor(session, now, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._build()
        # Enter belongs to the field it is typed in (add, save, drop), never to a dialog button
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill_filters()
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.evening_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_text.returnPressed.connect(self.add)
        self.new_button.clicked.connect(self.add)
        self.buttons.rejected.connect(self.close)
        self._unsubscribe: Callable[[], None] | None = session.subscribe(self._changed)
        self.finished.connect(lambda _r: self._stop())
        self.destroyed.connect(lambda _o=None: self._stop())
        self.retranslate()
        self.refresh()
        self.resize(1180, 640)

    def _build(self) -> None:
        filters = QHBoxLayout()
        self._filter_labels = [QLabel() for _ in range(3)]
        for label, combo in zip(
            self._filter_labels, (self.status_filter, self.owner_filter, self.evening_filter), strict=True
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_text, 1)
        new_row.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(new_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- filters ----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The owner and evening lists follow the dossier; the choices made stay when they still exist."""
        dossier = self.session.dossier
        for combo, entries in (
            # the register's departments (with their colleagues) and colleagues, and owner texts
            # not (yet) in it
            (self.owner_filter, [(o, o) for o in _owner_names(dossier)]),
            (
                self.evening_filter,
                [
                    (m.id, f"{m.starts_at:%d-%m-%Y} {m.title}")
                    for m in sorted(dossier.meetings, key=lambda m: m.starts_at)
                ],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            if combo.count() == 0:
                combo.addItem("", None)
            for data, text in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def current_filter(self) -> PromiseFilter:
        _key, status, overdue = _STATUS_FILTERS[max(0, self.status_filter.currentIndex())]
        owner = self.owner_filter.currentData()
        entry = by_name(self.session.dossier, owner) if owner else None
        return PromiseFilter(
            status=status,
            overdue_only=overdue,
            owner=owner if entry is None else None,
            meeting_id=self.evening_filter.currentData(),
            owner_ids=frozenset(members(self.session.dossier, entry)) if entry is not None else None,
        )

    def show_overdue(self) -> None:
        """Only the promises past their due date (what the notice at opening points to)."""
        self.status_filter.setCurrentIndex(
            next(i for i, f in enumerate(_STATUS_FILTERS) if f[0] == "overdue")
        )

    # -- table ------------------------------------------------------------------------------

    def shown_ids(self) -> list[str]:
        return list(self._ids)

    def select(self, promise_id: str) -> None:
        if promise_id in self._ids:
            self.table.selectRow(self._ids.index(promise_id))

    def refresh(self) -> None:
        dossier = self.session.dossier
        today = self._today()
        numbers = {p.id: i for i, p in enumerate(dossier.promises, start=1)}
        promises = filtered(dossier.promises, self.current_filter(), today)
        selected = self.editor.promise_id
        self.table.blockSignals(True)
        self._ids = [p.id for p in promises]
        self.table.setRowCount(len(promises))
        for row, promise in enumerate(promises):
            for column, text in enumerate(self._row(promise, numbers[promise.id], today)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (3, 4) and is_overdue(promise, today):
                    item.setForeground(LATE)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        total = len(dossier.promises)
        self.count_label.setText(
            self.tr("%1 of %2 promises").replace("%1", str(len(promises))).replace("%2", str(total))
        )
        if selected in self._ids:
            self.table.blockSignals(True)
            self.table.selectRow(self._ids.index(selected))
            self.table.blockSignals(False)
        self.editor.set_promise(selected if selected in self._ids else None)
        self.new_button.setEnabled(self.meeting_id is not None)
        self.new_text.setEnabled(self.meeting_id is not None)

    def _row(self, promise: Promise, number: int, today: date) -> tuple[str, ...]:
        latest = latest_update(promise)
        return (
            f"P-{number}",
            promise.text,
            promise.owner or "",
            promise.due.strftime("%d-%m-%Y") if promise.due else "",
            self.status_name(promise, today),
            f"{latest.at:%d-%m-%Y}: {latest.text}" if latest else "",
        )

    def status_name(self, promise: Promise, today: date) -> str:
        if is_overdue(promise, today):
            return self.tr("open, late")
        if promise.status == PromiseStatus.DONE:
            return self.tr("done")
        if promise.status == PromiseStatus.DROPPED:
            return self.tr("dropped: %1").replace("%1", promise.reason or "")
        return self.tr("open")

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.editor.set_promise(self._ids[rows[0].row()] if rows else None)

    def add(self) -> None:
        if self.meeting_id is None or not self.new_text.text().strip():
            return
        made = commands.create(self.session, add_promise, self.meeting_id, self.new_text.text())
        if made is not None:
            self.new_text.clear()
            if made not in self._ids:  # a filter hides it: show everything, so it can be edited
                self.status_filter.setCurrentIndex(0)
                self.owner_filter.setCurrentIndex(0)
                self.evening_filter.setCurrentIndex(0)
            self.select(made)
            self.editor.owner_edit.setFocus()

    def _changed(self, changed: list[Changed]) -> None:
        self._fill_filters()
        self.refresh()

    # -- texts ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        (self.table if self._ids else self.new_text).setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Promises register"))
        names = {
            "all": self.tr("All"),
            "open": self.tr("Open"),
            "overdue": self.tr("Late"),
            "done": self.tr("Done"),
            "dropped": self.tr("Dropped"),
        }
        if self.status_filter.count() == 0:
            for key, _status, _overdue in _STATUS_FILTERS:
                self.status_filter.addItem(names[key], key)
        for index, (key, _status, _overdue) in enumerate(_STATUS_FILTERS):
            self.status_filter.setItemText(index, names[key])
        self.owner_filter.setItemText(0, self.tr("Every owner"))
        self.evening_filter.setItemText(0, self.tr("Every evening"))
        for label, text in zip(
            self._filter_labels, (self.tr("S&how:"), self.tr("Ow&ner:"), self.tr("&Evening:")), strict=True
        ):
            label.setText(text)
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("What"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Latest update"),
            ]
        )
        self.table.setAccessibleName(self.tr("Promises"))
        self.new_text.setPlaceholderText(self.tr("A new promise, made at this evening"))
        self.new_text.setAccessibleName(self.tr("New promise"))
        self.new_button.setText(self.tr("&Add promise"))
        for label, combo in zip(
            self._filter_labels, (self.status_filter, self.owner_filter, self.evening_filter), strict=True
        ):
            combo.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        for button in (self.new_button, *self.buttons.buttons()):
            button.setAccessibleName(button.text().replace("&", ""))
        self.refresh()


def _owner_names(dossier: Dossier) -> list[str]:
    """Every owner written on a promise and every name in the register, once, sorted without case."""
    names = {name_key(o): o for o in owners(dossier.promises)}
    for entry in dossier.colleagues:
        names.setdefault(name_key(entry.name), entry.name)
    return sorted(names.values(), key=str.casefold)

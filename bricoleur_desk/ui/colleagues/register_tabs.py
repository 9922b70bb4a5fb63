"""The two tables of the register window: departments and colleagues, planned works.

Each tab is a table, a quick entry row under it (type, Tab, Enter: added, cursor back at the
start) and Edit (F2, double click) and Remove (Del). Every change is one undoable step through
``workspace.commands``, saved at once; the tables follow the document (also after undo).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import ColleagueKind, WorkKind
from ...domain.register import colleague, department_of
from ...workspace import colleagues as register
from ...workspace import commands
from ...workspace.session import DossierSession
from .entry_dialogs import (
    ColleagueDialog,
    PlannedWorkDialog,
    fill_departments,
    fill_owners,
    kind_name,
    work_kind_name,
)


class RegisterTab(QWidget):
    """A table of entries with a quick entry row; subclasses say what the rows and edits are."""

    said = Signal(str)  # a line for the window's status label

    def __init__(self, session: DossierSession, columns: int, quick: Sequence[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.quick = list(quick)
        self.add_button = QPushButton()
        self.add_button.setDefault(True)  # Enter anywhere in the quick row adds
        self.add_button.clicked.connect(self.add_from_quick_row)
        self.edit_button = QPushButton()
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton()
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        for widget in self.quick:
            row.addWidget(widget, 2 if isinstance(widget, QLineEdit) else 1)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.add_from_quick_row)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        for first, second in zip([*self.quick, self.add_button], [*self.quick[1:], self.add_button], strict=False):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence("F2"), self.table, self.edit_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_current)

    # subclasses --------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """(id, cells) of every entry, in order."""
        raise NotImplementedError

    def add(self) -> str | None:
        """Add what the quick row holds; the new id or None."""
        raise NotImplementedError

    def edit(self, entry_id: str) -> bool:
        raise NotImplementedError

    def remove(self, entry_id: str) -> bool:
        raise NotImplementedError

    def refill_choices(self) -> None:
        """Fill the quick row's lists from the document (they name entries)."""

    # shared ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_id()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (entry_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
                self.table.setItem(row, column, item)
            if entry_id == selected:
                self.table.selectRow(row)
        self.refill_choices()
        writable = not self.session.read_only
        for widget in (*self.quick, self.add_button):
            widget.setEnabled(writable)
        self.edit_button.setEnabled(writable and bool(rows))
        self.remove_button.setEnabled(writable and bool(rows))

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, entry_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                self.table.setCurrentCell(row, 0)
                return

    def add_from_quick_row(self) -> str | None:
        new_id = self.add() if not self.session.read_only else None
        if new_id is not None:
            for widget in self.quick:
                if isinstance(widget, QLineEdit):
                    widget.clear()
            self.select(new_id)
        self.quick[0].setFocus()
        return new_id

    def edit_current(self) -> bool:
        entry_id = self.current_id()
        return entry_id is not None and not self.session.read_only and self.edit(entry_id)

    def remove_current(self) -> bool:
        entry_id = self.current_id()
        return entry_id is not None and not self.session.read_only and self.remove(entry_id)


class ColleaguesTab(RegisterTab):
    """Departments and colleagues: name, kind, department, role."""

    def __init__(self, session: DossierSession, parent: QWidget | None = None) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("quickColleagueName")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("quickColleagueKind")
        self.department_box = QComboBox()
        self.department_box.setObjectName("quickColleagueDepartment")
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("quickColleagueRole")
        super().__init__(session, 5, [self.name_edit, self.kind_box, self.department_box, self.role_edit], parent)
        self.table.setObjectName("colleaguesTable")
        self.add_button.setObjectName("addColleague")
        self.edit_button.setObjectName("editColleague")
        self.remove_button.setObjectName("removeColleague")
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.department_box.setEnabled(self.quick_kind() == ColleagueKind.COLLEAGUE)
        )

    def quick_kind(self) -> ColleagueKind:
        data = self.kind_box.currentData()
        return ColleagueKind(data) if data else ColleagueKind.COLLEAGUE

    def refill_choices(self) -> None:
        kind = self.kind_box.currentData() or ColleagueKind.COLLEAGUE
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for each in (ColleagueKind.COLLEAGUE, ColleagueKind.DEPARTMENT):
            self.kind_box.addItem(kind_name(each), each)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.kind_box.blockSignals(False)
        fill_departments(self.department_box, self.session.dossier, self.department_box.currentData())
        self.department_box.setEnabled(not self.session.read_only and self.quick_kind() == ColleagueKind.COLLEAGUE)

    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        dossier = self.session.dossier
        result = []
        for entry in dossier.colleagues:
            department = department_of(dossier, entry)
            owns = sum(1 for p in dossier.promises if p.owner_id == entry.id)
            shown_department = department.name if department is not None and department is not entry else ""
            result.append((entry.id, (entry.name, kind_name(entry.kind), shown_department, entry.role or "", str(owns))))
        return result

    def add(self) -> str | None:
        return commands.create(
            self.session,
            register.add_colleague,
            self.name_edit.text(),
            self.quick_kind(),
            self.department_box.currentData(),
            self.role_edit.text(),
        )

    def edit(self, entry_id: str) -> bool:
        dialog = ColleagueDialog(self.session.document.get(entry_id), self.session.dossier, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return commands.run(self.session, register.edit_colleague, entry_id, **dialog.values())  # type: ignore[arg-type]

    def remove(self, entry_id: str) -> bool:
        entry = colleague(self.session.dossier, entry_id)
        name = entry.name if entry is not None else ""
        if commands.run(self.session, register.remove_colleague, entry_id):
            self.said.emit(self.tr("Removed: {0}; what it owned went to its department (Ctrl+Z brings it back)").format(name))
            return True
        return False

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Department"), self.tr("Role"), self.tr("Promises")]
        )
        self.name_edit.setPlaceholderText(self.tr("Name of a colleague or department"))
        self.role_edit.setPlaceholderText(self.tr("Role, e.g. traffic engineer"))
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.department_box.setAccessibleName(self.tr("Department"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.role_edit.setAccessibleName(self.tr("Role"))
        self.add_button.setText(self.tr("&Add"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.refresh()


class PlannedWorksTab(RegisterTab):
    """Works, projects and budgets planned in the area: title, kind, when, budget, run by."""

    def __init__(self, session: DossierSession, parent: QWidget | None = None) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("quickWorkTitle")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("quickWorkKind")
        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("quickWorkPeriod")
        self.budget_edit = QLineEdit()
        self.budget_edit.setObjectName("quickWorkBudget")
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("quickWorkOwner")
        quick = [self.title_edit, self.kind_box, self.period_edit, self.budget_edit, self.owner_box]
        super().__init__(session, 6, quick, parent)
        self.table.setObjectName("worksTable")
        self.add_button.setObjectName("addWork")
        self.edit_button.setObjectName("editWork")
        self.remove_button.setObjectName("removeWork")

    def refill_choices(self) -> None:
        kind = self.kind_box.currentData() or WorkKind.WORK
        self.kind_box.clear()
        for each in WorkKind:
            self.kind_box.addItem(work_kind_name(each), each)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        fill_owners(self.owner_box, self.session.dossier, self.owner_box.currentData())

    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        dossier = self.session.dossier
        result = []
        for work in dossier.planned_works:
            owner = colleague(dossier, work.owner_id)
            linked = sum(1 for p in dossier.promises if p.work_id == work.id)
            linked += sum(1 for m in dossier.meetings for n in m.notes if n.work_id == work.id)
            cells = (work.title, work_kind_name(work.kind), work.period or "", work.budget or "",
                     owner.name if owner is not None else "", str(linked))  # fmt: skip
            result.append((work.id, cells))
        return result

    def add(self) -> str | None:
        return commands.create(
            self.session,
            register.add_planned_work,
            self.title_edit.text(),
            WorkKind(self.kind_box.currentData() or WorkKind.WORK),
            self.period_edit.text(),
            self.budget_edit.text(),
            self.owner_box.currentData(),
        )

    def edit(self, entry_id: str) -> bool:
        dialog = PlannedWorkDialog(self.session.document.get(entry_id), self.session.dossier, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return commands.run(self.session, register.edit_planned_work, entry_id, **dialog.values())

    def remove(self, entry_id: str) -> bool:
        title = self.session.document.get(entry_id).title
        if commands.run(self.session, register.remove_planned_work, entry_id):
            self.said.emit(self.tr("Removed: {0} (Ctrl+Z brings it back)").format(title))
            return True
        return False

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Kind"), self.tr("When"), self.tr("Budget"), self.tr("Run by"), self.tr("Linked")]
        )
        self.title_edit.setPlaceholderText(self.tr("Work, project or budget in the area"))
        self.period_edit.setPlaceholderText(self.tr("When, e.g. spring 2027"))
        self.budget_edit.setPlaceholderText(self.tr("Budget"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.period_edit.setAccessibleName(self.tr("When"))
        self.budget_edit.setAccessibleName(self.tr("Budget"))
        self.owner_box.setAccessibleName(self.tr("Run by"))
        self.add_button.setText(self.tr("A&dd"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.refresh()

"""The dossier's stakeholders as an editable table: the group, what is at stake, who speaks for it.

A line under the table adds one (Enter); cells are edited in place (double-click, F2 or typing);
Delete or the button removes the selected one. Each change is one undo step. The spokesperson
column is marked internal: a person's name never reaches the projector or the public report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...workspace import dossier_overview as overview
from ...workspace.session import DossierSession
from ..phases.meeting_widget import MeetingWidget

STAKEHOLDER_ID = Qt.ItemDataRole.UserRole
FIELDS = ("name", "stake", "spokesperson")  # the table's columns, in order


class _Table(QTableWidget):
    """Delete removes the selected row when no cell is being edited."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            owner = self.parent()
            while owner is not None and not isinstance(owner, StakeholderTable):
                owner = owner.parent()
            if owner is not None:
                owner.remove_selected()
                return
        super().keyPressEvent(event)


class StakeholderTable(MeetingWidget):
    """Groups and organisations with a stake in the plan, edited in place."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("stakeholderTable")
        self.table = _Table(0, len(FIELDS), self)
        self.table.setObjectName("stakeholders")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 210)
        header.resizeSection(2, 170)
        self.add_input = QLineEdit()
        self.add_input.setObjectName("newStakeholder")
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeStakeholder")
        row = QHBoxLayout()
        row.addWidget(self.add_input, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_input.returnPressed.connect(self.add_from_line)
        self.add_button.clicked.connect(self.add_from_line)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._follow_selection)
        self.retranslateUi()
        self.refresh_quietly()

    def concerns(self, changed: list[Changed]) -> bool:
        return any(c.kind == Kind.STAKEHOLDER for c in changed)

    # -- edits ------------------------------------------------------------------------------

    def add_from_line(self) -> str | None:
        """Add the group typed in the line below the table; its new row is selected."""
        stakeholder_id = self.create(overview.add_stakeholder, self.add_input.text())
        if stakeholder_id is not None:
            self.add_input.clear()
            self.select(stakeholder_id)
        return stakeholder_id

    def remove_selected(self) -> bool:
        stakeholder_id = self.selected_id()
        return stakeholder_id is not None and self.run(overview.remove_stakeholder, stakeholder_id)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._refreshing:
            return
        stakeholder_id = item.data(STAKEHOLDER_ID)
        if stakeholder_id is None or stakeholder_id not in self.session.document:
            return
        field = FIELDS[item.column()]
        if not self.run(overview.edit_stakeholder, stakeholder_id, **{field: item.text()}):
            self.refresh_quietly()  # an emptied name comes back

    # -- view -------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(STAKEHOLDER_ID) if items else None

    def select(self, stakeholder_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(STAKEHOLDER_ID) == stakeholder_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def _follow_selection(self) -> None:
        self.remove_button.setEnabled(self.selected_id() is not None)

    def refresh(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return  # the cell being typed in keeps its text; the next change refreshes
        selected = self.selected_id()
        stakeholders = self.session.dossier.stakeholders
        self.table.setRowCount(len(stakeholders))
        for row, stakeholder in enumerate(stakeholders):
            for column, field in enumerate(FIELDS):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(getattr(stakeholder, field) or "")
                item.setData(STAKEHOLDER_ID, stakeholder.id)
                item.setToolTip(item.text())
        if selected is not None:
            self.select(selected)
        self._follow_selection()

    def retranslateUi(self) -> None:  # noqa: N802
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group or organisation"), self.tr("What is at stake for them"), self.tr("Spokesperson (internal)")]
        )
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.add_input.setPlaceholderText(
            self.tr("A street's residents, an association, a school, a care organisation, shop owners")
        )
        self.add_input.setAccessibleName(self.tr("Name of a new stakeholder"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the stakeholder"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected stakeholder"))
        self.remove_button.setToolTip(self.tr("Remove the selected stakeholder (Delete)"))

"""Editing one entry of the register inside the municipality: a department or colleague, a planned work.

OK is one undoable edit (the window runs it through ``workspace.commands``); Esc leaves
everything as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Colleague, ColleagueKind, Dossier, PlannedWork, WorkKind
from ...domain.register import departments


def kind_name(kind: ColleagueKind) -> str:
    names = {
        ColleagueKind.DEPARTMENT: QCoreApplication.translate("ColleaguesRegister", "department"),
        ColleagueKind.COLLEAGUE: QCoreApplication.translate("ColleaguesRegister", "colleague"),
    }
    return names[kind]


def work_kind_name(kind: WorkKind) -> str:
    names = {
        WorkKind.WORK: QCoreApplication.translate("ColleaguesRegister", "planned work"),
        WorkKind.PROJECT: QCoreApplication.translate("ColleaguesRegister", "project"),
        WorkKind.BUDGET: QCoreApplication.translate("ColleaguesRegister", "budget"),
    }
    return names[kind]


def fill_departments(box: QComboBox, dossier: Dossier, current: str | None, exclude: str | None = None) -> None:
    """'—' then every department of the register; ``current`` chosen."""
    box.clear()
    box.addItem("—", None)
    for department in departments(dossier):
        if department.id != exclude:
            box.addItem(department.name, department.id)
    box.setCurrentIndex(max(0, box.findData(current)))


def fill_owners(box: QComboBox, dossier: Dossier, current: str | None) -> None:
    """'—' then every department and colleague; ``current`` chosen."""
    box.clear()
    box.addItem("—", None)
    for entry in sorted(dossier.colleagues, key=lambda c: c.name.casefold()):
        box.addItem(entry.name, entry.id)
    box.setCurrentIndex(max(0, box.findData(current)))


class ColleagueDialog(QDialog):
    """A department's name, or a colleague's name, department and role."""

    def __init__(self, entry: Colleague, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueDialog")
        self.setWindowTitle(self.tr("Colleague or department"))
        self.name_edit = QLineEdit(entry.name)
        self.name_edit.setObjectName("colleagueName")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("colleagueKind")
        for kind in ColleagueKind:
            self.kind_box.addItem(kind_name(kind), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData(entry.kind))
        self.department_box = QComboBox()
        self.department_box.setObjectName("colleagueDepartment")
        fill_departments(self.department_box, dossier, entry.department_id, exclude=entry.id)
        self.role_edit = QLineEdit(entry.role or "")
        self.role_edit.setObjectName("colleagueRole")
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_box)
        form.addRow(self.tr("&Department"), self.department_box)
        form.addRow(self.tr("&Role"), self.role_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._kind_changed()

    def kind(self) -> ColleagueKind:
        return ColleagueKind(self.kind_box.currentData())  # Qt hands a StrEnum back as a plain str

    def _kind_changed(self) -> None:
        self.department_box.setEnabled(self.kind() == ColleagueKind.COLLEAGUE)

    def values(self) -> dict[str, object]:
        colleague = self.kind() == ColleagueKind.COLLEAGUE
        return {
            "name": self.name_edit.text(),
            "kind": self.kind(),
            "department_id": self.department_box.currentData() if colleague else None,
            "role": self.role_edit.text(),
        }


class PlannedWorkDialog(QDialog):
    """A planned work's title, kind, period, budget, who runs it and what it is."""

    def __init__(self, work: PlannedWork, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannedWorkDialog")
        self.setWindowTitle(self.tr("Planned work"))
        self.title_edit = QLineEdit(work.title)
        self.title_edit.setObjectName("workTitle")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("workKind")
        for kind in WorkKind:
            self.kind_box.addItem(work_kind_name(kind), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData(work.kind))
        self.period_edit = QLineEdit(work.period or "")
        self.period_edit.setObjectName("workPeriod")
        self.budget_edit = QLineEdit(work.budget or "")
        self.budget_edit.setObjectName("workBudget")
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("workOwner")
        fill_owners(self.owner_box, dossier, work.owner_id)
        self.description_edit = QPlainTextEdit(work.description or "")
        self.description_edit.setObjectName("workDescription")
        self.description_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Kind"), self.kind_box)
        form.addRow(self.tr("&When"), self.period_edit)
        form.addRow(self.tr("&Budget"), self.budget_edit)
        form.addRow(self.tr("&Run by"), self.owner_box)
        form.addRow(self.tr("&Description"), self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text(),
            "kind": WorkKind(self.kind_box.currentData()),
            "period": self.period_edit.text(),
            "budget": self.budget_edit.text(),
            "owner_id": self.owner_box.currentData(),
            "description": self.description_edit.toPlainText(),
        }

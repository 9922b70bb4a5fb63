"""How many came, in total and per group: one spin box per group, a line to add a group."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain.model import Attendance
from .focused_wheel import wheel_only_when_focused


class AttendanceEditor(QWidget):
    """``groupSet(group, count)``, ``totalSet(count)``; ``editingFinished`` ends a burst."""

    groupSet = Signal(str, int)
    totalSet = Signal(int)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self._groups: list[str] = []
        self.spins: dict[str, QSpinBox] = {}
        self.total = QSpinBox()
        self.total.setRange(0, 99999)
        self.total_label = QLabel()
        self.total_label.setBuddy(self.total)
        self.new_group = QLineEdit()
        self.new_count = QSpinBox()
        self.new_count.setRange(1, 99999)
        self.add_button = QPushButton()
        wheel_only_when_focused(self.total, self.new_count)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_group, 1)
        add_row.addWidget(self.new_count)
        add_row.addWidget(self.add_button)
        self.form.addRow(self.total_label, self.total)
        self.form.addRow(add_row)
        self.total.valueChanged.connect(lambda v: None if self._setting else self.totalSet.emit(v))
        self.total.editingFinished.connect(self.editingFinished)
        self.new_group.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.retranslate()

    def retranslate(self) -> None:
        self.total_label.setText(self.tr("Total present"))
        self.total.setAccessibleName(self.tr("Total present"))
        self.new_group.setPlaceholderText(self.tr("Another group or street"))
        self.new_group.setAccessibleName(self.tr("Name of another group"))
        self.new_count.setAccessibleName(self.tr("How many came from that group"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add group attendance"))
        for group, spin in self.spins.items():
            spin.setAccessibleName(self.tr("Present from %1").replace("%1", group))

    def set_attendance(self, groups: list[str], attendance: Attendance) -> None:
        """Show the counts; rows are rebuilt only when the groups changed. Emits nothing."""
        self._setting = True
        try:
            if groups != self._groups:
                self._rebuild(groups)
            for group, spin in self.spins.items():
                value = attendance.by_group.get(group, 0)
                if spin.value() != value:
                    spin.setValue(value)
            if self.total.value() != attendance.count:
                self.total.setValue(attendance.count)
        finally:
            self._setting = False

    def _rebuild(self, groups: list[str]) -> None:
        for _ in self.spins:
            self.form.removeRow(1)  # the group rows sit between the total and the add line
        self.spins = {}
        for row, group in enumerate(groups, start=1):
            spin = QSpinBox()
            spin.setRange(0, 99999)
            wheel_only_when_focused(spin)
            spin.valueChanged.connect(lambda v, g=group: None if self._setting else self.groupSet.emit(g, v))
            spin.editingFinished.connect(self.editingFinished)
            self.spins[group] = spin
            self.form.insertRow(row, group, spin)
        self._groups = list(groups)
        # rows made later sit above the add line: Tab follows the form from top to bottom
        chain = [self.total, *self.spins.values(), self.new_group, self.new_count, self.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.retranslate()

    def _add(self) -> None:
        group = self.new_group.text().strip()
        if group:
            self.new_group.clear()
            self.groupSet.emit(group, self.new_count.value())
            self.new_count.setValue(1)

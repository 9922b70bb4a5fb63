"""The sheet panel: tracing sheets listed top first — add, rename, show/hide, reorder, opacity, lock, compare.

Every control builds an edit; the list is rebuilt from the document whenever sheets change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Canvas, Sheet
from ...workspace import commands, sketch
from ...workspace.session import DossierSession

LOCK_MARK = " \N{LOCK}"


class SheetPanel(QWidget):
    """Lists the sheets of one canvas; the selected sheet is the one the tools draw on."""

    currentSheetChanged = Signal(str)

    def __init__(
        self, session: DossierSession, canvas_getter: Callable[[], Canvas | None], parent=None
    ) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self._canvas = canvas_getter
        self._filling = False
        self._current: str | None = None
        self.setObjectName("sheetPanel")

        self.title = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("sheetList")
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )
        self.list.currentItemChanged.connect(self._current_item_changed)
        self.list.itemChanged.connect(self._item_edited)

        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.lock_button = QPushButton()
        self.lock_button.setCheckable(True)
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_sheet())
        self.rename_button.clicked.connect(self._rename_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(+1))
        self.down_button.clicked.connect(lambda: self.move_current(-1))
        self.lock_button.toggled.connect(self._lock_toggled)
        self.delete_button.clicked.connect(self._delete_clicked)

        self.opacity_label = QLabel()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.valueChanged.connect(self._opacity_changed)

        self.compare_label = QLabel()
        self.compare_a = QComboBox()
        self.compare_b = QComboBox()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compare_flip)

        buttons = QGridLayout()
        for i, b in enumerate(
            (
                self.add_button,
                self.rename_button,
                self.up_button,
                self.down_button,
                self.lock_button,
                self.delete_button,
            )
        ):
            buttons.addWidget(b, i // 3, i % 3)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_a)
        compare.addWidget(self.compare_b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.opacity_label)
        layout.addWidget(self.opacity)
        layout.addWidget(self.compare_label)
        layout.addLayout(compare)
        layout.addWidget(self.compare_button)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sheets"))
        self.list.setAccessibleName(self.tr("Sheets, top first; tick to show"))
        for button, text, name in (
            (self.add_button, self.tr("Add"), self.tr("Add a sheet")),
            (self.rename_button, self.tr("Rename"), self.tr("Rename the sheet")),
            (self.up_button, self.tr("Up"), self.tr("Move the sheet up")),
            (self.down_button, self.tr("Down"), self.tr("Move the sheet down")),
            (self.lock_button, self.tr("Lock"), self.tr("Lock the sheet")),
            (self.delete_button, self.tr("Delete"), self.tr("Delete the sheet")),
        ):
            button.setText(text)
            button.setAccessibleName(name)  # a whole phrase: glued words read badly in Dutch
        self.opacity_label.setText(self.tr("Opacity"))
        self.opacity.setAccessibleName(self.tr("Sheet opacity"))
        self.compare_label.setText(self.tr("Compare two sheets"))
        self.compare_a.setAccessibleName(self.tr("First sheet to compare"))
        self.compare_b.setAccessibleName(self.tr("Second sheet to compare"))
        self.compare_button.setText(self.tr("Flip A/B (C)"))
        self.compare_button.setAccessibleName(self.tr("Flip between the two compared sheets"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading the document ---------------------------------------------------------------

    def sheets(self) -> list[Sheet]:
        canvas = self._canvas()
        return list(canvas.sheets) if canvas is not None else []

    def current_sheet_id(self) -> str | None:
        return self._current

    def set_current_sheet(self, sheet_id: str | None) -> None:
        self._current = sheet_id
        self.refresh()
        self.currentSheetChanged.emit(sheet_id or "")

    def refresh(self) -> None:
        """Rebuild the list, the opacity and the compare choices from the document."""
        sheets = self.sheets()
        ids = [s.id for s in sheets]
        if self._current not in ids:
            self._current = ids[-1] if ids else None
        self._filling = True
        try:
            self.list.clear()
            for sheet in reversed(sheets):  # the top sheet first, as on the table
                item = QListWidgetItem(sheet.name + (LOCK_MARK if sheet.locked else ""))
                item.setData(Qt.ItemDataRole.UserRole, sheet.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(Qt.CheckState.Checked if sheet.visible else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if sheet.id == self._current:
                    self.list.setCurrentItem(item)
            current = self._sheet(self._current)
            self.opacity.setValue(round(100 * current.opacity) if current else 100)
            self.lock_button.setChecked(bool(current and current.locked))
            for combo, fallback in ((self.compare_a, -1), (self.compare_b, -2)):
                chosen = combo.currentData()
                combo.clear()
                for sheet in sheets:
                    combo.addItem(sheet.name, sheet.id)
                index = combo.findData(chosen)
                if index < 0 and len(sheets) >= -fallback:
                    index = len(sheets) + fallback
                combo.setCurrentIndex(index)
        finally:
            self._filling = False

    def _sheet(self, sheet_id: str | None) -> Sheet | None:
        return next((s for s in self.sheets() if s.id == sheet_id), None)

    # -- building edits ---------------------------------------------------------------------

    def add_sheet(self, name: str | None = None) -> str | None:
        canvas = self._canvas()
        if canvas is None:
            return None
        sheet_id = commands.create(
            self.session,
            sketch.add_sheet,
            canvas.id,
            name or self.tr("Sheet %1").replace("%1", str(len(canvas.sheets) + 1)),
        )
        self.set_current_sheet(sheet_id)
        return sheet_id

    def rename_current(self, name: str) -> None:
        if self._current and name.strip():
            commands.run(self.session, sketch.rename_sheet, self._current, name.strip())

    def _rename_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(item.text().removesuffix(LOCK_MARK))
            self.list.editItem(item)

    def move_current(self, steps: int) -> None:
        """Move the current sheet up (+1, towards the top) or down (-1) the stack."""
        ids = [s.id for s in self.sheets()]
        if self._current not in ids:
            return
        index = ids.index(self._current) + steps
        if 0 <= index < len(ids):
            commands.run(self.session, sketch.move_sheet, self._current, index)

    def set_current_visible(self, visible: bool) -> None:
        if self._current:
            commands.run(self.session, sketch.set_sheet_visible, self._current, visible)

    def _lock_toggled(self, locked: bool) -> None:
        current = self._sheet(self._current)
        if not self._filling and current is not None and current.locked != locked:
            commands.run(self.session, sketch.set_sheet_locked, current.id, locked)

    def _opacity_changed(self, value: int) -> None:
        current = self._sheet(self._current)
        if not self._filling and current is not None and round(current.opacity * 100) != value:
            commands.run(self.session, sketch.set_sheet_opacity, current.id, value / 100)

    def _delete_clicked(self) -> None:
        if self._current and len(self.sheets()) > 1:
            commands.run(self.session, sketch.remove_sheet, self._current)

    def compare_flip(self) -> None:
        """Show sheet A or sheet B, never both: one key flips the room between alternatives."""
        a, b = self.compare_a.currentData(), self.compare_b.currentData()
        if a and b and a != b:
            commands.run(self.session, sketch.compare_flip, a, b)

    def _current_item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        self._current = item.data(Qt.ItemDataRole.UserRole)
        current = self._sheet(self._current)
        self._filling = True
        self.opacity.setValue(round(100 * current.opacity) if current else 100)
        self.lock_button.setChecked(bool(current and current.locked))
        self._filling = False
        self.currentSheetChanged.emit(self._current or "")

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        sheet = self._sheet(item.data(Qt.ItemDataRole.UserRole))
        if sheet is None:
            return
        visible = item.checkState() == Qt.CheckState.Checked
        if visible != sheet.visible:
            commands.run(self.session, sketch.set_sheet_visible, sheet.id, visible)
            return
        name = item.text().removesuffix(LOCK_MARK).strip()
        if name and name != sheet.name:
            commands.run(self.session, sketch.rename_sheet, sheet.id, name)

"""The export dialog's sketch sheets: each sheet of the meeting, whether it goes in, and a confirmation.

Handwriting cannot be scanned for names, so for the public report the adviser looks at the
sheets that go in and confirms them. A sheet hidden on the canvas (compare mode) is listed too,
unticked, instead of being left out silently.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.model import Meeting

_ID = Qt.ItemDataRole.UserRole


class SheetChoice(QGroupBox):
    """Tick the sheets that go into the report; for the public one, confirm them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSheets")
        self._meeting: Meeting | None = None
        self._public = True
        self._rows: list[tuple[str, str, str, bool]] = []  # sheet id, canvas name, sheet name, visible
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("reportSheetList")
        self.sheet_list.itemChanged.connect(self._ticked)
        self.none_label = QLabel()
        self.none_label.setObjectName("reportNoSheets")
        self.confirm_check = QCheckBox()
        self.confirm_check.setObjectName("reportSheetsConfirmed")
        self.confirm_check.toggled.connect(lambda _on: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addWidget(self.sheet_list)
        layout.addWidget(self.confirm_check)
        self.retranslate()

    def show_meeting(self, meeting: Meeting | None, public: bool) -> None:
        """List the meeting's sheets, ticked as they are shown on the canvas now."""
        same = meeting is not None and self._meeting is not None and meeting.id == self._meeting.id
        chosen = set(self.chosen_sheet_ids()) if same else None
        self._meeting, self._public = meeting, public
        rows = []
        for canvas in meeting.canvases if meeting else []:
            rows += [(sheet.id, canvas.name, sheet.name, sheet.visible) for sheet in canvas.sheets]
        self._rows = rows
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for sheet_id, canvas_name, sheet_name, visible in rows:
            item = QListWidgetItem(self._row_text(canvas_name, sheet_name, visible))
            item.setData(_ID, sheet_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = visible if chosen is None else sheet_id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        if not same:
            self.confirm_check.setChecked(False)
        self._follow()

    def set_public(self, public: bool) -> None:
        self._public = public
        self._follow()

    def chosen_sheet_ids(self) -> list[str]:
        items = (self.sheet_list.item(i) for i in range(self.sheet_list.count()))
        return [item.data(_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, sheet_id: str, chosen: bool) -> None:
        for i in range(self.sheet_list.count()):
            item = self.sheet_list.item(i)
            if item.data(_ID) == sheet_id:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def confirmed(self) -> bool:
        """True when the report may go out: internal, no sheet chosen, or the adviser confirmed them."""
        return not self._public or not self.chosen_sheet_ids() or self.confirm_check.isChecked()

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.confirm_check.setChecked(False)  # another choice of sheets: look at them again
        self._follow()

    def _follow(self) -> None:
        self.sheet_list.setVisible(bool(self._rows))
        self.none_label.setVisible(not self._rows)
        self.confirm_check.setVisible(self._public and bool(self.chosen_sheet_ids()))
        self.changed.emit()

    def _row_text(self, canvas_name: str, sheet_name: str, visible: bool) -> str:
        state = self.tr("shown on the canvas") if visible else self.tr("hidden on the canvas")
        return f"{canvas_name} · {sheet_name} ({state})"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sketch sheets in the report"))
        self.none_label.setText(self.tr("This meeting has no sketch sheets."))
        self.confirm_check.setText(
            self.tr("I looked at the ticked sheets: the handwriting shows no names or contact details")
        )
        self.sheet_list.setAccessibleName(self.tr("Sketch sheets: tick the ones that go into the report"))
        self.confirm_check.setAccessibleName(self.tr("The ticked sheets show no personal data"))
        for i, (_sheet_id, canvas_name, sheet_name, visible) in enumerate(self._rows):
            self.sheet_list.item(i).setText(self._row_text(canvas_name, sheet_name, visible))

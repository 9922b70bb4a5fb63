"""Reacties importeren: written reactions from a spreadsheet, previewed before anything is added.

The window reads the file (``workspace.reaction_files``); this dialog shows its rows with a
column chooser per role (text, group, theme), the first guess taken from the headers. Every
change of a chooser redoes the plan: which rows become notes, which lines are skipped and why,
which themes are new. "Import" adds them all as one undoable step; Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..workspace import commands
from ..workspace.reaction_files import Table
from ..workspace.reactions import (
    ROLES,
    ImportPlan,
    Mapping,
    Skip,
    import_reactions,
    plan_import,
    suggest_mapping,
)
from ..workspace.session import DossierSession

PREVIEW_ROWS = 500  # enough to judge the mapping; the import takes every row
_SKIPPED = QColor("#b3261e")


class ImportReactionsDialog(QDialog):
    """Map the columns, see what will be added, then import as one undo step."""

    def __init__(
        self, session: DossierSession, meeting_id: str, table: Table, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReactionsDialog")
        self._session = session
        self._meeting_id = meeting_id
        self.table = table
        self.plan = ImportPlan((), ())
        self.added = 0  # after a successful import: how many notes were added
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        guess = suggest_mapping(table.headers)
        for role in ROLES:
            combo = QComboBox()
            combo.setObjectName(f"import{role.capitalize()}Column")
            combo.addItem("", None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or f"({index + 1})", index)
            column = guess.column(role)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.currentIndexChanged.connect(self._replan)
            self.combos[role] = combo
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        self._role_labels = {role: QLabel() for role in ROLES}
        form = QFormLayout()
        for role in ROLES:
            form.addRow(self._role_labels[role], self.combos[role])
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate()

    @property
    def mapping(self) -> Mapping:
        return Mapping(*(self.combos[role].currentData() for role in ROLES))

    def skipped_lines(self) -> list[int]:
        return [s.line for s in self.plan.skipped]

    def _replan(self) -> None:
        mapping = self.mapping
        meeting = self._session.dossier.meeting(self._meeting_id)
        self.plan = (
            plan_import(self.table, mapping, meeting) if mapping.text is not None else ImportPlan((), ())
        )
        self._fill_preview()
        self._fill_summary()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.plan.reactions))

    def _fill_preview(self) -> None:
        mapping = self.mapping
        reasons = {s.line: s.reason for s in self.plan.skipped}
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [str(row.line)]
            for role in ROLES:
                column = mapping.column(role)
                values.append(row.cells[column] if column is not None and column < len(row.cells) else "")
            reason = reasons.get(row.line)
            values.append(
                self.tr("added") if reason is None and mapping.text is not None else self.reason_text(reason)
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if reason is not None or mapping.text is None:
                    item.setForeground(QBrush(_SKIPPED))
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self.preview.resizeRowsToContents()

    def reason_text(self, reason: Skip | None) -> str:
        return {
            None: self.tr("choose the text column"),
            Skip.NO_TEXT: self.tr("skipped: no text"),
            Skip.TEXT_TOO_LONG: self.tr("skipped: text too long"),
            Skip.NAME_TOO_LONG: self.tr("skipped: group or theme too long"),
            Skip.EXTRA_CELLS: self.tr("skipped: more cells than columns"),
            Skip.ALREADY_A_NOTE: self.tr("skipped: already a note"),
        }[reason]

    def _fill_summary(self) -> None:
        if self.mapping.text is None:
            self.summary.setText(self.tr("Choose the column that holds the residents' words."))
            return
        parts = [self.tr("Reactions to add as notes: {0}.").format(len(self.plan.reactions))]
        if self.plan.skipped:
            parts.append(self.tr("Skipped lines: {0}.").format(_lines(self.skipped_lines())))
        meeting = self._session.dossier.meeting(self._meeting_id)
        new = self.plan.new_themes(meeting)
        if new and self.plan.reactions:
            parts.append(self.tr("New themes: {0}.").format(", ".join(new)))
        if len(self.table.rows) > PREVIEW_ROWS:
            parts.append(self.tr("The table shows the first {0} rows.").format(PREVIEW_ROWS))
        self.summary.setText(" ".join(parts))

    def _import(self) -> None:
        edit = import_reactions(self._session.document, self._meeting_id, self.plan)
        if edit is None or not commands.record(self._session, edit):
            self.reject()
            return
        self.added = len(self.plan.reactions)
        self.accept()

    def result_message(self) -> str:
        """The status-bar line after the import: how many were added, which lines were skipped."""
        text = self.tr("Reactions imported as notes: {0}.").format(self.added)
        if self.plan.skipped:
            text += " " + self.tr("Skipped lines: {0}.").format(_lines(self.skipped_lines()))
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import reactions"))
        meeting = self._session.dossier.meeting(self._meeting_id)
        details = self.table.path.name
        if self.table.separator:
            separator = {"\t": self.tr("tab")}.get(self.table.separator, self.table.separator)
            details += " · " + self.tr("{0}, separator {1}").format(self.table.encoding, separator)
        self.file_label.setText(
            self.tr("{0} · {1} rows → {2}, {3}").format(
                details, len(self.table.rows), meeting.title, meeting.starts_at.strftime("%d-%m-%Y")
            )
        )
        self._role_labels["text"].setText(self.tr("&Text column:"))
        self._role_labels["group"].setText(self.tr("&Group column:"))
        self._role_labels["theme"].setText(self.tr("T&heme column:"))
        for role, label in self._role_labels.items():
            label.setBuddy(self.combos[role])
            self.combos[role].setItemText(0, self.tr("(none)"))
        self.preview.setAccessibleName(self.tr("Preview of the notes to import"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Text"), self.tr("Group"), self.tr("Theme"), self.tr("Result")]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self._replan()


def _lines(lines: list[int], shown: int = 20) -> str:
    text = ", ".join(str(n) for n in lines[:shown])
    return text + (" …" if len(lines) > shown else "")

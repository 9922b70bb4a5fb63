"""The Conflicts tab: what two laptops changed differently, both versions side by side, and the choice.

A merge keeps both versions of an entity changed on both sides (or changed on one side and
deleted on the other) until someone chooses here; nothing is lost before that.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...workspace.archive_conflicts import ConflictRow, Field
from .tabs import fill, read_only_table, when

# the fields people read in a conflict's versions, in the interface's language
_FIELDS = {
    "text": QT_TRANSLATE_NOOP("ConflictField", "text"),
    "answer": QT_TRANSLATE_NOOP("ConflictField", "answer"),
    "status": QT_TRANSLATE_NOOP("ConflictField", "status"),
    "votes": QT_TRANSLATE_NOOP("ConflictField", "votes"),
    "kind": QT_TRANSLATE_NOOP("ConflictField", "kind"),
    "number": QT_TRANSLATE_NOOP("ConflictField", "number"),
    "owner": QT_TRANSLATE_NOOP("ConflictField", "owner"),
    "due": QT_TRANSLATE_NOOP("ConflictField", "due"),
    "title": QT_TRANSLATE_NOOP("ConflictField", "title"),
    "name": QT_TRANSLATE_NOOP("ConflictField", "name"),
    "reason": QT_TRANSLATE_NOOP("ConflictField", "reason"),
    "raised_by_group": QT_TRANSLATE_NOOP("ConflictField", "group"),
    "email": QT_TRANSLATE_NOOP("ConflictField", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ConflictField", "phone"),
    "created_at": QT_TRANSLATE_NOOP("ConflictField", "made at"),
}
# the values of a note's kind and a note's or promise's status
_VALUES = {
    "concern": QT_TRANSLATE_NOOP("ConflictField", "concern"),
    "question": QT_TRANSLATE_NOOP("ConflictField", "question"),
    "idea": QT_TRANSLATE_NOOP("ConflictField", "idea"),
    "open": QT_TRANSLATE_NOOP("ConflictField", "open"),
    "answered": QT_TRANSLATE_NOOP("ConflictField", "answered"),
    "investigate": QT_TRANSLATE_NOOP("ConflictField", "to investigate"),
    "out_of_frame": QT_TRANSLATE_NOOP("ConflictField", "outside the frame"),
    "merged": QT_TRANSLATE_NOOP("ConflictField", "merged"),
    "done": QT_TRANSLATE_NOOP("ConflictField", "done"),
    "dropped": QT_TRANSLATE_NOOP("ConflictField", "dropped"),
}
# the things a conflict is about, "%1" its number or name
_KINDS = {
    "note": QT_TRANSLATE_NOOP("ConflictField", "note"),
    "promise": QT_TRANSLATE_NOOP("ConflictField", "promise"),
    "meeting": QT_TRANSLATE_NOOP("ConflictField", "evening"),
    "person": QT_TRANSLATE_NOOP("ConflictField", "person"),
    "theme": QT_TRANSLATE_NOOP("ConflictField", "theme"),
}


def _field_line(field: Field) -> str:
    """One field of a version: "≠ tekst: ..." when it differs from the other version."""
    name, value, differs = field
    known = _FIELDS.get(name)
    label = QCoreApplication.translate("ConflictField", known) if known else name.replace("_", " ")
    if name in ("kind", "status") and value in _VALUES:
        value = QCoreApplication.translate("ConflictField", _VALUES[value])
    return f"{'≠ ' if differs else '   '}{label}: {value}"


def conflict_words(conflict: ConflictRow) -> str:
    """The archive's description with its first word (the kind) in the interface's language."""
    words = conflict.what
    known = _KINDS.get(conflict.kind)
    if known is not None and words.startswith(conflict.kind):
        words = QCoreApplication.translate("ConflictField", known) + words[len(conflict.kind) :]
    head, bracket, fields = words.partition(" (")
    if bracket and fields.endswith(")") and all(f in _FIELDS for f in fields[:-1].split(", ")):
        named = [QCoreApplication.translate("ConflictField", _FIELDS[f]) for f in fields[:-1].split(", ")]
        words = f"{head} ({', '.join(named)})"  # "notitie 1 (tekst, stemmen)"
    return words


class ConflictsTab(QWidget):
    """The conflicts to resolve; the selected one's two versions; keep one of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("archiveConflicts", 4)
        self.archive_side = QPlainTextEdit()
        self.archive_side.setObjectName("archiveConflictArchiveSide")
        self.pushed_side = QPlainTextEdit()
        self.pushed_side.setObjectName("archiveConflictPushedSide")
        for side in (self.archive_side, self.pushed_side):
            side.setReadOnly(True)
            side.setTabChangesFocus(True)
        self.archive_label, self.pushed_label = QLabel(), QLabel()
        self.archive_label.setBuddy(self.archive_side)
        self.pushed_label.setBuddy(self.pushed_side)
        self.keep_archive_button = QPushButton()
        self.keep_archive_button.setObjectName("archiveKeepArchive")
        self.keep_pushed_button = QPushButton()
        self.keep_pushed_button.setObjectName("archiveKeepPushed")
        for button in (self.keep_archive_button, self.keep_pushed_button):
            button.setAutoDefault(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("archiveConflictCount")
        sides = QGridLayout()
        sides.addWidget(self.archive_label, 0, 0)
        sides.addWidget(self.pushed_label, 0, 1)
        sides.addWidget(self.archive_side, 1, 0)
        sides.addWidget(self.pushed_side, 1, 1)
        sides.addWidget(self.keep_archive_button, 2, 0)
        sides.addWidget(self.keep_pushed_button, 2, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(sides, 2)  # the two versions are what the choice is made on
        layout.addLayout(below)
        self.conflicts: list[ConflictRow] = []
        self.table.itemSelectionChanged.connect(self._show_selected)
        self._show_selected()

    def show_conflicts(self, conflicts: list[ConflictRow], titles: dict[str, str], *, loaded: bool = True) -> None:
        chosen = self.selected()
        self.conflicts = conflicts
        rows = [(titles.get(c.dossier_id, c.dossier_id), conflict_words(c), c.pushed_by, when(c.at)) for c in conflicts]
        fill(self.table, rows, [c.id for c in conflicts])
        keep = next((i for i, c in enumerate(conflicts) if chosen is not None and c.id == chosen.id), 0)
        if conflicts:
            self.table.selectRow(keep)
        if not loaded:
            self.count_label.setText("")
        elif conflicts:
            self.count_label.setText(self.tr("Conflicts to resolve: %1").replace("%1", str(len(conflicts))))
        else:
            self.count_label.setText(self.tr("No conflicts: every push merged cleanly."))
        self._show_selected()

    def selected(self) -> ConflictRow | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        conflict_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.id == conflict_id), None)

    def _show_selected(self) -> None:
        chosen = self.selected()
        deleted = self.tr("(deleted on this side)")
        if chosen is None:
            self.archive_side.setPlainText("")
            self.pushed_side.setPlainText("")
        else:
            for widget, fields, gone in (
                (self.archive_side, chosen.archive_side, chosen.archive_deleted),
                (self.pushed_side, chosen.pushed_side, chosen.pushed_deleted),
            ):
                widget.setPlainText(deleted if gone else "\n".join(_field_line(f) for f in fields))
        for button in (self.keep_archive_button, self.keep_pushed_button):
            button.setEnabled(chosen is not None)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Dossier"), self.tr("What"), self.tr("Pushed by"), self.tr("When")])
        self.table.setAccessibleName(self.tr("Conflicts to resolve"))
        self.archive_label.setText(self.tr("In the archive:"))
        self.archive_side.setAccessibleName(self.tr("The archive's version"))
        self.pushed_label.setText(self.tr("Pushed:"))
        self.pushed_side.setAccessibleName(self.tr("The pushed version"))
        self.keep_archive_button.setText(self.tr("Keep the &archive's version"))
        self.keep_pushed_button.setText(self.tr("Keep the pushed &version"))
        self._show_selected()

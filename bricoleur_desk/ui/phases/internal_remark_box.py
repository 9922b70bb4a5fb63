"""The question behind the question: a note's internal remark, for colleagues only.

Written during the evening or after it, in the Discuss panel under the note. It goes into the
internal report and nowhere else: not on the projector, not in the public report. The field
looks different from everything the room sees (a dashed border, a brown "internal" label) so
the facilitator never mistakes it for the answer; one line high, so the Discuss panel keeps its
room on a 768-pixel laptop. Enter or leaving the field commits it as one undo step. Beside it,
the planned work the note can join ("werk met werk"), from the register; choosing one is an
undo step too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QWidget

from ...domain.model import Note
from ...workspace import colleagues, commands, meeting_flow
from ...workspace.session import DossierSession
from .focused_wheel import wheel_only_when_focused


class InternalRemarkBox(QWidget):
    """The internal remark of the note shown by :meth:`show_note` (Alt+N goes to it)."""

    def __init__(self, session: DossierSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("internalRemarkBox")
        self._session = session
        self._note_id: str | None = None
        self.label = QLabel()
        self.label.setStyleSheet("color: #8a6d00; font-weight: bold")
        self.remark_input = QLineEdit()
        self.remark_input.setObjectName("internalRemark")
        self.remark_input.setStyleSheet(
            "#internalRemark { border: 1px dashed #8a6d00; border-radius: 3px; padding: 2px 4px;"
            " background: #fffdf3; }"
        )
        self.label.setBuddy(self.remark_input)
        self.work_label = QLabel()
        self.work_box = QComboBox()  # the planned work the note can join, from the register
        self.work_box.setObjectName("noteWork")
        self.work_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.work_box.setMinimumContentsLength(14)
        self.work_label.setBuddy(self.work_box)
        wheel_only_when_focused(self.work_box)  # scrolling the panel never changes the link
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.remark_input, 1)
        layout.addWidget(self.work_label)
        layout.addWidget(self.work_box)
        self.remark_input.editingFinished.connect(self.commit)
        self.work_box.activated.connect(lambda _index: self.link_work())
        self.shortcut = QShortcut(self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self._focus)
        self.retranslate()

    def show_note(self, note: Note | None) -> None:
        """Show this note's remark (None: no note); typing not yet committed is kept for the same note."""
        same = note is not None and note.id == self._note_id
        self._note_id = note.id if note is not None else None
        self.setEnabled(note is not None)
        wanted = (note.internal_remark or "") if note is not None else ""
        if not (same and self.remark_input.hasFocus() and self.remark_input.isModified()):
            if self.remark_input.text() != wanted:
                self.remark_input.setText(wanted)
                self.remark_input.setCursorPosition(0)  # a long remark shows its beginning
            self.remark_input.setModified(False)
        self._show_works(note)

    def _show_works(self, note: Note | None) -> None:
        works = self._session.dossier.planned_works
        self.work_box.blockSignals(True)
        self.work_box.clear()
        self.work_box.addItem("—", None)
        for work in works:
            self.work_box.addItem(work.title, work.id)
        self.work_box.setCurrentIndex(max(0, self.work_box.findData(note.work_id if note is not None else None)))
        self.work_box.blockSignals(False)
        for widget in (self.work_label, self.work_box):
            widget.setVisible(bool(works))  # no planned works in the register: no room taken

    def link_work(self) -> None:
        if self._note_id is not None and self._note_id in self._session.document:
            commands.run(self._session, colleagues.link_work, self._note_id, self.work_box.currentData())

    def commit(self) -> None:
        if self._note_id is None or self._note_id not in self._session.document:
            return
        self.remark_input.setModified(False)
        commands.run(self._session, meeting_flow.set_internal_remark, self._note_id, self.remark_input.text())

    def _focus(self) -> None:
        if self.isEnabled():
            self.remark_input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.shortcut.setKey(QKeySequence(self.tr("Alt+N")))
        key = self.shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.label.setText(self.tr("Internal (%1)").replace("%1", key))
        self.remark_input.setToolTip(
            self.tr("For colleagues only: in the internal report, never on the wall")
        )
        self.remark_input.setPlaceholderText(
            self.tr("The question behind the question: in the internal report only, never on the wall")
        )
        self.remark_input.setAccessibleName(self.tr("Internal remark, for colleagues only"))
        self.work_label.setText(self.tr("Planned &work:"))
        self.work_box.setToolTip(self.tr("Join a work, project or budget already planned in the area (werk met werk)"))
        self.work_box.setAccessibleName(self.tr("Planned work"))
        self.work_box.view().setAccessibleName(self.tr("Planned work"))  # its list, when open


def edit_internal_remark(parent: QWidget, session: DossierSession, note_id: str) -> QInputDialog:
    """The note list's Ctrl+I, in any phase (after the evening too): the remark in a dialog.

    Window-modal and not blocking; OK commits one undo step, Cancel changes nothing.
    """
    note = session.document.get(note_id)
    dialog = QInputDialog(parent)
    dialog.setObjectName("internalRemarkDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setWindowTitle(QCoreApplication.translate("InternalRemarkBox", "Internal remark"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "InternalRemarkBox", "No. %1: for colleagues only, in the internal report, never on the wall"
        ).replace("%1", str(note.number))
    )
    dialog.setTextValue(note.internal_remark or "")
    dialog.textValueSelected.connect(
        lambda text: (
            commands.run(session, meeting_flow.set_internal_remark, note_id, text)
            if note_id in session.document
            else None
        )
    )
    dialog.open()
    return dialog

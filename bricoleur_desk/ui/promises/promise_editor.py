"""One promise of the register: its words, owner and due date, its dated updates and its status.

The owner is picked from the register of colleagues and departments (type to find one); a
name the register does not know joins it on saving. The promise can join a planned work.

Every button is one undoable edit through ``commands.run``; the editor shows what the document
holds and is refreshed by the dialog after each change (also after undo).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Promise, PromiseStatus
from ...domain.promises import is_overdue
from ...domain.register import described
from ...workspace import commands
from ...workspace.promise_register import add_update, edit_promise, set_status
from ...workspace.session import DossierSession
from ..colleagues.names import register_names


class PromiseEditor(QWidget):
    """Edits the promise ``set_promise`` was given; shows a hint when there is none."""

    def __init__(
        self,
        session: DossierSession,
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._now = now
        self.promise_id: str | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("promiseText")
        self.owner_box = QComboBox()  # the register's names; typing a new one adds it on saving
        self.owner_box.setObjectName("promiseOwnerBox")
        self.owner_box.setEditable(True)
        self.owner_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_edit = self.owner_box.lineEdit()
        self.owner_edit.setObjectName("promiseOwner")
        self.work_box = QComboBox()
        self.work_box.setObjectName("promiseWork")
        self.due_known = QCheckBox()
        self.due_known.setObjectName("promiseDueKnown")
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("promiseDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        self.save_button = QPushButton()
        self.save_button.setObjectName("promiseSave")
        self.status_label = QLabel()
        self.status_label.setObjectName("promiseStatus")
        self.status_label.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("promiseDone")
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("promiseReopen")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("promiseReason")
        self.drop_button = QPushButton()
        self.drop_button.setObjectName("promiseDrop")
        self.updates_list = QListWidget()
        self.updates_list.setObjectName("promiseUpdates")
        self.update_edit = QLineEdit()
        self.update_edit.setObjectName("promiseUpdateText")
        self.update_button = QPushButton()
        self.update_button.setObjectName("promiseAddUpdate")
        self._build()
        self._connect()
        self.retranslate()
        self.set_promise(None)

    def _build(self) -> None:
        self.details_box = QGroupBox()
        form = QFormLayout(self.details_box)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_known)
        due_row.addWidget(self.due_edit, 1)
        self._form_labels = [QLabel() for _ in range(4)]
        form.addRow(self._form_labels[0], self.text_edit)
        form.addRow(self._form_labels[1], self.owner_box)
        form.addRow(self._form_labels[2], due_row)
        form.addRow(self._form_labels[3], self.work_box)
        form.addRow("", self.save_button)
        self.updates_box = QGroupBox()
        updates = QVBoxLayout(self.updates_box)
        updates.addWidget(self.updates_list, 1)
        update_row = QHBoxLayout()
        update_row.addWidget(self.update_edit, 1)
        update_row.addWidget(self.update_button)
        updates.addLayout(update_row)
        self.status_box = QGroupBox()
        status = QVBoxLayout(self.status_box)
        status.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        status.addLayout(buttons)
        drop_row = QHBoxLayout()
        drop_row.addWidget(self.reason_edit, 1)
        drop_row.addWidget(self.drop_button)
        status.addLayout(drop_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.details_box)
        layout.addWidget(self.updates_box, 1)
        layout.addWidget(self.status_box)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_details)
        self.text_edit.returnPressed.connect(self.save_details)
        self.owner_edit.returnPressed.connect(self.save_details)
        self.due_known.toggled.connect(self.due_edit.setEnabled)
        self.update_button.clicked.connect(self.add_update)
        self.update_edit.returnPressed.connect(self.add_update)
        self.update_edit.textChanged.connect(lambda text: self.update_button.setEnabled(bool(text.strip())))
        self.done_button.clicked.connect(lambda: self._status(PromiseStatus.DONE))
        self.reopen_button.clicked.connect(lambda: self._status(PromiseStatus.OPEN))
        self.drop_button.clicked.connect(self.drop)
        self.reason_edit.returnPressed.connect(self.drop)
        self.reason_edit.textChanged.connect(lambda _t: self._enable_drop())

    # -- edits ------------------------------------------------------------------------------

    def promise(self) -> Promise | None:
        if self.promise_id is None or self.promise_id not in self.session.document:
            return None
        return self.session.document.get(self.promise_id)

    def save_details(self) -> None:
        if self.promise() is None:
            return
        d = self.due_edit.date()
        due = date(d.year(), d.month(), d.day()) if self.due_known.isChecked() else None
        commands.run(
            self.session,
            edit_promise,
            self.promise_id,
            text=self.text_edit.text(),
            owner=self.owner_edit.text(),
            due=due,
            work_id=self.work_box.currentData(),
        )
        self.refresh()

    def add_update(self) -> None:
        text = self.update_edit.text()
        if self.promise() is not None and commands.run(
            self.session, add_update, self.promise_id, text, self._now()
        ):
            self.update_edit.clear()

    def drop(self) -> None:
        if self.promise() is not None and self.reason_edit.text().strip():
            commands.run(
                self.session, set_status, self.promise_id, PromiseStatus.DROPPED, self.reason_edit.text()
            )

    def _status(self, status: PromiseStatus) -> None:
        if self.promise() is not None:
            commands.run(self.session, set_status, self.promise_id, status)

    # -- view -------------------------------------------------------------------------------

    def set_promise(self, promise_id: str | None) -> None:
        self.promise_id = promise_id
        self.update_edit.clear()
        self.refresh()

    def refresh(self) -> None:
        """Show what the document holds for the promise (after an edit, an undo or a new choice)."""
        promise = self.promise()
        self.hint.setVisible(promise is None)
        for box in (self.details_box, self.updates_box, self.status_box):
            box.setVisible(promise is not None)
        if promise is None:
            return
        self.text_edit.setText(promise.text)
        self._fill_register(promise)
        self.owner_edit.setText(promise.owner or "")
        self.due_known.setChecked(promise.due is not None)
        self.due_edit.setEnabled(promise.due is not None)
        due = promise.due or self._now().date()
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.updates_list.clear()
        for update in sorted(promise.updates, key=lambda u: u.at, reverse=True):
            self.updates_list.addItem(f"{update.at:%d-%m-%Y}  {update.text}")
        self.update_button.setEnabled(bool(self.update_edit.text().strip()))
        self.status_label.setText(self.status_text(promise))
        self.done_button.setEnabled(promise.status != PromiseStatus.DONE)
        self.reopen_button.setEnabled(promise.status != PromiseStatus.OPEN)
        self.reason_edit.setText(promise.reason or "")
        self._enable_drop()

    def _fill_register(self, promise: Promise) -> None:
        """The register's names to pick the owner from, the planned works to join."""
        dossier = self.session.dossier
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        for entry in sorted(dossier.colleagues, key=lambda c: c.name.casefold()):
            self.owner_box.addItem(entry.name, entry.id)
            self.owner_box.setItemData(self.owner_box.count() - 1, described(dossier, entry), Qt.ItemDataRole.ToolTipRole)
        self.owner_box.blockSignals(False)
        register_names(self.owner_box, dossier.colleagues)
        self.work_box.clear()
        self.work_box.addItem("—", None)
        for work in dossier.planned_works:
            self.work_box.addItem(work.title, work.id)
        self.work_box.setCurrentIndex(max(0, self.work_box.findData(promise.work_id)))

    def status_text(self, promise: Promise) -> str:
        if promise.status == PromiseStatus.DONE:
            return self.tr("Done.")
        if promise.status == PromiseStatus.DROPPED:
            return self.tr("Dropped, because: %1").replace("%1", promise.reason or "")
        if is_overdue(promise, self._now().date()):
            return self.tr("Open, and late: it was due on %1.").replace("%1", f"{promise.due:%d-%m-%Y}")
        return self.tr("Open.")

    def _enable_drop(self) -> None:
        promise = self.promise()
        reason = self.reason_edit.text().strip()
        self.drop_button.setEnabled(
            promise is not None
            and bool(reason)
            and (promise.status != PromiseStatus.DROPPED or reason != (promise.reason or ""))
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Choose a promise in the list to edit it, add an update or close it."))
        self.details_box.setTitle(self.tr("The promise"))
        for label, text in zip(
            self._form_labels,
            (self.tr("&What"), self.tr("&Owner"), self.tr("D&ue"), self.tr("Planned wor&k")),
            strict=True,
        ):
            label.setText(text)
        self._form_labels[0].setBuddy(self.text_edit)
        self._form_labels[1].setBuddy(self.owner_edit)
        self._form_labels[2].setBuddy(self.due_known)
        self._form_labels[3].setBuddy(self.work_box)
        self.owner_edit.setPlaceholderText(self.tr("Department or colleague (a new name joins the register)"))
        self.due_known.setText(self.tr("known:"))
        self.save_button.setText(self.tr("&Save changes"))
        self.updates_box.setTitle(self.tr("What happened (newest first)"))
        self.update_edit.setPlaceholderText(self.tr("E.g. asked the traffic department"))
        self.update_edit.setAccessibleName(self.tr("New update"))
        self.update_button.setText(self.tr("Add upda&te"))
        self.status_box.setTitle(self.tr("Status"))
        self.done_button.setText(self.tr("Mark &done"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.reason_edit.setPlaceholderText(self.tr("Why it is dropped (required)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for dropping"))
        self.drop_button.setText(self.tr("Dro&p"))
        # a screen reader names each control as its label or its button says, without the mnemonic
        for widget, label in (
            (self.text_edit, self._form_labels[0]),
            (self.owner_box, self._form_labels[1]),
            (self.owner_edit, self._form_labels[1]),
            (self.due_edit, self._form_labels[2]),
            (self.work_box, self._form_labels[3]),
        ):
            widget.setAccessibleName(label.text().replace("&", ""))
        self.due_known.setAccessibleName(self.tr("Due date known"))
        self.updates_list.setAccessibleName(self.updates_box.title())
        for button in (
            self.save_button,
            self.update_button,
            self.done_button,
            self.reopen_button,
            self.drop_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        promise = self.promise()
        if promise is not None:
            self.status_label.setText(self.status_text(promise))

"""The themes strip: create, rename (F2), recolour, reorder (Alt+Up/Down) and delete themes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...domain.model import Theme
from ...workspace import capture, commands
from ...workspace.session import DossierSession
from .model import NOTE_MIME

Index = QModelIndex | QPersistentModelIndex
THEME_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ThemeListModel(QAbstractListModel):
    """The meeting's themes in order, then the "no theme yet" bucket; follows the session."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self.bucket_name = "No theme yet"
        self._gone = False
        self._ids = [t.id for t in self._themes()]
        self._unsubscribe = session.subscribe(self._changed)
        self.destroyed.connect(self._unsubscribe)

    def _themes(self) -> list[Theme]:
        if self.meeting_id not in self.session.document:
            return []
        return self.session.dossier.meeting(self.meeting_id).themes

    def theme_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, theme_id: str) -> int:
        """The row of a theme (-1 when it is not listed)."""
        return self._ids.index(theme_id) if theme_id in self._ids else -1

    def rowCount(self, parent: Index | None = None) -> int:
        if self._gone or parent is not None and parent.isValid():
            return 0
        return len(self._ids) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._gone or not 0 <= index.row() <= len(self._ids):
            return None
        theme_id = self.theme_id(index.row())
        # between beginRemoveRows and endRemoveRows the theme is already gone from the document
        if theme_id and theme_id not in self.session.document:
            return None
        theme = self.session.document.get(theme_id) if theme_id else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return theme.name if theme else self.bucket_name
        if role == Qt.ItemDataRole.ToolTipRole and theme and index.row() < 9:
            return f"Ctrl+{index.row() + 1}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(theme.color if theme else "#9e9e9e")
        if role == THEME_ID_ROLE:
            return theme_id or ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.theme_id(index.row()):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(NOTE_MIME) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Notes dropped on a theme (or on "no theme yet") move there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [
            i for i in bytes(data.data(NOTE_MIME).data()).decode().split("\n") if i in self.session.document
        ]
        commands.run(self.session, capture.move_notes_to_theme, ids, self.theme_id(parent.row()))
        return True

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        theme_id = self.theme_id(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or not theme_id:
            return False
        commands.run(self.session, capture.rename_theme, theme_id, str(value))
        return True

    def set_bucket_name(self, name: str) -> None:
        self.bucket_name = name
        bucket = self.index(len(self._ids))
        self.dataChanged.emit(bucket, bucket)

    def _changed(self, changed: list[Changed]) -> None:
        if not any(c.kind == Kind.THEME and c.parent_id == self.meeting_id for c in changed):
            return
        if self._gone:
            return
        if self.meeting_id not in self.session.document:
            # the views of a removed meeting are rebuilt, not revived
            self.beginResetModel()
            self._ids = []
            self._gone = True
            self.endResetModel()
            return
        new = [t.id for t in self._themes()]
        old = self._ids
        if new == old:
            self.dataChanged.emit(self.index(0), self.index(len(new)))
            return
        if len(new) == len(old) + 1 and new[:-1] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._ids = new
            self.endInsertRows()
        elif len(new) == len(old) - 1 and set(new) <= set(old):
            row = next(i for i, t in enumerate(old) if t not in new)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._ids = new
            self.endRemoveRows()
        else:
            # a reorder (or several themes at once): few rows, one layout change
            self.layoutAboutToBeChanged.emit()
            moved = {i: self._ids[i] for i in range(len(self._ids))}
            self._ids = new
            for persistent in self.persistentIndexList():
                old_id = moved.get(persistent.row())
                row = new.index(old_id) if old_id in new else (len(new) if old_id is None else -1)
                self.changePersistentIndex(persistent, self.index(row) if row >= 0 else QModelIndex())
            self.layoutChanged.emit()
        self.dataChanged.emit(self.index(0), self.index(len(new)))


class ThemeStrip(QWidget):
    """The list of themes with a name field for new ones; every action on the keyboard."""

    themeActivated = Signal(str)  # theme id, "" for no theme

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeStrip")
        self.session = session
        self.meeting_id = meeting_id
        self.model = ThemeListModel(session, meeting_id, self)
        self.title = QLabel()
        self.list = _ThemeListView(self)
        self.list.setObjectName("themeList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.name_input = QLineEdit()
        self.name_input.setObjectName("themeNameInput")
        self.name_input.returnPressed.connect(self._create)
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("themeColourButton")
        self.colour_button.clicked.connect(self.recolour_current)
        self.up_button = QPushButton("▲")
        self.up_button.setObjectName("themeUpButton")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("▼")
        self.down_button.setObjectName("themeDownButton")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("themeDeleteButton")
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.colour_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.name_input)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.activated.connect(lambda i: self.themeActivated.emit(i.data(THEME_ID_ROLE)))
        self.retranslate()

    def current_theme_id(self) -> str | None:
        return self.model.theme_id(self.list.currentIndex().row())

    def _create(self) -> None:
        theme_id = commands.create(self.session, capture.add_theme, self.meeting_id, self.name_input.text())
        if theme_id is not None:
            self.list.setCurrentIndex(self.model.index(self.model.row_of(theme_id)))
        self.name_input.clear()

    def recolour_current(self) -> None:
        """Give the current theme the next colour of the palette."""
        theme_id = self.current_theme_id()
        if theme_id:
            current = self.session.document.get(theme_id).color.lower()
            colours = list(capture.PALETTE)
            following = (
                colours[(colours.index(current) + 1) % len(colours)] if current in colours else colours[0]
            )
            commands.run(self.session, capture.recolour_theme, theme_id, following)

    def move_current(self, step: int) -> None:
        theme_id = self.current_theme_id()
        row = self.list.currentIndex().row()
        if theme_id and 0 <= row + step < self.model.rowCount() - 1:
            commands.run(self.session, capture.move_theme, theme_id, row + step)
            self.list.setCurrentIndex(self.model.index(row + step))

    def delete_current(self) -> None:
        theme_id = self.current_theme_id()
        if theme_id:
            commands.run(self.session, capture.delete_theme, theme_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Themes"))
        self.model.set_bucket_name(self.tr("No theme yet"))
        self.name_input.setPlaceholderText(self.tr("New theme, Enter"))
        self.name_input.setAccessibleName(self.tr("New theme name"))
        self.list.setAccessibleName(self.tr("Themes"))
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setAccessibleName(self.tr("Next colour for the theme"))
        self.up_button.setAccessibleName(self.tr("Move theme up (Alt+Up)"))
        self.down_button.setAccessibleName(self.tr("Move theme down (Alt+Down)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete theme"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _ThemeListView(QListView):
    def __init__(self, strip: ThemeStrip) -> None:
        super().__init__(strip)
        self._strip = strip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._strip.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self._strip.delete_current()
        else:
            super().keyPressEvent(event)

"""The first screen: recent dossiers, a new one, open one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartScreen(QWidget):
    """Recent dossiers and the three ways to begin."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._title = QLabel()
        self._title.setObjectName("startTitle")
        self._title.setStyleSheet("font-size: 28pt; font-weight: 600;")
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        self._recent_label = QLabel()
        self._no_recent = QLabel()
        self._no_recent.setObjectName("noRecentDossiers")
        self._no_recent.setWordWrap(True)
        self._no_recent.setStyleSheet("color: #555555; font-size: 12pt;")
        self._recent = QListWidget()
        self._recent.setObjectName("recentDossiers")
        self._recent.itemActivated.connect(self._activated)
        self._new = QPushButton()
        self._new.setObjectName("newDossierButton")
        self._new.clicked.connect(self.newRequested)
        self._open = QPushButton()
        self._open.setObjectName("openDossierButton")
        self._open.clicked.connect(self.openRequested)
        self._demo = QPushButton()
        self._demo.setObjectName("demoDossierButton")
        self._demo.clicked.connect(self.demoRequested)

        buttons = QHBoxLayout()
        for button in (self._new, self._open, self._demo):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(self._recent_label)
        column.addWidget(self._no_recent)
        column.addWidget(self._recent, 1)
        column.addStretch()
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.retranslate()

    def set_recent(self, files: list[Path]) -> None:
        self._recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self._recent.addItem(item)
        if files:
            self._recent.setCurrentRow(0)
        self._recent.setVisible(bool(files))
        self._no_recent.setVisible(not files)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText("Bricoleur Desk")
        self._subtitle.setText(
            self.tr(
                "Run a resident evening: note every concern where the room can see it, "
                "sketch over the map, and send the follow-up report."
            )
        )
        self._recent_label.setText(self.tr("Recent dossiers"))
        self._no_recent.setText(
            self.tr(
                "No dossier opened yet. Start a new one for your plan or neighbourhood, or open "
                "the demo: a temporary park on a vacant lot, with notes, promises and a sketch."
            )
        )
        self._new.setText(self.tr("New dossier…"))
        self._open.setText(self.tr("Open dossier…"))
        self._demo.setText(self.tr("Open the demo"))
        self._recent.setAccessibleName(self.tr("Recent dossiers"))
        self._new.setAccessibleName(self.tr("New dossier"))
        self._open.setAccessibleName(self.tr("Open dossier"))
        self._demo.setAccessibleName(self.tr("Open the demo dossier"))

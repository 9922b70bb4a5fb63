"""Dossier → Team archive… (Ctrl+Shift+A): made by the main window, one archive window at a time.

Works with or without an open dossier (pulling one needs none); the window asks the main window
for the open dossier's file, to close it before a push and to open a pulled file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from .window import DossierHost, TeamArchiveWindow

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Shift+A"  # A: archief, archive


class TeamArchiveCommands(QObject):
    """The menu command and the window it shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(window)
        self.action.setObjectName("actionTeamArchive")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        window.commands.file_menu.insertAction(window.commands.export_report, self.action)
        window.addAction(self.action)
        self.action.triggered.connect(lambda: self.show_window())
        # 'Close dossier' is enabled exactly when one is open: Push the open dossier follows it
        window.commands.close.changed.connect(self._dossier_changed)
        self.archive_window: TeamArchiveWindow | None = None
        self.retranslate()

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("TeamArchiveCommands", text)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Team arc&hive…"))
        self.action.setToolTip(
            self.tr("Every dossier of the municipality on the team's database: push, pull, promises, search")
        )

    def _host(self) -> DossierHost:
        w = self._window

        def open_file() -> Path | None:
            opened = w.opened
            return opened.path if opened is not None and not opened.read_only else None

        def folder() -> Path:
            last = w.settings.last_folder()
            return last if last is not None and last.is_dir() else Path.home()

        kept: dict[Path, str | None] = {}  # the evening on screen when a dossier was closed for a push

        def close() -> bool:
            opened, workspace = w.opened, w.workspace
            if opened is not None:
                kept[opened.path] = workspace.meeting_id if workspace is not None else None
            return w.close_dossier()

        def open_path(path: Path) -> bool:
            return w.open_path(path, kept.pop(path, None))

        return DossierHost(open_file, close, open_path, folder)

    def show_window(self) -> TeamArchiveWindow:
        """The archive window, raised; the connect dialog at once when not connected."""
        if self.archive_window is None:
            self.archive_window = TeamArchiveWindow(self._window.settings, self._host(), self._window)
            self.archive_window.finished.connect(self._closed)
        window = self.archive_window
        window.show()
        window.raise_()
        window.activateWindow()
        if window.team is None and not window.busy:
            window.ask_connection()
        return window

    def _dossier_changed(self) -> None:
        if self.archive_window is not None:
            self.archive_window.update_buttons()

    def _closed(self, _result: int) -> None:
        if self.archive_window is not None:
            self.archive_window.deleteLater()
            self.archive_window = None

"""Driving the team archive window as a user does: the menu, the connect dialog, waiting for the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.archive.window import TeamArchiveWindow
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings

from .cluster import Server

WAIT_MS = 20_000  # a push of the demo takes well under a second; a loaded machine is slower


def main_window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    window.open_exports = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def without_password(url: str, postgres: Server) -> str:
    return url.replace(f":{postgres.password}@", "@")


def connect(qtbot: QtBot, window: MainWindow, url: str, postgres: Server, password: str | None = None) -> TeamArchiveWindow:
    """Dossier → Team archive…, the address and password typed in the dialog, Connect; connected."""
    window.team_archive.action.trigger()
    archive = window.team_archive.archive_window
    assert archive is not None
    dialog = archive.connect_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.address_input.clear()
    qtbot.keyClicks(dialog.address_input, without_password(url, postgres))
    qtbot.keyClicks(dialog.password_input, postgres.password if password is None else password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait(qtbot, archive)
    return archive


def wait(qtbot: QtBot, archive: TeamArchiveWindow) -> None:
    """Until the worker thread has answered (the window says it is no longer busy)."""
    qtbot.waitUntil(lambda: not archive.busy, timeout=WAIT_MS)


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def select_row(qtbot: QtBot, table: QTableWidget, text: str, column: int = 0) -> None:
    """Click the row whose cell in ``column`` says ``text``."""
    row = cells(table, column).index(text)
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row

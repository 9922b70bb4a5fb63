"""What the main window does for promises: open the register, and say which ones are late at opening.

Kept out of main_window.py so that the window only connects it: one object per window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from ...domain.promises import overdue_promises
from ...workspace.session import DossierSession
from .register_dialog import PromisesRegister

NOTICE_MS = 30_000  # long enough to read at opening and reach for the register


class PromisesHook:
    """Owns the window's register (one at a time) and the late-promises notice."""

    def __init__(self, window: QMainWindow, today: Callable[[], date] = date.today) -> None:
        self.window = window
        self.today = today
        self.register: PromisesRegister | None = None

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("PromisesHook", text)

    def open_register(
        self, session: DossierSession, meeting_id: str | None, *, overdue: bool = False
    ) -> PromisesRegister:
        """Show the register (made once per dossier), on the late ones when ``overdue``."""
        if self.register is None or self.register.session is not session:
            self.close()
            self.register = PromisesRegister(session, meeting_id, self.window, today=self.today)
        self.register.meeting_id = meeting_id
        if overdue:
            self.register.show_overdue()
        self.register.refresh()
        self.register.show()
        self.register.raise_()
        self.register.activateWindow()
        return self.register

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
            self.register.deleteLater()
            self.register = None

    def overdue_notice(self, session: DossierSession, shortcut: str) -> str:
        """The status bar line naming how many open promises are past their due date ("" when none)."""
        late = len(overdue_promises(session.dossier, self.today()))
        if not late:
            return ""
        text = (
            self.tr("1 promise is late: past its due date and still open.")
            if late == 1
            else (
                self.tr("%1 promises are late: past their due date and still open.").replace("%1", str(late))
            )
        )
        text += " " + self.tr("See the promises register (%1).").replace("%1", shortcut)
        self.window.statusBar().showMessage(text, NOTICE_MS)
        return text

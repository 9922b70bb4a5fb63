"""What the main window does for promises: open the register, and say which ones are late at opening.

Kept out of main_window.py so that the window only connects it: one object per window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ...domain.promises import overdue_promises
from ...workspace.errors import ReportError
from ...workspace.letter import export_letter
from ...workspace.session import DossierSession
from ..errors import show_error
from ..messages import user_text
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

    def write_letter(
        self, session: DossierSession, dossier_file: Path, target: Path | None = None
    ) -> Path | None:
        """Ask where (unless ``target`` is given) and write the letter for residents; the path written."""
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Letter to residents"),
                str(dossier_file.with_name(self.tr("stand-van-zaken") + ".pdf")),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        scanning = getattr(self.window, "scanning", None)
        names = scanning.scanner if scanning is not None else None
        if scanning is not None and names is None:  # strangers' names would slip through: wait
            self.window.statusBar().showMessage(
                self.tr("The name scanner is still loading; write the letter again in a moment."), 8000
            )
            return None
        try:
            result = export_letter(
                session.dossier, target, today=self.today(), inputs=[dossier_file], names=names
            )
        except (ReportError, OSError) as error:
            text = user_text(error) if isinstance(error, ReportError) else str(error)
            show_error(self.window, self.tr("Cannot write the letter"), text)
            return None
        pages = (
            self.tr("1 page") if result.pages == 1 else self.tr("%1 pages").replace("%1", str(result.pages))
        )
        self.window.statusBar().showMessage(
            self.tr("Wrote the letter to residents: %1 (%2)")
            .replace("%1", str(result.path))
            .replace("%2", pages),
            NOTICE_MS,
        )
        return result.path

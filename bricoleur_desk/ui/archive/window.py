"""The team archive window: connect, push and pull, the promises dashboard, search, conflicts.

Not modal, beside the main window. Every database call runs off the interface thread
(``worker.Runner``): a busy bar and, where waiting can be given up, Cancel (or Esc). Whatever
goes wrong is one line at the bottom of the window, in the interface language. Keyboard first:
Tab reaches every control, Alt+letter the buttons and tabs, Ctrl+F the search, Enter searches,
F5 refreshes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...workspace import archive_access, archive_conflicts
from ...workspace.encryption import is_encrypted, remember_passphrase
from ...workspace.team_archive import (
    Connection,
    TeamArchive,
    came_encrypted,
    write_promises_csv,
)
from ..encryption import OpenCancelled, ask_passphrase
from ..messages import user_text
from ..settings import Settings
from .conflicts_tab import ConflictsTab, conflict_words
from .connect_dialog import ConnectDialog
from .pull_choice import ask_how_to_write
from .tabs import DossiersTab, PromisesTab, SearchTab
from .worker import Runner


class DossierHost:
    """What the window asks of the main window: the open dossier's file, closing it, opening one."""

    def __init__(
        self,
        open_file: Callable[[], Path | None],
        close: Callable[[], bool],
        open_path: Callable[[Path], bool],
        folder: Callable[[], Path],
    ) -> None:
        self.open_file, self.close, self.open_path, self.folder = open_file, close, open_path, folder


class TeamArchiveWindow(QDialog):
    """One window per main window; the connection lives as long as the window."""

    def __init__(self, settings: Settings, host: DossierHost, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("teamArchiveWindow")
        self.settings, self.host, self.today = settings, host, today
        self.team: TeamArchive | None = None
        self.connection: Connection | None = None
        self.connect_dialog: ConnectDialog | None = None
        self.runner = Runner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("archiveConnection")
        self.connection_label.setWordWrap(True)
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.security_label = QLabel()
        self.security_label.setObjectName("archiveSecurity")
        self.security_label.setWordWrap(True)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("archiveConnect")
        self.disconnect_button = QPushButton()
        self.disconnect_button.setObjectName("archiveDisconnect")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("archiveRefresh")
        top = QHBoxLayout()
        where = QVBoxLayout()
        where.addWidget(self.connection_label)
        where.addWidget(self.security_label)
        top.addLayout(where, 1)
        for button in (self.connect_button, self.disconnect_button, self.refresh_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        self.dossiers, self.promises, self.search = DossiersTab(), PromisesTab(), SearchTab()
        self.conflicts = ConflictsTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("archiveTabs")
        for tab in (self.dossiers, self.promises, self.search, self.conflicts):
            self.tabs.addTab(tab, "")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("archiveBusy")
        self.busy_bar.setRange(0, 0)  # how long the server takes is not known: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("archiveBusyText")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("archiveCancel")
        self.cancel_button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setObjectName("archiveMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.setObjectName("archiveClose")
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_bar)
        bottom.addWidget(self.busy_label)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._wire()
        self.retranslate()
        self._busy_changed(False)
        self.resize(1100, 640)

    def _wire(self) -> None:
        self.connect_button.clicked.connect(lambda: self.ask_connection())
        self.disconnect_button.clicked.connect(self.disconnect)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.dossiers.push_open_button.clicked.connect(lambda: self.push_open_dossier())
        self.dossiers.push_file_button.clicked.connect(lambda: self.push_file())
        self.dossiers.pull_button.clicked.connect(lambda: self.pull_selected())
        self.dossiers.table.doubleClicked.connect(lambda _i: self.pull_selected())
        self.promises.csv_button.clicked.connect(lambda: self.export_promises())
        self.search.searchRequested.connect(self.run_search)
        self.conflicts.keep_archive_button.clicked.connect(lambda: self.resolve("archive"))
        self.conflicts.keep_pushed_button.clicked.connect(lambda: self.resolve("pushed"))
        self.tabs.currentChanged.connect(self._tab_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, lambda: self.refresh())

    # the connection ------------------------------------------------------------------------
    def ask_connection(self) -> ConnectDialog:
        """The connect dialog (window-modal); Connect connects in the background."""
        address, user = self.settings.team_archive()
        dialog = ConnectDialog(address, user, self, keyring=archive_access.keyring_available())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._connect_from(dialog))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def _connect_from(self, dialog: ConnectDialog) -> None:
        address, user, password = dialog.values()
        remember = dialog.remember()
        dialog.password_input.clear()
        self.connect_to(address, user, password, remember=remember)

    def connect_to(self, address: str, user: str = "", password: str = "", *, remember: bool = False) -> None:
        """Connect (schema checked, made or migrated), then fetch the dossiers and the promises.

        No password typed: the one kept in the system keyring for this address and user, if
        any (dropped when the server refuses it). ``remember``: keep the typed one there."""
        self.disconnect()
        today = self.today()

        def work() -> tuple[TeamArchive, Connection, Any, Any]:
            team = archive_access.open_with_keyring(address, user, password, remember=remember)
            try:
                return team, team.connection(), team.dossiers(), team.promises(today)
            except BaseException:
                team.close()
                raise

        def done(answer: tuple[TeamArchive, Connection, Any, Any]) -> None:
            self.team, self.connection, listed, found = answer
            self.settings.set_team_archive(self.team.database, user)
            self.dossiers.show_dossiers(listed)
            self.promises.show_promises(found)
            self._show_connection()
            self.say(self.tr("Connected. Dossiers: %1, promises: %2.").replace("%1", str(len(listed))).replace("%2", str(len(found))))

        self._run(self.tr("Connecting…"), work, done)

    def disconnect(self) -> None:
        if self.team is not None:
            self.team.close()
        self.team, self.connection = None, None
        self.dossiers.show_dossiers([])
        self.promises.show_promises([])
        self.conflicts.show_conflicts([], {}, loaded=False)
        self._show_connection()

    def _show_connection(self) -> None:
        c = self.connection
        if c is None:
            self.connection_label.setText(self.tr("Not connected to a team archive."))
            self.security_label.setText("")
        else:
            self.connection_label.setText(
                self.tr("<b>%1</b> as %2 · server %3, PostgreSQL %4")
                .replace("%1", html.escape(c.database)).replace("%2", html.escape(c.user))
                .replace("%3", html.escape(c.server)).replace("%4", html.escape(c.version))
            )
            self.security_label.setText(
                self.tr("Connection encrypted (TLS, %1)").replace("%1", c.tls_version)
                if c.tls
                else self.tr("Connection NOT encrypted (no TLS): ask IT to turn TLS on, and add ?sslmode=require")
            )
        self.security_label.setVisible(c is not None)
        self._busy_changed(self.runner.busy)

    # the work ------------------------------------------------------------------------------
    def refresh(self, *, quiet: bool = False) -> None:
        """Fetch the dossiers and the promises again (and the conflicts, on that tab)."""
        team = self.team
        if team is None:
            return
        if self.tabs.currentWidget() is self.conflicts:
            self.load_conflicts()
            return
        today = self.today()

        def done(answer: tuple[Any, Any]) -> None:
            self.dossiers.show_dossiers(answer[0])
            self.promises.show_promises(answer[1])
            if not quiet:
                self.say(self.tr("Up to date. Dossiers: %1.").replace("%1", str(len(answer[0]))))

        self._run(self.tr("Fetching…"), lambda: (team.dossiers(), team.promises(today)), done, quiet=quiet)

    def push_open_dossier(self) -> None:
        """Close the open dossier (the push writes its new revision in the file), push it, open it again."""
        path = self.host.open_file()
        if path is None:
            self.say(self.tr("No dossier is open in the main window; use Push a file."))
            return
        if self.team is None or not self.host.close():
            return
        self._push(path, reopen=True)

    def push_file(self, path: Path | None = None) -> None:
        """Push a dossier file (asked for unless given); an encrypted one asks its passphrase first."""
        if self.team is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Push a dossier file"), str(self.host.folder()), self.tr("Bricoleur dossier (*.bricoleur)")
            )
            if not chosen:
                return
            path = Path(chosen)
        open_now = self.host.open_file()
        if open_now is not None and open_now.resolve() == path.resolve():
            self.push_open_dossier()
            return
        if is_encrypted(path):
            try:
                remember_passphrase(path, ask_passphrase(self, path))
            except OpenCancelled:
                return
        self._push(path, reopen=False)

    def _push(self, path: Path, *, reopen: bool) -> None:
        team = self.team
        assert team is not None

        def done(pushed: Any) -> None:
            if reopen:
                self.host.open_path(path)
            self.say(self._pushed_text(pushed))
            self.refresh(quiet=True)

        def failed(error: Exception) -> None:
            if reopen:
                self.host.open_path(path)
            self.show_problem(error)

        self._run(self.tr("Pushing %1…").replace("%1", path.name), lambda: team.push(path), done, failed, cancellable=False)

    def _pushed_text(self, pushed: Any) -> str:
        text = (
            self.tr("Pushed %1 as revision %2 (it replaced the archive's copy).")
            if pushed.replaced
            else self.tr("Pushed %1 as revision %2 (new in the archive).")
        ).replace("%1", pushed.title).replace("%2", str(pushed.revision))
        merged, conflicts, renumbered = archive_conflicts.push_outcome(pushed)
        if merged:
            text += " " + self.tr("Merged with a colleague's changes (%1).").replace("%1", str(merged))
        if renumbered:
            pairs = ", ".join(f"{old}→{new}" for old, new in renumbered)
            text += " " + self.tr("Notes renumbered: %1.").replace("%1", pairs)
        if conflicts:
            text += " " + self.tr("Conflicts to resolve on the Conflicts tab: %1.").replace("%1", str(conflicts))
        return text

    def pull_selected(
        self, out: Path | None = None, *, passphrase: str | None = None, plain: bool = False, ask_how: bool = True
    ) -> None:
        """Write the selected dossier as a new file (asked for unless given) and open it.

        A dossier that came from an encrypted file is written as ``passphrase`` or ``plain`` say,
        else (``ask_how``) as the user chooses.
        """
        chosen = self.dossiers.selected()
        team = self.team
        if team is None or self.runner.busy:
            return
        if chosen is None:
            self.say(self.tr("Select a dossier in the list first."))
            return
        if out is None:
            suggested = self.host.folder() / f"{chosen.title}.bricoleur"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Pull to a new file"), str(suggested), self.tr("Bricoleur dossier (*.bricoleur)")
            )
            if not name:
                return
            out = Path(name).with_suffix(".bricoleur")
        target = out

        def done(pulled: Any) -> None:
            if passphrase is not None:
                remember_passphrase(target, passphrase)
            self.say(self.tr("Pulled %1 (revision %2) into %3.").replace("%1", pulled.title)
                     .replace("%2", str(pulled.revision)).replace("%3", str(pulled.path)))
            self.host.open_path(target)

        def failed(error: Exception) -> None:
            if ask_how and isinstance(error, UserError) and came_encrypted(error):
                how = ask_how_to_write(self, target)
                if how is not None:
                    self.pull_selected(target, passphrase=how[0], plain=how[1], ask_how=False)
                return
            self.show_problem(error)

        work = lambda: team.pull(chosen.dossier_id, target, passphrase=passphrase, plain=plain)  # noqa: E731
        self._run(self.tr("Pulling %1…").replace("%1", chosen.title), work, done, failed, cancellable=False)

    def export_promises(self, out: Path | None = None) -> None:
        """The promises shown (as filtered) as CSV for Excel."""
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export promises"), str(self.host.folder() / self.tr("promises.csv")),
                self.tr("CSV files for Excel (*.csv)"),
            )
            if not name:
                return
            out = Path(name)
        try:
            count = write_promises_csv(self.promises.shown, out)
        except (UserError, OSError) as error:
            self.show_problem(error)
            return
        self.say(self.tr("Wrote %1 (%2 promises).").replace("%1", str(out)).replace("%2", str(count)))

    def run_search(self, words: str) -> None:
        team = self.team
        if team is None:
            self.say(self.tr("Connect to a team archive first."))
            return
        self._run(self.tr("Searching…"), lambda: team.search(words), lambda hits: self.search.show_hits(hits, words))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.words_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.words_input.selectAll()

    def load_conflicts(self, quiet: bool = False) -> None:
        """The conflicts waiting; ``quiet`` keeps the line that says what was just done."""
        team = self.team
        if team is None:
            return
        titles = {d.dossier_id: d.title for d in self.dossiers.listed}
        self._run(self.tr("Fetching the conflicts…"), lambda: archive_conflicts.list_conflicts(team),
                  lambda found: self.conflicts.show_conflicts(found, titles), quiet=quiet)

    def resolve(self, keep: archive_conflicts.Keep) -> None:
        chosen, team = self.conflicts.selected(), self.team
        if chosen is None or team is None:
            return

        def done(_none: None) -> None:
            self.say(self.tr("Resolved: %1.").replace("%1", conflict_words(chosen)))
            self.load_conflicts(quiet=True)

        self._run(self.tr("Resolving…"), lambda: archive_conflicts.resolve(team, chosen.id, keep), done, cancellable=False)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.conflicts and self.team is not None and not self.runner.busy:
            self.load_conflicts()

    # running and saying ----------------------------------------------------------------------
    def _run(self, what: str, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None] | None = None, *, cancellable: bool = True, quiet: bool = False) -> bool:
        if not quiet:
            self.message.clear()
        return self.runner.run(what, work, done, failed or self.show_problem, cancellable=cancellable)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def cancel(self) -> None:
        if self.runner.busy and self.runner.cancellable:
            self.runner.cancel()
            self.say(self.tr("Cancelled: the answer, when it comes, is left aside."))

    def say(self, text: str) -> None:
        self.message.setProperty("problem", False)
        self.message.setText(text)

    def show_problem(self, error: BaseException) -> None:
        """One line: the archive's own message in the interface language; never a traceback."""
        if isinstance(error, UserError | OSError):
            text = user_text(error) if isinstance(error, UserError) else str(error)
        else:
            text = self.tr("The team archive could not do this (%1); the log has the details.").replace(
                "%1", type(error).__name__
            )
        self.message.setProperty("problem", True)
        self.message.setText(text)

    def update_buttons(self) -> None:
        """Enable what can be done now (a dossier was opened or closed in the main window)."""
        self._busy_changed(self.runner.busy)

    def _busy_changed(self, busy: bool) -> None:
        connected = self.team is not None
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy_label.setText(self.runner.what if busy else "")
        self.cancel_button.setVisible(busy and self.runner.cancellable)
        self.connect_button.setEnabled(not busy)
        for widget in (
            self.disconnect_button,
            self.refresh_button,
            self.dossiers.push_open_button,
            self.dossiers.push_file_button,
            self.dossiers.pull_button,
            self.search.search_button,
            self.promises.csv_button,
        ):
            widget.setEnabled(connected and not busy)
        self.dossiers.push_open_button.setEnabled(connected and not busy and self.host.open_file() is not None)
        for button in (self.conflicts.keep_archive_button, self.conflicts.keep_pushed_button):
            button.setEnabled(connected and not busy and self.conflicts.selected() is not None)

    # window ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.runner.busy:
            self.cancel()  # Esc gives up waiting first; a second Esc closes the window
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing (Close, Esc, the title bar): wait for work still running, then close the connection."""
        self.runner.cancel()
        self.runner.wait()
        self.disconnect()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team archive"))
        self.connect_button.setText(self.tr("&Connect…"))
        self.disconnect_button.setText(self.tr("Disconnec&t"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch the current tab again from the archive (F5)"))
        self.tabs.setTabText(0, self.tr("&Dossiers"))
        self.tabs.setTabText(1, self.tr("&Promises"))
        self.tabs.setTabText(2, self.tr("&Search"))
        self.tabs.setTabText(3, self.tr("Con&flicts"))
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop waiting for the archive (Esc)"))
        self.close_button.setText(self.tr("Close"))
        for tab in (self.dossiers, self.promises, self.search, self.conflicts):
            tab.retranslate()
        self._show_connection()

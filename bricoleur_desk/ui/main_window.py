"""The main window: the start screen or one open dossier's meeting workspace."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from ..workspace import commands
from ..workspace.files import ensure_demo, first_folder, write_json
from ..workspace.meetings import next_meeting
from ..workspace.opened import OpenDossier
from .archive.commands import TeamArchiveCommands
from .colleagues.menu import ColleaguesCommands
from .dossier.commands import DossierCommands
from .encryption import DossierEncryption, OpenCancelled, ask_passphrase
from .errors import show_error
from .look import apply_look
from .main_actions import MainActions
from .meeting_workspace import MeetingWorkspace
from .messages import user_text
from .name_scanning import NameScanning
from .open_dossier_controller import OpenDossierController
from .people_menu import PeopleCommands
from .person_rights import PersonRights
from .promises.main_window_hook import PromisesHook
from .restore_backup import Restoring
from .save_indicator import SaveIndicator
from .settings import Settings
from .start_screen import StartScreen
from .translations import Translations

log = logging.getLogger(__name__)
NATIVE = QKeySequence.SequenceFormat.NativeText
MESSAGE_MS = 10_000  # long enough to read "Note 12 deleted (15 votes)" and reach for Ctrl+Z


class MainWindow(QMainWindow):
    """Thin shell: opens and closes dossiers, hosts the workspace, owns the window actions."""

    def __init__(
        self,
        settings: Settings,
        translations: Translations | None = None,
        scanning: NameScanning | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        # the name scanner, loaded in its thread once a dossier opens (app.py passes it; without
        # it the projector and the report check the dossier's people and patterns only)
        self.scanning = scanning
        # app.py passes the translators it installed; without them the window shows the source texts
        self.translations = translations if translations is not None else Translations()
        # the open dossier and its commit, retry and idle-checkpoint timing
        self.dossier = OpenDossierController(self)
        self._session_meeting: str | None = None  # the meeting kept in the settings for a restart
        self.open_exports = True  # show an exported PDF in the system viewer (tests turn it off)
        self.workspace: MeetingWorkspace | None = None
        # not "actions": that would hide QWidget.actions(), which Qt and tests call
        self.commands = MainActions(self)
        self.rights = PersonRights(self)  # export a person's data, erase a person, retention
        self.promises = PromisesHook(self)  # the register and the late-promises notice
        self.people = PeopleCommands(self)  # the people register and the sign-in sheet
        self.dossier_view = DossierCommands(self)  # the dossier overview and the report text
        self.colleagues = ColleaguesCommands(self)  # colleagues, planned works and the action list
        self.team_archive = TeamArchiveCommands(self)  # Dossier → Team archive…
        self.encryption = DossierEncryption(self)  # Dossier → Encrypt…
        self.restoring = Restoring(self)  # Dossier → Restore…: the rolling backups
        self.start = StartScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.saved_indicator = SaveIndicator()
        self._action_message = ""  # what the last action said; the next edit makes it stale
        self.dossier.historyChanged.connect(self._after_edit)
        self.dossier.saveProblem.connect(self._save_problem)
        self.dossier.editRefused.connect(self._edit_refused)
        self.statusBar().addPermanentWidget(self.saved_indicator)
        self._connect()
        self.commands.set_dossier_open(False)
        self._refresh_recent()
        self._check_language()
        geometry = settings.main_window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        self.retranslate()

    # opening and closing ----------------------------------------------------------------
    def open_path(self, path: Path, meeting_id: str | None = None) -> bool:
        """Open a dossier file; a problem is shown as one clear message and nothing is changed."""
        if not self.close_dossier():
            return False
        try:
            opened = self.dossier.open(path, ask=lambda p, problem: ask_passphrase(self, p, problem))
        except OpenCancelled:
            return False
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            if not path.exists():
                self.settings.remove_recent_file(path)
                self._refresh_recent()
            log.warning("could not open %s: %s", path, error)
            show_error(self, self.tr("Cannot open dossier"), user_text(error))
            return False
        self._show(opened, meeting_id)
        return True

    @property
    def opened(self) -> OpenDossier | None:
        return self.dossier.opened

    def _show(self, opened: OpenDossier, meeting_id: str | None) -> None:
        self.settings.add_recent_file(opened.path)
        self.settings.set_last_folder(opened.path.parent)
        self._refresh_recent()
        if self.scanning is not None:
            self.scanning.start()
        self.workspace = MeetingWorkspace(opened.session, self.settings, self.commands, self.scanning)
        self.workspace.message.connect(self._show_message)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_meeting(meeting_id)
        self.dossier.follow_history()  # after the views: the projector paints before the menus update
        self._session_meeting = self.workspace.meeting_id
        self.settings.set_open_session(opened.path, self._session_meeting)
        self.saved_indicator.watch(opened.session)
        self.commands.set_dossier_open(True)
        self._after_edit()
        self.retranslate()
        if opened.read_only:
            self._edit_refused()
        else:
            self.promises.overdue_notice(opened.session, self.commands.promises.shortcut().toString(NATIVE))
        self.rights.check_retention()  # past its retention date: offer export, then erasure

    def close_dossier(self) -> bool:
        """Close the open dossier; False when the facilitator chose to keep it open."""
        if self.opened is None:
            return True
        if not self._unsaved_changes_settled():
            return False
        if self.workspace is not None:
            self.workspace.shutdown()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.promises.close()
        self.colleagues.close()
        self.saved_indicator.watch(None)
        self.statusBar().clearMessage()
        self.dossier.close()
        self.settings.clear_open_session()
        self.stack.setCurrentWidget(self.start)
        self.commands.set_dossier_open(False)
        self.retranslate()
        return True

    def _unsaved_changes_settled(self) -> bool:
        """After failed saves: try once more, else offer a JSON copy so nothing is lost."""
        assert self.opened is not None
        if self.dossier.settle():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "The latest changes could not be saved in {0}. Save a copy as JSON so nothing is lost?"
            ).format(self.opened.path),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedChanges")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.export_json()
        return True

    def _save_problem(self, reason: str) -> None:
        """A full disk or a lost network share: the status bar says why until saving works again."""
        if reason:
            self.statusBar().showMessage(reason)
        else:
            self.statusBar().clearMessage()

    def _edit_refused(self) -> None:
        assert self.opened is not None
        self.statusBar().showMessage(
            self.tr("{0} is read-only (a locked medium or folder): changes are not possible. "
                    "Use Dossier → Save a copy as… to work on a copy.").format(self.opened.path.name)
        )

    def reopen_after_crash(self) -> bool:
        """At start: the dossier that was open when the app last stopped without closing, again."""
        last = self.settings.open_session()
        if last is None:
            return False
        path, meeting_id = last
        self.settings.clear_open_session()
        if not path.exists() or not self.open_path(path, meeting_id):
            return False
        self.statusBar().showMessage(
            self.tr(
                "Bricoleur Desk was not closed properly last time. {0} is open again where the room "
                "was; every change that was saved is there."
            ).format(path.name),
            30000,
        )
        return True

    def _show_message(self, text: str) -> None:
        """What an action did ("Note 12 deleted … Ctrl+Z brings it back"), until the next edit."""
        self._action_message = text
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _after_edit(self) -> None:
        if self._action_message and self.statusBar().currentMessage() == self._action_message:
            self.statusBar().clearMessage()  # an undo or another edit: it no longer holds
        self._action_message = ""
        if self.opened is None:
            return
        if self.workspace is not None and self.workspace.meeting_id != self._session_meeting:
            # the meeting the room is at, for a restart after a crash (written only when it changes)
            self._session_meeting = self.workspace.meeting_id
            self.settings.set_open_session(self.opened.path, self._session_meeting)
        history = self.opened.session.history
        self.commands.undo.setEnabled(history.can_undo())
        self.commands.redo.setEnabled(history.can_redo())
        undo_label, redo_label = history.undo_label(), history.redo_label()
        self.commands.undo.setToolTip(
            self.tr("Undo {0}").format(_step_name(undo_label)) if undo_label else ""
        )
        self.commands.redo.setToolTip(
            self.tr("Redo {0}").format(_step_name(redo_label)) if redo_label else ""
        )

    # commands ---------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.commands
        a.new.triggered.connect(self.new_dossier)
        a.open.triggered.connect(self.choose_and_open)
        a.demo.triggered.connect(self.open_demo)
        a.close.triggered.connect(self.close_dossier)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self.opened and self.opened.session.undo())
        a.redo.triggered.connect(lambda: self.opened and self.opened.session.redo())
        a.export_json.triggered.connect(self.export_json)
        a.save_copy.triggered.connect(self.save_copy)
        a.new_meeting.triggered.connect(self.add_meeting)
        a.import_reactions.triggered.connect(self.import_reactions)
        a.export_report.triggered.connect(lambda: self.export_report())
        a.house_style.triggered.connect(self.edit_house_style)
        a.promises.triggered.connect(self.open_promises)
        a.letter.triggered.connect(lambda: self.opened and self.promises.write_letter(self.opened.session, self.opened.path))
        a.about.triggered.connect(self._about)
        a.high_contrast.setChecked(self.settings.high_contrast())
        a.high_contrast.toggled.connect(self.set_high_contrast)
        for language, action in a.language_actions.items():
            action.triggered.connect(lambda _checked=False, lang=language: self.set_ui_language(lang))
        self.start.newRequested.connect(self.new_dossier)
        self.start.openRequested.connect(self.choose_and_open)
        self.start.demoRequested.connect(self.open_demo)
        self.start.recentChosen.connect(lambda path: self.open_path(path))

    def set_ui_language(self, language: str) -> None:
        """Switch the interface language at once (every widget retranslates) and remember it."""
        self.translations.apply(language)
        self.settings.set_ui_language(language)
        self._check_language()

    def set_high_contrast(self, on: bool) -> None:
        """View → High contrast: the whole app and the projector at once, remembered."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, on)
        self.settings.set_high_contrast(on)
        if self.workspace is not None and self.workspace.views is not None:
            self.workspace.views.projector.set_high_contrast(on)
        if self.commands.high_contrast.isChecked() != on:
            self.commands.high_contrast.setChecked(on)

    def _check_language(self) -> None:
        self.commands.language_actions[self.translations.language()].setChecked(True)

    def _dossier_filter(self) -> str:
        return self.tr("Bricoleur dossier (*.bricoleur)")

    def _folder(self) -> str:
        return str(first_folder(self.settings.last_folder()))

    def choose_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open dossier"), self._folder(), self._dossier_filter()
        )
        if name:
            self.open_path(Path(name))

    def new_dossier(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New dossier"), self.tr("Name of the plan or initiative:")
        )
        if not ok or not title.strip():
            return
        suggested = str(Path(self._folder()) / f"{title.strip()}.bricoleur")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save new dossier as"), suggested, self._dossier_filter()
        )
        if not name:
            return
        path = Path(name).with_suffix(".bricoleur")
        if not self.close_dossier():
            return
        try:
            opened = self.dossier.create(path, title.strip())
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not create %s: %s", path, error)
            show_error(self, self.tr("Cannot create dossier"), user_text(error))
            return
        self._show(opened, None)

    def open_demo(self) -> None:
        try:
            target = ensure_demo()
        except Exception as error:  # noqa: BLE001
            show_error(self, self.tr("Cannot write the demo"), user_text(error))
            return
        self.open_path(target)

    def export_json(self) -> None:
        if self.opened is None:
            return
        suggested = str(self.opened.path.with_suffix(".json"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as JSON"), suggested, "JSON (*.json)")
        if not name:
            return
        try:
            write_json(self.opened.session.dossier, Path(name))
        except Exception as error:  # noqa: BLE001
            show_error(self, self.tr("Cannot export"), user_text(error))
            return
        self.statusBar().showMessage(self.tr("Exported to {0}").format(name), 5000)

    def save_copy(self, target: Path | None = None) -> Path | None:
        """Dossier → Save a copy as…: complete (SQLite's backup API), also in the middle of the evening."""
        if self.opened is None:
            return None
        if target is None:
            suggested = self.opened.path.with_name(self.tr("{0} copy").format(self.opened.path.stem) + ".bricoleur")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy as"), str(suggested), self._dossier_filter()
            )
            if not name:
                return None
            target = Path(name).with_suffix(".bricoleur")
        try:
            self.dossier.save_copy(target)
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not save a copy as %s: %s", target, error)
            show_error(self, self.tr("Cannot save a copy"), user_text(error))
            return None
        self.statusBar().showMessage(self.tr("Saved a copy as {0}").format(target), 8000)
        return target

    def export_report(self) -> None:
        """The adviser's 'Export report…': audience, language and meeting, then the PDF."""
        if self.opened is None:
            return
        from .report_dialog import ReportDialog

        dialog = ReportDialog(
            self.opened.session,
            Path(self._folder()),
            self,
            open_viewer=self.open_exports,
            scanning=self.scanning,
            keeper=self.dossier.sketch_keeping.keeper if self.dossier.sketch_keeping is not None else None,
        )
        if self.workspace is not None and self.workspace.meeting_id is not None:
            index = dialog.meeting_box.findData(self.workspace.meeting_id)
            if index >= 0:
                dialog.meeting_box.setCurrentIndex(index)
        dialog.exported.connect(lambda path: self.settings.set_last_folder(path.parent))
        dialog.exec()

    def edit_house_style(self) -> None:
        if self.opened is None:
            return
        from .house_style_dialog import HouseStyleDialog

        HouseStyleDialog(self.opened.session, parent=self).exec()

    def open_promises(self) -> None:
        if self.opened is not None:
            meeting_id = self.workspace.meeting_id if self.workspace is not None else None
            self.promises.open_register(self.opened.session, meeting_id)

    def add_meeting(self) -> None:
        if self.opened is None or self.workspace is None:
            return
        self.workspace.show_meeting(commands.create(self.opened.session, next_meeting))

    def import_reactions(self) -> None:
        """Meeting → Import reactions…: a CSV or Excel file, previewed, then added as notes."""
        if self.opened is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import reactions"),
            self._folder(),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.import_reactions_from(Path(name))

    def import_reactions_from(self, path: Path) -> QDialog | None:
        """Read ``path`` and show the preview (window-modal); None when the file cannot be read."""
        if self.opened is None or self.workspace is None or self.workspace.meeting_id is None:
            return None
        from ..workspace.reaction_files import read_table
        from .import_reactions_dialog import ImportReactionsDialog

        try:
            table = read_table(path)
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not read reactions from %s: %s", path, error)
            show_error(self, self.tr("Cannot import reactions"), str(error))
            return None
        self.settings.set_last_folder(path.parent)
        dialog = ImportReactionsDialog(self.opened.session, self.workspace.meeting_id, table, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_message(dialog.result_message()))
        dialog.open()
        return dialog

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Bricoleur Desk"),
            self.tr("Bricoleur Desk {0}\nFor resident evenings and the follow-up.").format(__version__),
        )

    def _refresh_recent(self) -> None:
        files = self.settings.recent_files()
        self.start.set_recent(files)
        menu = self.commands.recent_menu
        menu.clear()
        for path in files:
            menu.addAction(path.stem, lambda p=path: self.open_path(p))
        menu.setEnabled(bool(files))

    # window -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_dossier()
        if self.scanning is not None:
            self.scanning.shutdown()
        self.settings.set_main_window_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.commands.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.people.retranslate()
        self.dossier_view.retranslate()
        self.colleagues.retranslate()
        self.team_archive.retranslate()
        if self.opened is None:
            self.setWindowTitle("Bricoleur Desk")
        elif self.opened.read_only:
            title = self.opened.session.dossier.title
            self.setWindowTitle(self.tr("{0} (read-only) — Bricoleur Desk").format(title))
        else:
            self.setWindowTitle(f"{self.opened.session.dossier.title} — Bricoleur Desk")
            self._after_edit()  # the undo and redo tooltips name their steps in the new language


def _step_name(label: str) -> str:
    """An undo step's name in the interface language (the use cases name it in English)."""
    return QCoreApplication.translate("UndoStep", label)

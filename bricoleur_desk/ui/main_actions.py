"""The main window's actions, menus and shortcuts, made in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class MainActions:
    """Every window-level command with its shortcut; texts set in retranslate()."""

    def __init__(self, window: QMainWindow) -> None:
        def make(name: str, *shortcuts: QKeySequence | str) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            if shortcuts:
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
            window.addAction(action)
            return action

        Key = QKeySequence.StandardKey
        self.new = make("actionNew", QKeySequence(Key.New))
        self.open = make("actionOpen", QKeySequence(Key.Open))
        self.demo = make("actionDemo")
        self.close = make("actionClose", QKeySequence(Key.Close))
        self.export_json = make("actionExportJson")
        self.save_copy = make("actionSaveCopy", "Ctrl+Shift+S")
        self.export_report = make("actionExportReport", "Ctrl+E")
        self.quit = make("actionQuit", "Ctrl+Q")
        self.undo = make("actionUndo", QKeySequence(Key.Undo))
        self.redo = make("actionRedo", "Ctrl+Shift+Z", "Ctrl+Y")
        self.audience = make("actionAudience", "F5")
        # B and W blank the projector when it has the keyboard; on the laptop the keys type
        self.projector_black = make("actionProjectorBlack", "Ctrl+B")
        self.projector_white = make("actionProjectorWhite", "Ctrl+Shift+B")
        # the sketch on the projector: the facilitator's view (checked) or the whole map
        self.projector_follow = make("actionProjectorFollow", "Shift+F5")
        self.projector_follow.setCheckable(True)
        self.projector_follow.setChecked(True)
        # in every phase, wherever the keyboard is: a presenter remote sends these keys
        self.projector_page_down = make("actionProjectorPageDown", "PgDown")
        self.projector_page_up = make("actionProjectorPageUp", "PgUp")
        self.new_meeting = make("actionNewMeeting")
        self.import_reactions = make("actionImportReactions")
        self.house_style = make("actionHouseStyle")
        self.restore = make("actionRestore")
        self.export_person = make("actionExportPerson")
        self.erase_person = make("actionErasePerson")
        self.retention = make("actionRetention")
        self.promises_wall = make("actionPromisesWall", "Ctrl+Shift+L")  # L: last time
        self.promises = make("actionPromises", "Ctrl+Shift+P")
        self.letter = make("actionLetter")
        self.encrypt = make("actionEncrypt")
        self.about = make("actionAbout")
        # black on white, black edges, a thicker focus ring; the projector follows
        self.high_contrast = make("actionHighContrast", "Ctrl+Shift+H")
        self.high_contrast.setCheckable(True)
        # each language named in itself, so it can be found whichever one is showing
        self.languages = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name, label in (("nl", "actionDutch", "&Nederlands"), ("en", "actionEnglish", "&English")):
            action = make(name)
            action.setText(label)
            action.setCheckable(True)
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.recent_menu = QMenu(window)
        self._build_menus(window)
        self.retranslate()

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new, self.open, self.demo):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.promises)
        self.file_menu.addAction(self.letter)
        for action in (self.export_report, self.export_json, self.save_copy, self.restore, self.house_style):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.export_person, self.erase_person, self.retention):  # residents' rights
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.encrypt)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close)
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.meeting_menu = bar.addMenu("")
        self.meeting_menu.addAction(self.new_meeting)
        self.meeting_menu.addAction(self.import_reactions)
        self.meeting_menu.addAction(self.audience)
        self.meeting_menu.addAction(self.projector_black)
        self.meeting_menu.addAction(self.projector_white)
        self.meeting_menu.addAction(self.projector_follow)
        self.meeting_menu.addAction(self.projector_page_down)
        self.meeting_menu.addAction(self.projector_page_up)
        self.meeting_menu.addAction(self.promises_wall)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.high_contrast)
        self.help_menu = bar.addMenu("")
        self.language_menu = self.help_menu.addMenu("&Taal / Language")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(self.languages.actions())
        self.help_menu.addAction(self.about)

    def set_dossier_open(self, is_open: bool) -> None:
        for action in (
            self.close,
            self.export_json,
            self.save_copy,
            self.restore,
            self.export_report,
            self.audience,
            self.projector_black,
            self.projector_white,
            self.projector_follow,
            self.projector_page_down,
            self.projector_page_up,
            self.new_meeting,
            self.import_reactions,
            self.house_style,
            self.export_person,
            self.erase_person,
            self.retention,
            self.promises_wall,
            self.promises,
            self.letter,
            self.encrypt,
        ):
            action.setEnabled(is_open)
        if not is_open:
            self.undo.setEnabled(False)
            self.redo.setEnabled(False)

    def tr(self, text: str) -> str:
        """``text`` in the interface language (Linguist context "MainActions")."""
        return QCoreApplication.translate("MainActions", text)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Dossier"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.meeting_menu.setTitle(self.tr("&Meeting"))
        self.view_menu.setTitle(self.tr("Vie&w"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Recent dossiers"))
        self.new.setText(self.tr("&New dossier…"))
        self.open.setText(self.tr("&Open dossier…"))
        self.demo.setText(self.tr("Open the &demo"))
        self.close.setText(self.tr("&Close dossier"))
        self.export_json.setText(self.tr("Export as &JSON…"))
        self.save_copy.setText(self.tr("Save a copy &as…"))
        self.save_copy.setToolTip(
            self.tr("A complete copy of the dossier as it is now, safe to make while the evening goes on")
        )
        self.restore.setText(self.tr("Restore from a &backup…"))
        self.restore.setToolTip(self.tr("Put back one of the backups made during the evenings"))
        self.export_report.setText(self.tr("Export &report…"))
        self.house_style.setText(self.tr("House &style…"))
        self.export_person.setText(self.tr("E&xport a person's data…"))
        self.erase_person.setText(self.tr("&Erase a person…"))
        self.retention.setText(self.tr("Re&tention date…"))
        self.promises.setText(self.tr("&Promises register…"))
        self.letter.setText(self.tr("&Letter to residents…"))
        self.letter.setToolTip(self.tr("Where things stand between evenings: what was promised and what happened"))
        self.encrypt.setText(self.tr("Encr&ypt…"))
        self.quit.setText(self.tr("&Quit"))
        self.undo.setText(self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.audience.setText(self.tr("Show on &projector"))
        self.projector_black.setText(self.tr("Projector &black"))
        self.projector_white.setText(self.tr("Projector &white"))
        self.projector_follow.setText(self.tr("Sketch on the projector &follows my view"))
        self.projector_follow.setToolTip(
            self.tr("Off: the projector shows the whole map, whatever you zoom to on the laptop")
        )
        self.projector_page_down.setText(self.tr("Projector: ne&xt page"))
        self.projector_page_up.setText(self.tr("Projector: pre&vious page"))
        self.promises_wall.setText(self.tr("Projector: promised &last time"))
        self.promises_wall.setToolTip(
            self.tr("Show the room what became of the earlier evenings' promises (again to go back)")
        )
        self.new_meeting.setText(self.tr("&New meeting"))
        self.import_reactions.setText(self.tr("&Import reactions…"))
        self.import_reactions.setToolTip(
            self.tr("Add written reactions from a CSV or Excel file as notes of this meeting")
        )
        self.about.setText(self.tr("&About Bricoleur Desk"))
        self.high_contrast.setText(self.tr("&High contrast"))
        self.high_contrast.setToolTip(
            self.tr("Black on white with strong edges and focus, on this screen and the projector")
        )

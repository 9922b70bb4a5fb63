"""Export report…: choose meeting, audience and language, review personal data and sheets, export.

The export runs through the workspace use case (temp file, then rename). Opening the PDF in
the system viewer happens only when the dialog was built with ``open_viewer=True`` (tests never
open viewers).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..workspace import commands
from ..workspace.privacy import masked
from ..workspace.report_keeping import SketchKeeper
from ..workspace.reporting import (
    PrivacyHit,
    ReportError,
    ReportResult,
    export_promises_csv,
    export_report,
    redact_in_dossier,
)
from ..workspace.session import DossierSession
from .messages import user_text
from .municipality_prompt import MunicipalityQuestion
from .name_scanning import NameScanning
from .report_privacy import PrivacyReview
from .report_sheets import SheetChoice

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))
# the tagged PDF for residents and the website; Word for the adviser to finish the text
REPORT_FILTERS = "PDF (*.pdf);;Word (*.docx)"


def with_report_suffix(name: str, chosen_filter: str) -> str:
    """``name`` ending in .pdf or .docx: as typed, else as the chosen file type says."""
    if name.lower().endswith((".pdf", ".docx")):
        return name
    return name + (".docx" if "docx" in chosen_filter else ".pdf")


def suggested_name(title: str, day: str) -> str:
    """A file name from the meeting: 'Verslag 2026-11-24 Tweede bewonersavond.pdf'."""
    clean = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip()
    clean = " ".join(clean.split())[:60] or "bewonersavond"
    return f"Verslag {day} {clean}.pdf"


class ReportDialog(QDialog):
    """The adviser's export dialog for the follow-up report."""

    exported = Signal(Path)

    def __init__(
        self,
        session: DossierSession,
        folder: Path,
        parent: QWidget | None = None,
        *,
        open_viewer: bool = True,
        scanning: NameScanning | None = None,
        keeper: SketchKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self._keeper = keeper  # the sketches kept in the open dossier (None: made anew)
        self.setObjectName("reportDialog")
        self._session = session
        self._folder = folder
        self._open_viewer = open_viewer
        self._scanning = scanning
        self._hint = ""  # the status line's "confirm the sheets" while it is shown
        self.last_result: ReportResult | None = None
        self.last_sketch_store: object = None  # the report's SketchStore (what it took and made)
        self.municipality_question = MunicipalityQuestion(session, self)  # at the first export

        self.meeting_box = QComboBox()
        self.meeting_box.setObjectName("reportMeeting")
        for meeting in sorted(session.dossier.meetings, key=lambda m: m.starts_at, reverse=True):
            self.meeting_box.addItem(f"{meeting.starts_at:%d-%m-%Y} · {meeting.title}", meeting.id)
        self.public_radio = QRadioButton()
        self.public_radio.setObjectName("reportPublic")
        self.internal_radio = QRadioButton()
        self.internal_radio.setObjectName("reportInternal")
        self.public_radio.setChecked(True)
        self._audience = QButtonGroup(self)
        self._audience.addButton(self.public_radio)
        self._audience.addButton(self.internal_radio)
        self.language_box = QComboBox()
        self.language_box.setObjectName("reportLanguage")
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("reportPath")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("reportBrowse")
        self.open_check = QCheckBox()
        self.open_check.setObjectName("reportOpenAfter")
        self.open_check.setChecked(True)
        # the plan's description, history, earlier evenings and stakeholders: the adviser chooses
        self.background_check = QCheckBox()
        self.background_check.setObjectName("reportBackground")

        # every hit with its context, masked unless kept; the sheets that go in, confirmed
        self.privacy_box = PrivacyReview(session, scanning)
        self.privacy_label = self.privacy_box.label
        self.hit_list = self.privacy_box.hit_list
        self.redact_button = self.privacy_box.redact_button
        self.sheets_box = SheetChoice()

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("reportExport")
        self.export_button.setDefault(True)
        self.csv_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setObjectName("reportCsv")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("reportClose")

        form = QFormLayout()
        self._meeting_label, self._audience_label = QLabel(), QLabel()
        self._language_label, self._file_label = QLabel(), QLabel()
        audience_row = QHBoxLayout()
        audience_row.addWidget(self.public_radio)
        audience_row.addWidget(self.internal_radio)
        audience_row.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self._meeting_label, self.meeting_box)
        form.addRow(self._audience_label, audience_row)
        form.addRow(self._language_label, self.language_box)
        form.addRow(self._file_label, file_row)
        form.addRow("", self.background_check)
        form.addRow("", self.open_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy_box, 3)
        layout.addWidget(self.sheets_box, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        # Enter exports, wherever the keyboard is: the other buttons are never the default (Qt
        # made the first of them default on showing, and Enter in the file field did nothing)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.export_button)

        self.meeting_box.currentIndexChanged.connect(self._meeting_changed)
        self.public_radio.toggled.connect(self._refresh_privacy)
        self.background_check.toggled.connect(self._refresh_privacy)
        self.privacy_box.changed.connect(self._follow_review)
        self.privacy_box.changed.connect(self._suggest_path)
        self.sheets_box.changed.connect(self._follow_review)
        self.browse_button.clicked.connect(self._browse)
        self.redact_button.clicked.connect(self.redact_all)
        self.export_button.clicked.connect(self.export)
        self.csv_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.reject)
        self._unsubscribe = session.subscribe(lambda changed: self._refresh_privacy())
        self.finished.connect(lambda _: self._unsubscribe())

        self._suggested = ""  # the path last suggested: it follows the scan until the adviser changes it
        self.retranslate()
        self._meeting_changed()
        self.resize(760, 720)

    # --- state ------------------------------------------------------------------------------

    def meeting_id(self) -> str | None:
        return self.meeting_box.currentData()

    def audience(self) -> str:
        return "public" if self.public_radio.isChecked() else "internal"

    def language(self) -> str:
        return self.language_box.currentData()

    def output_path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def hits(self) -> list[PrivacyHit]:
        return self.privacy_box.hits()

    def kept_hits(self) -> list[PrivacyHit]:
        """The hits the adviser ticked to keep in the public report."""
        return self.privacy_box.kept_hits()

    def ready_to_export(self) -> bool:
        """Public: the scan has gone over every text (or cannot) and the sheets are confirmed."""
        if self.audience() != "public":
            return True
        return not self.privacy_box.scanning_now and self.sheets_box.confirmed()

    # --- actions ----------------------------------------------------------------------------

    def redact_all(self) -> None:
        """Replace every listed hit not kept in the dossier itself, as one undoable step."""
        hits = self.privacy_box.masked_hits()
        if not hits:
            return
        commands.run(self._session, redact_in_dossier, hits, self.language())
        self._refresh_privacy()

    def export(self) -> ReportResult | None:
        """Write the PDF; shows the outcome in the dialog and opens the viewer when allowed."""
        out = self.output_path()
        if not self.path_edit.text().strip():
            self._show_status(self.tr("Choose where to save the report."), error=True)
            return None
        if not self.ready_to_export():
            self._show_status(self._not_ready(), error=True)
            return None
        public = self.audience() == "public"
        scanner = self._scanning.scanner if self._scanning is not None else None
        self.municipality_question.ask_once()
        self._set_busy(True)
        store = self._keeper.report_store() if self._keeper is not None else None
        try:
            result = export_report(
                self._session.dossier,
                out,
                meeting_id=self.meeting_id(),
                audience=self.audience(),
                lang=self.language(),
                progress=self._progress,
                sheets=self.sheets_box.chosen_sheet_ids(),
                names=scanner,
                kept=self.kept_hits() if public else (),
                background=self.background_check.isChecked(),
                sketch_store=store,
            )
        except ReportError as error:
            self._show_status(self.tr("The report was not saved: {0}").format(user_text(error)), error=True)
            return None
        finally:
            self._set_busy(False)
        self.last_sketch_store = store  # what the report took from the dossier and made (tests)
        if self._keeper is not None:
            self._keeper.keep_report(store)  # what the background had not made yet
        self.last_result = result
        if result.pages:
            self._show_status(self.tr("Saved {0} ({1} pages).").format(out.name, result.pages))
        else:  # a Word document: Word lays out the pages
            self._show_status(self.tr("Saved {0}.").format(out.name))
        self.exported.emit(out)
        if self._open_viewer and self.open_check.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return result

    def export_csv(self) -> Path | None:
        """The promises as CSV next to the report, for the municipality's case system."""
        out = self.output_path().with_name(self.output_path().stem + " - toezeggingen.csv")
        try:
            export_promises_csv(self._session.dossier, out)
        except ReportError as error:
            self._show_status(self.tr("The promises were not saved: {0}").format(user_text(error)), error=True)
            return None
        self._show_status(self.tr("Saved the promises as {0}.").format(out.name))
        return out

    # --- helpers ----------------------------------------------------------------------------

    def _meeting_changed(self) -> None:
        self._suggested = ""  # a new meeting: its own file name, whatever was typed before
        self._suggest_path()
        self._refresh_privacy()

    def _suggest_path(self) -> None:
        """The file name from the meeting's title; for the public, with the title's personal data masked.

        The file name travels with the report to every resident: "Verslag … meneer Bakker.pdf"
        would say what the report itself masks. Follows the scan (and the audience) until the
        adviser types or browses a name of their own.
        """
        meeting_id = self.meeting_id()
        if meeting_id is None or (self._suggested and self.path_edit.text() != self._suggested):
            return
        meeting = self._session.dossier.meeting(meeting_id)
        title = meeting.title
        if self.audience() == "public":
            spans = [(h.start, h.end, h.kind, h.person_id) for h in self.privacy_box.masked_hits()
                     if h.object_id == meeting_id and h.field == "title" and title[h.start : h.end] == h.text]  # fmt: skip
            title = masked(title, spans, self.language())
        self._suggested = str(self._folder / suggested_name(title, f"{meeting.starts_at:%Y-%m-%d}"))
        self.path_edit.setText(self._suggested)

    def _refresh_privacy(self) -> None:
        """Scan again and list the sheets again (the meeting, the audience or the dossier changed)."""
        meeting_id = self.meeting_id()
        public = self.audience() == "public"
        self.privacy_box.show_meeting(meeting_id, public, self.background_check.isChecked())
        meeting = self._session.dossier.meeting(meeting_id) if meeting_id is not None else None
        self.sheets_box.show_meeting(meeting, public)

    def _follow_review(self) -> None:
        ready = self.ready_to_export()
        self.export_button.setEnabled(ready and not self.progress.isVisible())
        hint = "" if ready else self._not_ready()
        self.export_button.setToolTip(hint)
        # what still stands between the adviser and the export, under the lists
        if hint or self.status_label.text() == self._hint:
            self._show_status(hint)
        self._hint = hint

    def _not_ready(self) -> str:
        if self.privacy_box.scanning_now:
            return self.tr("Wait until every text has been scanned for names.")
        return self.tr("Look at the ticked sketch sheets and confirm they show no personal data.")

    def _browse(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), self.path_edit.text(), REPORT_FILTERS
        )
        if name:
            self.path_edit.setText(with_report_suffix(name, chosen))

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))
        QApplication.processEvents()  # keep the bar moving on a big report

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.export_button, self.csv_button, self.close_button, self.redact_button):
            widget.setEnabled(not busy)
        if not busy:
            self.redact_button.setEnabled(bool(self.privacy_box.masked_hits()))
            self._follow_review()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")

    # --- text -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        self._meeting_label.setText(self.tr("&Meeting:"))
        self._meeting_label.setBuddy(self.meeting_box)
        self._audience_label.setText(self.tr("Audience:"))
        self._language_label.setText(self.tr("&Language of the report:"))
        self._language_label.setBuddy(self.language_box)
        self._file_label.setText(self.tr("&File:"))
        self._file_label.setBuddy(self.path_edit)
        self.public_radio.setText(self.tr("&Public (residents): no names or contact details"))
        self.internal_radio.setText(self.tr("&Internal: with contacts and internal remarks"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.open_check.setText(self.tr("&Open the PDF when it is saved"))
        self.background_check.setText(
            self.tr("Add the plan's bac&kground: description, history, earlier evenings, stakeholders")
        )
        self.export_button.setText(self.tr("&Export"))
        self.csv_button.setText(self.tr("Promises as &CSV"))
        self.close_button.setText(self.tr("Close"))
        for widget, name in (
            (self.meeting_box, self.tr("Meeting")),
            (self.public_radio, self.tr("Public report")),
            (self.internal_radio, self.tr("Internal report")),
            (self.language_box, self.tr("Language of the report")),
            (self.path_edit, self.tr("File to save the report to")),
            (self.browse_button, self.tr("Choose the file")),
            (self.open_check, self.tr("Open the PDF when saved")),
            (self.background_check, self.tr("Add the plan's background to the report")),
            (self.progress, self.tr("Export progress")),
            (self.status_label, self.tr("Export status")),
            (self.export_button, self.tr("Export the report")),
            (self.csv_button, self.tr("Save the promises as CSV")),
            (self.close_button, self.tr("Close")),
        ):
            widget.setAccessibleName(name)
        self._refresh_privacy()

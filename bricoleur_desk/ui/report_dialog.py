"""Export report…: choose meeting, audience and language, see personal data, redact, export.

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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..workspace import commands
from ..workspace.reporting import (
    PrivacyHit,
    ReportError,
    ReportResult,
    export_promises_csv,
    export_report,
    find_personal_data,
    redact_in_dossier,
)
from ..workspace.session import DossierSession
from .messages import user_text
from .municipality_prompt import MunicipalityQuestion

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self._session = session
        self._folder = folder
        self._open_viewer = open_viewer
        self._hits: list[PrivacyHit] = []
        self.last_result: ReportResult | None = None
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

        self.privacy_box = QGroupBox()
        self.privacy_box.setObjectName("reportPrivacy")
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("reportPrivacyLabel")
        self.privacy_label.setWordWrap(True)
        self.hit_list = QListWidget()
        self.hit_list.setObjectName("reportPrivacyHits")
        self.redact_button = QPushButton()
        self.redact_button.setObjectName("reportRedact")
        privacy_layout = QVBoxLayout(self.privacy_box)
        privacy_layout.addWidget(self.privacy_label)
        # the list takes the room when there are hits; otherwise the message stays at the top
        privacy_layout.addWidget(self.hit_list, 100)
        privacy_layout.addStretch(1)
        privacy_layout.addWidget(self.redact_button)

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
        form.addRow("", self.open_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy_box, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.meeting_box.currentIndexChanged.connect(self._meeting_changed)
        self.public_radio.toggled.connect(self._refresh_privacy)
        self.browse_button.clicked.connect(self._browse)
        self.redact_button.clicked.connect(self.redact_all)
        self.export_button.clicked.connect(self.export)
        self.csv_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.reject)
        self._unsubscribe = session.subscribe(lambda changed: self._refresh_privacy())
        self.finished.connect(lambda _: self._unsubscribe())

        self.retranslate()
        self._meeting_changed()
        self.resize(620, 560)

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
        return list(self._hits)

    # --- actions ----------------------------------------------------------------------------

    def redact_all(self) -> None:
        """Replace every listed hit in the dossier itself, as one undoable step."""
        if not self._hits:
            return
        commands.run(self._session, redact_in_dossier, self._hits, self.language())
        self._refresh_privacy()

    def export(self) -> ReportResult | None:
        """Write the PDF; shows the outcome in the dialog and opens the viewer when allowed."""
        out = self.output_path()
        if not self.path_edit.text().strip():
            self._show_status(self.tr("Choose where to save the report."), error=True)
            return None
        self.municipality_question.ask_once()
        self._set_busy(True)
        try:
            result = export_report(
                self._session.dossier,
                out,
                meeting_id=self.meeting_id(),
                audience=self.audience(),
                lang=self.language(),
                progress=self._progress,
            )
        except ReportError as error:
            self._show_status(self.tr("The report was not saved: {0}").format(user_text(error)), error=True)
            return None
        finally:
            self._set_busy(False)
        self.last_result = result
        self._show_status(self.tr("Saved {0} ({1} pages).").format(out.name, result.pages))
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
        meeting_id = self.meeting_id()
        if meeting_id is not None:
            meeting = self._session.dossier.meeting(meeting_id)
            name = suggested_name(meeting.title, f"{meeting.starts_at:%Y-%m-%d}")
            self.path_edit.setText(str(self._folder / name))
        self._refresh_privacy()

    def _refresh_privacy(self) -> None:
        if self.meeting_id() is None:
            self._hits = []
        else:
            self._hits = find_personal_data(self._session.dossier, self.meeting_id())
        self.hit_list.clear()
        for hit in self._hits:
            item = QListWidgetItem(f"{hit.where}: “{hit.text}”")
            item.setToolTip(hit.kind)
            self.hit_list.addItem(item)
        public = self.audience() == "public"
        self.redact_button.setEnabled(bool(self._hits))
        self.hit_list.setVisible(bool(self._hits))
        if not self._hits:
            self.privacy_label.setText(self.tr("No names, emails or phone numbers of participants found."))
        elif public:
            self.privacy_label.setText(
                self.tr(
                    "Personal data found in {0} place(s). The public report replaces them by [naam], "
                    "[e-mail] or [telefoon]; you can also redact them in the dossier itself."
                ).format(len(self._hits))
            )
        else:
            self.privacy_label.setText(
                self.tr("Personal data found in {0} place(s). The internal report shows them.").format(
                    len(self._hits)
                )
            )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), self.path_edit.text(), "PDF (*.pdf)"
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))
        QApplication.processEvents()  # keep the bar moving on a big report

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.export_button, self.csv_button, self.close_button, self.redact_button):
            widget.setEnabled(not busy)
        if not busy:
            self.redact_button.setEnabled(bool(self._hits))

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
        self.privacy_box.setTitle(self.tr("Personal data"))
        self.redact_button.setText(self.tr("&Redact in the dossier"))
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
            (self.hit_list, self.tr("Places where personal data was found")),
            (self.redact_button, self.tr("Redact personal data in the dossier")),
            (self.progress, self.tr("Export progress")),
            (self.status_label, self.tr("Export status")),
            (self.export_button, self.tr("Export the report")),
            (self.csv_button, self.tr("Save the promises as CSV")),
            (self.close_button, self.tr("Close")),
        ):
            widget.setAccessibleName(name)
        self._refresh_privacy()

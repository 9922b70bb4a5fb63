"""At the first export of a dossier without a municipality name: ask for it, once, skippable.

The report prints no stand-in for a missing name (a bare "Gemeente" reads as the name itself),
so the adviser is asked the first time a report is exported. The answer goes into the house
style as one undoable edit, saved with the dossier; skipping leaves the name out of the report
and is not asked again while the export dialog stays open (the House style dialog sets it later).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..workspace import commands
from ..workspace.reporting import set_municipality
from ..workspace.session import DossierSession


class MunicipalityNameDialog(QDialog):
    """One line for the municipality's name; "Skip" leaves it empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityNameDialog")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("municipalityName")
        self.explanation.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("municipalityUse")
        self.use_button.setDefault(True)
        self.skip_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("municipalitySkip")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._enable)
        self.retranslate()
        self._enable()
        self.resize(460, self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _enable(self) -> None:
        self.use_button.setEnabled(bool(self.name()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Municipality name"))
        self.explanation.setText(
            self.tr(
                "Which municipality is this report from? Its &name goes on the cover and at the top of"
                " every page. Skip to leave it out; you can set it later under House style."
            )
        )
        self.name_edit.setPlaceholderText(self.tr("e.g. Gemeente Lindeveen"))
        self.name_edit.setAccessibleName(self.tr("Municipality name"))
        self.use_button.setText(self.tr("&Use this name"))
        self.skip_button.setText(self.tr("&Skip"))


class MunicipalityQuestion:
    """Asks for the name at most once (per export dialog), and only while the dossier has none."""

    def __init__(self, session: DossierSession, parent: QWidget | None = None) -> None:
        self._session = session
        self._parent = parent
        self.asked = False

    def ask_once(self) -> None:
        """Before an export: ask when no name is set and it was not asked yet; store what is given."""
        session = self._session
        if self.asked or session.read_only or (session.dossier.house_style.municipality or "").strip():
            return  # a read-only dossier could not keep the answer
        self.asked = True
        dialog = MunicipalityNameDialog(self._parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name():
                commands.run(self._session, set_municipality, dialog.name())
        finally:
            dialog.deleteLater()

"""The municipality's house style for reports: name, logo, accent colour, contact line.

OK applies one undoable edit to the dossier (``house_style``); nothing changes before that.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import HouseStyle
from ..workspace import commands
from ..workspace.reporting import set_house_style
from ..workspace.session import DossierSession

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class HouseStyleDialog(QDialog):
    """Edit the dossier's house style; the report uses it for cover, header and colours."""

    def __init__(self, session: DossierSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseStyleDialog")
        self._session = session
        style = session.dossier.house_style
        self._logo: bytes | None = style.logo_png
        self.municipality_edit = QLineEdit(style.municipality or "")
        self.municipality_edit.setObjectName("houseMunicipality")
        self.contact_edit = QLineEdit(style.contact or "")
        self.contact_edit.setObjectName("houseContact")
        self.accent_edit = QLineEdit(style.accent)
        self.accent_edit.setObjectName("houseAccent")
        self.accent_edit.setMaxLength(7)
        self.accent_button = QPushButton()
        self.accent_button.setObjectName("houseAccentPick")
        self.accent_swatch = QLabel()
        self.accent_swatch.setFixedSize(QSize(28, 20))
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("houseLogoPreview")
        self.logo_preview.setFixedHeight(60)
        self.logo_button = QPushButton()
        self.logo_button.setObjectName("houseLogoChoose")
        self.logo_clear = QPushButton()
        self.logo_clear.setObjectName("houseLogoClear")
        self.error_label = QLabel()
        self.error_label.setObjectName("houseError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent_swatch)
        accent_row.addWidget(self.accent_edit)
        accent_row.addWidget(self.accent_button)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.municipality_edit)
        form.addRow(self._labels[1], logo_row)
        form.addRow(self._labels[2], accent_row)
        form.addRow(self._labels[3], self.contact_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.accent_edit.textChanged.connect(self._show_accent)
        self.accent_button.clicked.connect(self._pick_accent)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._show_accent()
        self._show_logo()
        self.setMinimumWidth(520)

    def house_style(self) -> HouseStyle | None:
        """The style as entered, or None (with a message) when the accent is not a colour."""
        accent = self.accent_edit.text().strip()
        if not _HEX.match(accent):
            self.error_label.setText(self.tr("The accent colour must look like #00557f."))
            return None
        self.error_label.clear()
        return HouseStyle(
            municipality=self.municipality_edit.text().strip() or None,
            logo_png=self._logo,
            accent=accent.lower(),
            contact=self.contact_edit.text().strip() or None,
        )

    def set_logo(self, data: bytes | None) -> bool:
        """Use ``data`` (PNG) as the logo; False (and a message) when it is not a PNG image."""
        if data is not None and not data.startswith(PNG_SIGNATURE):
            self.error_label.setText(self.tr("The logo must be a PNG image."))
            return False
        self._logo = data
        self.error_label.clear()
        self._show_logo()
        return True

    def accept(self) -> None:
        style = self.house_style()
        if style is None:
            return
        commands.run(self._session, set_house_style, style)
        super().accept()

    def _show_accent(self) -> None:
        text = self.accent_edit.text().strip()
        color = text if _HEX.match(text) else "#ffffff"
        self.accent_swatch.setStyleSheet(f"background: {color}; border: 1px solid #888;")

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(56))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))
        self.logo_clear.setEnabled(self._logo is not None)

    def _pick_accent(self) -> None:
        color = QColorDialog.getColor(QColor(self.accent_edit.text()), self, self.tr("Accent colour"))
        if color.isValid():
            self.accent_edit.setText(color.name())

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "", "PNG (*.png)")
        if name:
            self.set_logo(Path(name).read_bytes())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("House style of reports"))
        for label, text, buddy in zip(
            self._labels,
            (
                self.tr("&Municipality:"),
                self.tr("&Logo:"),
                self.tr("&Accent colour:"),
                self.tr("C&ontact line:"),
            ),
            (self.municipality_edit, self.logo_button, self.accent_edit, self.contact_edit),
            strict=True,
        ):
            label.setText(text)
            label.setBuddy(buddy)
        self.accent_button.setText(self.tr("Pick…"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        self.municipality_edit.setPlaceholderText(self.tr("Gemeente …"))
        self.contact_edit.setPlaceholderText(self.tr("Questions? Mail … or call 14 0…"))
        for widget, name in (
            (self.municipality_edit, self.tr("Municipality name")),
            (self.contact_edit, self.tr("Contact line")),
            (self.accent_edit, self.tr("Accent colour")),
            (self.accent_button, self.tr("Pick the accent colour")),
            (self.logo_button, self.tr("Choose a logo")),
            (self.logo_clear, self.tr("Remove the logo")),
            (self.logo_preview, self.tr("Logo preview")),
            (self.error_label, self.tr("Problem")),
        ):
            widget.setAccessibleName(name)
        self._show_logo()

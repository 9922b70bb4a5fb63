"""The export dialog offers Word next to PDF."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt

from bricoleur_desk.ui.report_dialog import REPORT_FILTERS, ReportDialog, with_report_suffix
from bricoleur_desk.workspace.session import DossierSession


def test_the_chosen_file_type_gives_the_suffix() -> None:
    assert "Word (*.docx)" in REPORT_FILTERS.split(";;") and "PDF (*.pdf)" in REPORT_FILTERS.split(";;")
    assert with_report_suffix("/tmp/verslag", "Word (*.docx)") == "/tmp/verslag.docx"
    assert with_report_suffix("/tmp/verslag", "PDF (*.pdf)") == "/tmp/verslag.pdf"
    assert with_report_suffix("/tmp/verslag.DOCX", "PDF (*.pdf)") == "/tmp/verslag.DOCX"


def test_export_to_word_from_the_dialog(qtbot, dossier, tmp_path: Path) -> None:
    dialog = ReportDialog(DossierSession(dossier), tmp_path, open_viewer=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.internal_radio, Qt.MouseButton.LeftButton)
    out = tmp_path / "verslag.docx"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    document = docx.Document(str(out))
    assert "Toezeggingen" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert dialog.status_label.text() == "Saved verslag.docx."

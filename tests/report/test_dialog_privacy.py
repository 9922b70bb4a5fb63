"""The export dialog with the real name scanner: every hit listed in context, kept one by one; the sheets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bricoleur_desk.domain.model import Dossier
from bricoleur_desk.ui.name_scanning import NameScanning
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.workspace.name_scanner import load_name_scanner
from bricoleur_desk.workspace.session import DossierSession

from .conftest import pdf_text

SCAN_MS = 60_000
BAKKER = "Mijn buurman meneer Bakker van nummer 23 heeft ook last van de bus."
JANSEN = "Bel mevrouw Gerda Jansen op 06-12345678 over de bomen."


@pytest.fixture
def session(dossier: Dossier) -> DossierSession:
    notes = dossier.meeting("m2").notes
    notes[0].text, notes[1].text = BAKKER, JANSEN
    return DossierSession(dossier)


@pytest.fixture
def scanning() -> Iterator[NameScanning]:
    scanning = NameScanning(load_name_scanner)
    yield scanning
    scanning.shutdown()


@pytest.fixture
def dialog(qtbot, session: DossierSession, scanning: NameScanning, tmp_path: Path) -> ReportDialog:
    widget = ReportDialog(session, tmp_path, open_viewer=False, scanning=scanning)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _texts(dialog: ReportDialog) -> list[str]:
    return [dialog.hit_list.item(i).text() for i in range(dialog.hit_list.count())]


def test_hits_in_context_kept_one_by_one_and_the_rest_masked_in_the_pdf(qtbot, dialog: ReportDialog) -> None:
    # until the scan has gone over every text: "scanning", never "nothing found", no public export
    assert dialog.privacy_box.scanning_now
    assert "Scanning" in dialog.privacy_label.text()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.privacy_box.complete, timeout=SCAN_MS)
    texts = _texts(dialog)
    assert "note 1, text: “Bakker” — Mijn buurman meneer Bakker van nummer 23 heeft ook last van de…" in texts
    assert any(t.startswith("note 2, text: “Gerda Jansen” — Bel mevrouw Gerda Jansen op 06-12345678") for t in texts)
    assert any(t.startswith("note 2, text: “06-12345678”") for t in texts)
    assert "[naam]" in dialog.privacy_label.text()

    # the adviser keeps the one name (Bakker agreed); everything else stays masked
    bakker = next(i for i, t in enumerate(texts) if "“Bakker”" in t)
    dialog.hit_list.item(bakker).setCheckState(Qt.CheckState.Checked)  # its checkbox
    assert [h.text for h in dialog.kept_hits()] == ["Bakker"]
    assert not dialog.export_button.isEnabled()  # the sketch sheets are not confirmed yet
    dialog.sheets_box.confirm_check.setChecked(True)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=SCAN_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(dialog.output_path())
    assert "meneer Bakker van nummer [nr]" in text
    assert "Gerda" not in text and "Jansen" not in text and "12345678" not in text
    assert "Bel mevrouw [naam] op [telefoon] over de bomen." in text
    assert dialog.last_result is not None and dialog.last_result.masked >= 3


def test_a_sheet_hidden_on_the_canvas_is_listed_and_can_go_in(qtbot, dialog: ReportDialog, session) -> None:
    sheets = dialog.sheets_box.sheet_list
    rows = [sheets.item(i).text() for i in range(sheets.count())]
    assert "Het plein: bestaande situatie · Variant B: parkeren (hidden on the canvas)" in rows
    assert "Het plein: bestaande situatie · Variant A: groen plein (shown on the canvas)" in rows
    assert dialog.sheets_box.chosen_sheet_ids() == ["s1", "s3"]  # as the canvas shows them
    qtbot.waitUntil(lambda: dialog.privacy_box.complete, timeout=SCAN_MS)
    dialog.sheets_box.confirm_check.setChecked(True)
    dialog.sheets_box.set_chosen("s2", True)  # a new choice: the adviser confirms it again
    assert not dialog.sheets_box.confirm_check.isChecked() and not dialog.export_button.isEnabled()
    dialog.sheets_box.confirm_check.setChecked(True)
    assert dialog.export() is not None
    text = pdf_text(dialog.output_path())
    assert "Variant B: parkeren" in text and "Variant A: groen plein" in text
    assert not session.dossier.meeting("m2").canvases[0].sheets[1].visible  # the dossier is unchanged

    dialog.sheets_box.set_chosen("s1", False)
    dialog.sheets_box.confirm_check.setChecked(True)
    assert dialog.export() is not None
    text = pdf_text(dialog.output_path())
    assert "Variant B: parkeren" in text and "Variant A: groen plein" not in text


def test_the_public_reports_file_name_carries_no_name_from_the_title(
    qtbot, session: DossierSession, scanning: NameScanning, tmp_path: Path
) -> None:
    session.dossier.meeting("m2").title = "Avond bij meneer Bakker"  # the latest evening: the dialog's choice
    dialog = ReportDialog(session, tmp_path, open_viewer=False, scanning=scanning)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.privacy_box.complete, timeout=SCAN_MS)
    name = dialog.output_path().name
    assert name.startswith("Verslag ") and name.endswith(" Avond bij meneer [naam].pdf"), name
    dialog.internal_radio.setChecked(True)  # the internal report may say who
    assert dialog.output_path().name.endswith(" Avond bij meneer Bakker.pdf")
    dialog.public_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.privacy_box.complete, timeout=SCAN_MS)
    assert dialog.output_path().name == name
    dialog.sheets_box.confirm_check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=SCAN_MS):
        dialog.export()
    assert (tmp_path / name).is_file() and not list(tmp_path.glob("*Bakker*"))
    assert "Bakker" not in pdf_text(tmp_path / name)
    # a name the adviser types stays, whatever the scan finds afterwards
    own = tmp_path / "mijn verslag.pdf"
    dialog.path_edit.setText(str(own))
    dialog.privacy_box.rescan()
    qtbot.waitUntil(lambda: dialog.privacy_box.complete, timeout=SCAN_MS)
    assert dialog.output_path() == own

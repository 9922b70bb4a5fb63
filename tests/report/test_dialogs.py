"""The export dialog and the house-style dialog, driven like an adviser would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from bricoleur_desk.domain.model import HouseStyle
from bricoleur_desk.ui.house_style_dialog import HouseStyleDialog
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.workspace.session import DossierSession

from .conftest import pdf_text


@pytest.fixture
def session(dossier) -> DossierSession:
    dossier.meeting("m2").notes[3].answer = "Mevrouw Wiśniewska belt terug."
    return DossierSession(dossier)


@pytest.fixture
def dialog(qtbot, session: DossierSession, tmp_path: Path) -> ReportDialog:
    folder = tmp_path / "exports"
    folder.mkdir()
    widget = ReportDialog(session, folder, open_viewer=False)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_defaults_latest_meeting_public_dutch_and_a_sensible_file(dialog: ReportDialog) -> None:
    assert dialog.meeting_id() == "m2"
    assert dialog.audience() == "public" and dialog.language() == "nl"
    assert (
        dialog.output_path().name == "Verslag 2026-11-24 Tweede bewonersavond het plein en de Kerkstraat.pdf"
    )
    for widget in (
        dialog.meeting_box,
        dialog.public_radio,
        dialog.language_box,
        dialog.path_edit,
        dialog.export_button,
        dialog.redact_button,
        dialog.hit_list,
    ):
        assert widget.accessibleName()


def test_privacy_hits_are_listed_and_redacted_in_place_undoably(qtbot, dialog: ReportDialog, session) -> None:
    texts = [dialog.hit_list.item(i).text() for i in range(dialog.hit_list.count())]
    # each hit with where it is and the words around it
    assert "note 4, answer: “Wiśniewska” — Mevrouw Wiśniewska belt terug." in texts
    assert any(t.startswith("promise P-1, owner: “Joost Hendriks”") for t in texts)
    assert "[naam]" in dialog.privacy_label.text()
    qtbot.mouseClick(dialog.redact_button, Qt.MouseButton.LeftButton)
    assert session.dossier.meeting("m2").notes[3].answer == "Mevrouw [naam] belt terug."
    assert dialog.hit_list.count() == 0 and not dialog.redact_button.isEnabled()
    session.undo()  # the dialog follows the session
    assert session.dossier.meeting("m2").notes[3].answer == "Mevrouw Wiśniewska belt terug."
    assert dialog.hit_list.count() == len(texts)


def test_export_writes_the_chosen_meeting_audience_and_language(qtbot, dialog: ReportDialog) -> None:
    dialog.meeting_box.setCurrentIndex(dialog.meeting_box.findData("m1"))
    qtbot.mouseClick(dialog.internal_radio, Qt.MouseButton.LeftButton)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    out = dialog.output_path()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [out]
    text = pdf_text(out)
    assert "First" not in text and "Eerste bewonersavond Kerkbuurt-Oost" in text
    assert "INTERNAL - do not distribute" in text and "Contents" in text
    assert dialog.last_result is not None and dialog.last_result.audience == "internal"
    assert out.name in dialog.status_label.text()


def test_a_failed_export_is_reported_in_the_dialog(qtbot, dialog: ReportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "r.pdf"))
    dialog.sheets_box.confirm_check.setChecked(True)  # the sketch sheets were looked at
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "not saved" in dialog.status_label.text() and "does not exist" in dialog.status_label.text()
    assert dialog.last_result is None


def test_promises_csv_next_to_the_report(qtbot, dialog: ReportDialog) -> None:
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    csv_path = dialog.output_path().with_name(dialog.output_path().stem + " - toezeggingen.csv")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfid;meeting;")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (90, 40), "#7a1f5c").save(out, "PNG")
    return out.getvalue()


def test_house_style_dialog_applies_one_undoable_edit(qtbot, session: DossierSession) -> None:
    dialog = HouseStyleDialog(session)
    qtbot.addWidget(dialog)
    dialog.municipality_edit.setText("Gemeente Zuidwaard")
    dialog.accent_edit.setText("#7A1F5C")
    dialog.contact_edit.setText("wijkteam@zuidwaard.example")
    assert dialog.set_logo(_png())
    assert not dialog.set_logo(b"GIF89a not a png")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    style = session.dossier.house_style
    assert style == HouseStyle("Gemeente Zuidwaard", _png(), "#7a1f5c", "wijkteam@zuidwaard.example")
    session.undo()
    assert session.dossier.house_style.municipality == "Gemeente Bricoleurwaard"


def test_house_style_dialog_refuses_a_bad_colour(qtbot, session: DossierSession) -> None:
    dialog = HouseStyleDialog(session)
    qtbot.addWidget(dialog)
    dialog.accent_edit.setText("blue")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "#00557f" in dialog.error_label.text()
    assert session.dossier.house_style.accent == "#00557f"
    assert dialog.accessibleName() == "" and dialog.accent_edit.accessibleName()

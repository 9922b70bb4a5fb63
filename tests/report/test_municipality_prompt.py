"""The first export of a dossier without a municipality name asks for it (issue #12): the answer is
stored in the house style (undoable, saved in the file); skipping leaves the name out of the report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.municipality_prompt import MunicipalityNameDialog
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.opened import OpenDossier, create_new
from bricoleur_desk.workspace.session import DossierSession

from .conftest import pdf_text

NAME = "Gemeente Dorpswaard"


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenDossier]:
    dossier = create_new(tmp_path / "zebrapad.bricoleur", "Zebrapad Dorpsstraat")
    yield dossier
    if not dossier.file.closed:
        dossier.close()


def _report_dialog(qtbot: QtBot, opened: OpenDossier, tmp_path: Path) -> ReportDialog:
    dialog = ReportDialog(opened.session, tmp_path, open_viewer=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


class Adviser:
    """Answers every municipality question that comes up while the test runs, recording it."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.answer: Callable[[MunicipalityNameDialog], None] = lambda prompt: prompt.reject()
        self.done = False

    def look(self) -> None:
        if self.done:
            return
        prompt = QApplication.activeModalWidget()
        if isinstance(prompt, MunicipalityNameDialog):
            self.seen.append(prompt.explanation.text())
            self.answer(prompt)
        QTimer.singleShot(20, self.look)


@pytest.fixture
def adviser(qapp) -> Iterator[Adviser]:
    watching = Adviser()
    QTimer.singleShot(20, watching.look)
    yield watching
    watching.done = True  # the next test's prompts are its own


def _type_the_name(qtbot: QtBot) -> Callable[[MunicipalityNameDialog], None]:
    def answer(prompt: MunicipalityNameDialog) -> None:
        assert not prompt.use_button.isEnabled()  # nothing typed yet: only Skip
        qtbot.keyClicks(prompt.name_edit, f"  {NAME} ")
        qtbot.mouseClick(prompt.use_button, Qt.MouseButton.LeftButton)

    return answer


def test_the_first_export_asks_and_keeps_the_name(
    qtbot: QtBot, opened: OpenDossier, tmp_path: Path, adviser: Adviser
) -> None:
    dialog = _report_dialog(qtbot, opened, tmp_path)
    adviser.answer = _type_the_name(qtbot)
    seen = adviser.seen
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "cover" in seen[0]
    assert opened.session.dossier.house_style.municipality == NAME
    text = pdf_text(dialog.output_path())
    assert NAME in text  # the report exported right after the answer carries it
    # asked once: the next export goes straight on
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    # saved with the dossier
    path = opened.path
    opened.close()
    assert load_dossier(path).house_style.municipality == NAME


def test_the_name_is_one_undo_step(
    qtbot: QtBot, opened: OpenDossier, tmp_path: Path, adviser: Adviser
) -> None:
    dialog = _report_dialog(qtbot, opened, tmp_path)
    adviser.answer = _type_the_name(qtbot)
    dialog.export()
    session = opened.session
    assert session.dossier.house_style.municipality == NAME
    assert session.undo()
    assert session.dossier.house_style.municipality is None
    assert session.redo() and session.dossier.house_style.municipality == NAME


def test_skipping_leaves_the_name_out_and_is_not_asked_again(
    qtbot: QtBot, opened: OpenDossier, tmp_path: Path, adviser: Adviser
) -> None:
    dialog = _report_dialog(qtbot, opened, tmp_path)
    adviser.answer = lambda prompt: qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.export() is not None
    assert dialog.export() is not None
    assert len(adviser.seen) == 1
    assert opened.session.dossier.house_style.municipality is None
    assert "Gemeente" not in pdf_text(dialog.output_path())


def test_a_dossier_with_a_name_is_not_asked(qtbot: QtBot, dossier, tmp_path: Path, adviser: Adviser) -> None:
    dialog = ReportDialog(DossierSession(dossier), tmp_path, open_viewer=False)
    qtbot.addWidget(dialog)
    dialog.internal_radio.setChecked(True)  # the public one first wants its sheets confirmed
    assert dialog.export() is not None
    assert adviser.seen == [] and dossier.house_style.municipality == "Gemeente Bricoleurwaard"

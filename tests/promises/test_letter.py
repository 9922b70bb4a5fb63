"""The "stand van zaken" letter between evenings: what was promised, what happened, what comes next."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bricoleur_desk.report.fonts import drawable
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.workspace.letter import export_letter
from bricoleur_desk.workspace.outputs import OutputRefused

from .sample import LIGHT, TODAY, two_evenings


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _readable(text: str) -> str:
    return " ".join(drawable(text).split())


def test_the_letter_between_the_evenings_tells_every_promise_its_outcome_and_the_next_date(
    tmp_path: Path,
) -> None:
    dossier = two_evenings()
    dossier.house_style.municipality = "Gemeente Enschede"
    dossier.house_style.contact = "Wijkteam Centrum, 14 053"
    out = tmp_path / "stand-van-zaken.pdf"
    result = export_letter(dossier, out, today=TODAY)
    assert 1 <= result.pages <= 2 and len(PdfReader(str(out)).pages) == result.pages
    text = _text(out)
    assert "Stand van zaken: Van Heekplein opnieuw ingericht" in text
    assert "Op 8 oktober 2026 spraken we met u over Van Heekplein opnieuw ingericht" in text
    bench = text.index("Een bank bij de speeltuin plaatsen")
    crossing = text.index("Een zebrapad bij de Oude Markt onderzoeken")
    light = text.index("Kapotte lantaarnpaal bij de fietsenstalling laten maken")
    assert "Gedaan." in text[bench:crossing]
    assert (
        "Laatste nieuws (24 november 2026): Gedaan: bank geplaatst naast de glijbaan" in text[bench:crossing]
    )
    reason = _readable("Gaat niet door. Waarom: De provincie legt daar in 2027 een verkeerslicht aan")
    assert reason in text[crossing:light]
    assert "Loopt nog, en later dan beloofd (dat was 1 november 2026)." in text[light:]
    assert "Laatste nieuws (3 november 2026): Melding gedaan bij Enexis" in text[light:]
    assert "Plantplan" not in text  # promised at the evening still to come
    assert "De volgende bewonersavond donderdag 10 december 2026, 19:30. U bent van harte welkom." in text
    assert "Wijkteam Centrum, 14 053" in text and "Gemeente Enschede" in text
    assert PdfReader(str(out)).metadata.title == "Stand van zaken: Van Heekplein opnieuw ingericht"


def test_after_the_last_evening_the_date_is_not_known_yet_and_english_works(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    export_letter(two_evenings(), out, today=date(2027, 1, 20), lang="en")
    text = _text(out)
    assert "The date of the next evening is not known yet" in text
    assert (
        "Plan for the trees" not in text and "Plantplan voor de bomen rondsturen" in text
    )  # user text as written
    assert "Still open; expected by" not in text  # the trees were due 15 January: late now
    assert "Still open, and later than promised (15 January 2027)." in text


def test_personal_data_is_masked_like_in_the_public_report(tmp_path: Path) -> None:
    dossier = two_evenings()
    next(p for p in dossier.promises if p.id == LIGHT).updates[
        0
    ].text = "Piet de Vries (piet@example.nl) belde Enexis"
    out = tmp_path / "brief.pdf"
    result = export_letter(dossier, out, today=TODAY)
    text = _text(out)
    assert result.masked == 2
    assert "Piet" not in text and "piet@example.nl" not in text and "belde Enexis" in text


def test_the_letter_never_writes_over_its_dossier_and_replaces_an_old_pdf_whole(tmp_path: Path) -> None:
    dossier_file = tmp_path / "plein.bricoleur"
    create_dossier(dossier_file, two_evenings()).close()
    before = dossier_file.read_bytes()
    with pytest.raises(OutputRefused, match="is the input file"):
        export_letter(two_evenings(), dossier_file, today=TODAY, inputs=[dossier_file])
    with pytest.raises(OutputRefused, match="is a dossier"):
        export_letter(two_evenings(), dossier_file, today=TODAY)
    assert dossier_file.read_bytes() == before
    old = tmp_path / "brief.pdf"
    old.write_bytes(b"%PDF-1.4 old letter")
    export_letter(two_evenings(), old, today=TODAY)
    assert old.read_bytes().startswith(b"%PDF") and b"old letter" not in old.read_bytes()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporaries left


def test_the_command_line_writes_the_letter(tmp_path: Path, english_messages: None) -> None:
    dossier_file = tmp_path / "plein.bricoleur"
    create_dossier(dossier_file, two_evenings()).close()
    out = tmp_path / "brief.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "bricoleur_desk", "letter", str(dossier_file), "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Stand van zaken" in _text(out) and "Een bank bij de speeltuin plaatsen" in _text(out)
    again = subprocess.run(
        [*command[:-1], str(dossier_file)], capture_output=True, text=True, env=env, timeout=120
    )
    assert again.returncode == 1 and "Traceback" not in again.stderr and "input file" in again.stderr


def test_the_dossier_menu_writes_the_letter_of_the_open_dossier(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings

    dossier_file = tmp_path / "plein.bricoleur"
    create_dossier(dossier_file, two_evenings()).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.promises.today = lambda: TODAY
    qtbot.addWidget(window)
    window.show()
    assert not window.commands.letter.isEnabled()
    assert window.open_path(dossier_file)
    assert (
        window.commands.letter.isEnabled() and window.commands.letter in window.commands.file_menu.actions()
    )
    out = tmp_path / "brief.pdf"
    assert window.promises.write_letter(window.opened.session, window.opened.path, out) == out
    assert "Kapotte lantaarnpaal" in _text(out)
    assert window.statusBar().currentMessage().startswith("Wrote the letter to residents")


def test_the_demo_letter_fits_on_two_pages(tmp_path: Path) -> None:
    from bricoleur_desk.workspace.demo import build_demo_dossier

    out = tmp_path / "demo-brief.pdf"
    result = export_letter(build_demo_dossier(), out, today=TODAY)
    assert 1 <= result.pages <= 2
    text = _text(out)
    assert _readable("Gaat niet door. Waarom: Een wateraansluiting kost hier ruim € 18.000") in text
    assert "Op 17 september 2026 en 26 november 2026 spraken we met u" in text


def test_a_strangers_name_and_address_are_masked_with_the_name_scanner(tmp_path: Path, name_scanner) -> None:  # type: ignore[no-untyped-def]
    """The letter goes to residents: strangers' names are masked as in the public report."""
    dossier = two_evenings()
    next(p for p in dossier.promises if p.id == LIGHT).updates[
        0
    ].text = "Mevrouw Gerda Jansen van Kerkstraat 12 belde Enexis"
    out = tmp_path / "brief.pdf"
    without = export_letter(dossier, tmp_path / "zonder.pdf", today=TODAY)
    result = export_letter(dossier, out, today=TODAY, names=name_scanner)
    text = _text(out)
    assert "Gerda" not in text and "Jansen" not in text and "Kerkstraat 12" not in text
    assert "belde Enexis" in text and result.masked > without.masked

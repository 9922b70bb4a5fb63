"""The sign-in sheet for the entrance table: the PDF read back, from the command line and the window."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bricoleur_desk.report.sign_in_sheet import ROWS_PER_PAGE
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.people_menu import SignInSheetDialog

A4 = (595.28, 841.89)
TITLE = "Tweede bewonersavond: twee schetsen"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def read_back(path: Path) -> list[tuple[tuple[float, float], str, list[list[str | None]]]]:
    """(size, text, the largest table) of every page."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables = page.extract_tables()
            table = max(tables, key=len) if tables else []
            pages.append(((float(page.width), float(page.height)), page.extract_text() or "", table))
    return pages


def test_the_sheet_in_dutch_from_the_command_line(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "presentielijst.pdf"
    result = run("sign-in-sheet", demo_file, "--out", out, "--pages", "3")
    assert result.returncode == 0, result.stderr
    pages = read_back(out)
    assert len(pages) == 3
    for number, (size, text, table) in enumerate(pages, start=1):
        assert abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1  # A4 portrait
        flat = _flat(text)
        assert "Presentielijst" in flat
        assert TITLE in flat
        assert "donderdag 26 november 2026, 19:30" in flat
        assert "Aula Basisschool De Linde, Schoolstraat 3" in flat
        # the privacy statement's short text: what, why, how long, whom to ask
        assert "Wij bewaren wat u hier invult" in flat
        assert "Waarom:" in flat and "niet in het openbare verslag" in flat
        assert "Hoe lang: tot 31 december 2033" in flat  # the demo's retention date
        assert "Vraag het aan Wijkteam Noord" in flat
        assert f"pagina {number} van 3" in flat
        # the columns, and the empty rows under them
        assert [(cell or "").strip() for cell in table[0]] == [
            "Naam",
            "Straat of groep",
            "E-mail of telefoon",
            "Mag contact?",
        ]
        assert len(table) == ROWS_PER_PAGE + 1
        assert all(not (cell or "").strip() for row in table[1:] for cell in row)


def test_the_sheet_in_english_and_for_a_chosen_meeting(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sign-in.pdf"
    result = run("sign-in-sheet", demo_file, "--out", out, "--lang", "en", "--meeting", "m-2026-11")
    assert result.returncode == 0, result.stderr
    [(size, text, table)] = read_back(out)
    flat = _flat(text)
    assert "Sign-in sheet" in flat and "Thursday 26 November 2026, 19:30" in flat
    assert "We keep what you write here" in flat and "How long: until 31 December 2033" in flat
    assert [(cell or "").strip() for cell in table[0]] == [
        "Name",
        "Street or group",
        "E-mail or phone",
        "Contact me?",
    ]


def test_the_sheet_never_overwrites_the_dossier(demo_file: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    result = run("sign-in-sheet", demo_file, "--out", demo_file)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    result = run("sign-in-sheet", demo_file, "--out", tmp_path / "x.pdf", "--meeting", "nope")
    assert result.returncode == 1 and "nope" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    # an existing PDF is replaced whole
    old = tmp_path / "old.pdf"
    old.write_bytes(b"not a pdf")
    assert run("sign-in-sheet", demo_file, "--out", old).returncode == 0
    assert old.read_bytes().startswith(b"%PDF")


def test_the_sheet_from_the_window(qtbot, window: MainWindow, demo_file: Path, tmp_path: Path) -> None:
    action = window.people.sign_in_action
    assert not action.isEnabled() and not window.people.register_action.isEnabled()  # no dossier yet
    assert window.open_path(demo_file)
    assert action.isEnabled() and window.people.register_action.isEnabled()
    assert action in window.commands.file_menu.actions()
    out = tmp_path / "van het venster.pdf"

    def fill(dialog: SignInSheetDialog) -> None:
        assert dialog.path_edit.text().endswith(".pdf")
        dialog.path_edit.setText(str(out))
        dialog.pages_box.setValue(2)
        dialog.accept()

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, SignInSheetDialog):
            fill(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(250))
    action.trigger()
    pages = read_back(out)
    assert len(pages) == 2 and "Presentielijst" in pages[0][1]
    assert str(out) in window.statusBar().currentMessage()

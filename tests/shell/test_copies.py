"""The window in the middle of an evening: a complete copy at any time, a complete file when idle, read-only media."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import Phase
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo

from .test_main_window import _answer_message_box


def _type_notes(qtbot, window: MainWindow, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    window.opened.session.apply(Change.of(window.workspace.meeting_id, phase=Phase.INVENTORY))
    capture = window.findChild(object, "captureInput")
    for text in texts:
        qtbot.keyClicks(capture, text)
        qtbot.keyClick(capture, Qt.Key.Key_Return)


def _texts(path: Path) -> list[str]:
    return [n.text for m in read_dossier_file(path).meetings for n in m.notes]


def test_save_a_copy_in_the_middle_of_the_evening_is_complete(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    window.dossier.idle_checkpoint.setInterval(60_000)  # no idle time: the -wal holds the new notes
    assert window.open_path(demo_file)
    assert window.commands.save_copy.isEnabled()
    _type_notes(qtbot, window, ["Drempels bij de school", "Meer bankjes"])
    (tmp_path / "usb").mkdir()
    target = window.save_copy(tmp_path / "usb" / "kopie.bricoleur")
    assert target is not None and "kopie.bricoleur" in window.statusBar().currentMessage()
    assert {"Drempels bij de school", "Meer bankjes"} <= set(_texts(target))
    assert [p.name for p in target.parent.iterdir()] == ["kopie.bricoleur"]  # one file, no -wal
    # the copy of the open dossier itself is refused with a message, the dossier untouched
    seen: list[str] = []
    _answer_message_box(seen)
    assert window.save_copy(demo_file) is None
    assert seen and "open dossier itself" in seen[0]
    window.close_dossier()
    assert "Meer bankjes" in _texts(demo_file)


def test_after_a_quiet_moment_a_plain_file_copy_is_complete(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    window.dossier.idle_checkpoint.setInterval(200)  # 5 s in the app
    assert window.open_path(demo_file)
    _type_notes(qtbot, window, ["Verlichting in het park"])
    copy = tmp_path / "kopie.bricoleur"

    def complete() -> bool:
        shutil.copyfile(demo_file, copy)  # the file alone, as a USB stick copy would take it
        return "Verlichting in het park" in _texts(copy)

    qtbot.waitUntil(complete, timeout=5000)
    window.close_dossier()


READ_ONLY_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.reporting import export_report

app = QApplication([])
path, out = Path(sys.argv[1]), Path(sys.argv[2])
window = MainWindow(Settings(QSettings(str(out / "s.ini"), QSettings.Format.IniFormat)))
window.show()
assert window.open_path(path)
print("TITLE", window.windowTitle())
before = len(window.opened.session.dossier.latest_meeting().notes)
capture = window.findChild(object, "captureInput")
QTest.keyClicks(capture, "Dit mag niet verloren gaan")
QTest.keyClick(capture, Qt.Key.Key_Return)
app.processEvents()
print("NOTES", before, len(window.opened.session.dossier.latest_meeting().notes))
print("STATUS", window.statusBar().currentMessage())
print("INDICATOR", window.saved_indicator.text())
print("CAPTURE", capture.isReadOnly(), capture.toPlainText() == "")
result = export_report(window.opened.session.dossier, out / "verslag.pdf")
print("REPORT", result.pages)
print("COPY", window.save_copy(out / "kopie.bricoleur"))
window.close_dossier()
"""


def test_a_dossier_on_a_read_only_medium_opens_read_only_for_report_and_copy(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = write_demo(stick / "avond.bricoleur")
    out = tmp_path / "out"
    out.mkdir()
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(stick), sys.executable, "-c",
         textwrap.dedent(READ_ONLY_WINDOW), str(path), str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "(read-only)" in lines["TITLE"] or "(alleen lezen)" in lines["TITLE"]
    before, after = lines["NOTES"].split()
    assert before == after  # the edit was refused, and said so
    assert "read-only" in lines["STATUS"] and "Save a copy as" in lines["STATUS"]
    assert lines["INDICATOR"] == "Read-only"  # one save status, in every indicator
    assert lines["CAPTURE"] == "True True"  # nothing can be typed that would then be dropped
    assert int(lines["REPORT"]) >= 1 and (out / "verslag.pdf").read_bytes().startswith(b"%PDF")
    assert lines["COPY"].endswith("kopie.bricoleur")
    assert read_dossier_file(out / "kopie.bricoleur").title == read_dossier_file(path).title
    assert sorted(p.name for p in stick.iterdir()) == ["avond.bricoleur"]


def test_the_next_start_after_a_crash_says_so_and_opens_where_the_room_was(
    qtbot, demo_file: Path, tmp_path: Path
) -> None:
    settings_file = str(tmp_path / "s.ini")

    def start() -> MainWindow:
        window = MainWindow(Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.show()
        return window

    before = start()
    assert before.open_path(demo_file)
    first = before.opened.session.dossier.meetings[0].id  # not the latest: the room was at this one
    before.workspace.show_meeting(first)
    _type_notes(qtbot, before, ["Laatste punt voor de stroom uitviel"])
    before.dossier.close()  # the process dies: the window never closes, only the OS lets go of the file

    after = start()
    assert after.reopen_after_crash()
    assert after.opened.path == demo_file and after.workspace.meeting_id == first
    assert "not closed properly" in after.statusBar().currentMessage()
    assert "Laatste punt voor de stroom uitviel" in _texts(demo_file)
    after.close_dossier()
    # a clean close: the next start shows the start screen
    assert not start().reopen_after_crash()

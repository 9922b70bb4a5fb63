"""The team archive window against a real PostgreSQL, driven through its widgets.

Connect through the dialog (the password never stored), the server and TLS said; push the open
dossier and a file, pull into a new file that opens; the promises dashboard and its filters;
search with Enter and Ctrl+F; errors as one line; Cancel while the server keeps us waiting.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.archive.connection import open_archive
from bricoleur_desk.archive.transfer import push
from bricoleur_desk.domain.model import Promise, PromiseStatus
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.workspace.files import write_demo
from tests.accessibility.names import controls_shown, unnamed_controls

from .cluster import Server
from .test_archive import small_dossier, write
from .test_archive_credentials import no_keyring, system_keyring  # noqa: F401 - fixtures used by name
from .window_helpers import cells, connect, main_window, select_row, wait, without_password


def test_connecting_says_where_and_that_tls_is_off_and_keeps_no_password(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    assert archive.team is not None and archive.message.text() == "Connected. Dossiers: 0, promises: 0."
    shown = archive.connection_label.text()
    assert without_password(archive_url, postgres) in shown and f"server 127.0.0.1:{postgres.port}" in shown
    assert "PostgreSQL 1" in shown  # the server's version, read from the server
    # the test cluster offers no TLS: the window says so, plainly
    assert archive.security_label.isVisible()
    assert archive.security_label.text().startswith("Connection NOT encrypted (no TLS)")
    # the address and the user are remembered for next time; the password nowhere
    window.settings.sync()
    kept = Path(window.settings.file_name()).read_text()
    assert without_password(archive_url, postgres) in kept and postgres.password not in kept
    assert postgres.password not in archive.connection_label.text() + archive.message.text()
    # the next connect dialog is filled in, except the password
    archive.disconnect_button.click()
    assert archive.team is None and archive.connection_label.text() == "Not connected to a team archive."
    dialog = archive.ask_connection()
    assert dialog.address_input.text() == without_password(archive_url, postgres)
    assert dialog.password_input.text() == ""
    dialog.reject()


def test_a_wrong_password_is_one_line_in_the_window(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres, password="niet-het-wachtwoord")
    assert archive.team is None
    text = archive.message.text()
    assert text == (
        f"{without_password(archive_url, postgres)}: the server refused the user name or password for postgres"
    )
    assert "niet-het-wachtwoord" not in text and "\n" not in text
    assert not archive.dossiers.push_file_button.isEnabled()  # nothing to push to


def test_the_window_says_it_in_dutch_by_default(qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server) -> None:
    from bricoleur_desk.ui.translations import Translations

    translations = Translations()
    translations.apply("nl")
    try:
        window = main_window(qtbot, tmp_path)
        archive = connect(qtbot, window, archive_url, postgres, password="fout")
        assert archive.message.text() == (
            f"{without_password(archive_url, postgres)}: de server weigert de gebruikersnaam of het wachtwoord van postgres"
        )
        archive = connect(qtbot, window, archive_url, postgres)
        assert archive.message.text() == "Verbonden. Dossiers: 0, toezeggingen: 0."
        assert archive.security_label.text().startswith("Verbinding NIET versleuteld (geen TLS)")
    finally:
        translations.remove()


def test_pushing_the_open_dossier_lists_it_and_opens_it_again(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    window = main_window(qtbot, tmp_path)
    demo = write_demo(tmp_path / "demo.bricoleur")
    archive = connect(qtbot, window, archive_url, postgres)
    assert not archive.dossiers.push_open_button.isEnabled()  # no dossier open yet
    assert window.open_path(demo)
    assert archive.dossiers.push_open_button.isEnabled()
    first_evening = window.opened.session.dossier.meetings[0].id
    assert window.workspace.meeting_id != first_evening  # a dossier opens at its latest evening
    window.workspace.show_meeting(first_evening)
    qtbot.mouseClick(archive.dossiers.push_open_button, Qt.MouseButton.LeftButton)
    wait(qtbot, archive)
    assert archive.message.text() == "Pushed Tijdelijk park Van Heekplein as revision 1 (new in the archive)."
    qtbot.waitUntil(lambda: archive.dossiers.table.rowCount() == 1)
    table = archive.dossiers.table
    row = [table.item(0, c).text() for c in range(5)]
    assert row[0] == "Tijdelijk park Van Heekplein" and row[2:] == ["postgres", "1", "d-van-heekplein"]
    assert row[1].startswith(f"{date.today():%Y-%m-%d}")
    # the main window has the dossier open again, and the file knows its revision
    assert window.opened is not None and window.opened.path == demo
    assert window.workspace.meeting_id == first_evening  # at the evening it was at
    conn = sqlite3.connect(demo)
    try:
        assert conn.execute("SELECT dossier_id, revision FROM archive_origin").fetchall() == [("d-van-heekplein", 1)]
    finally:
        conn.close()
    assert archive.promises.table.rowCount() == len(read_dossier_file(demo).promises) > 0


def test_push_a_file_then_pull_it_into_a_new_file_that_opens(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    source = write(tmp_path / "molenstraat.bricoleur", small_dossier("Molenstraat", ["Drempels", "Bomen"]))
    archive.push_file(source)
    wait(qtbot, archive)
    assert archive.message.text() == "Pushed Molenstraat as revision 1 (new in the archive)."
    qtbot.waitUntil(lambda: archive.dossiers.table.rowCount() == 1)
    assert window.opened is None  # pushing a file opens nothing

    select_row(qtbot, archive.dossiers.table, "Molenstraat")
    out = tmp_path / "uit het archief.bricoleur"
    archive.pull_selected(out)
    wait(qtbot, archive)
    assert archive.message.text() == f"Pulled Molenstraat (revision 1) into {out}."
    assert window.opened is not None and window.opened.path == out
    assert [n.text for n in window.opened.session.dossier.meetings[0].notes] == ["Drempels", "Bomen"]

    # pulling over an existing file is refused in one line; that file is untouched
    before = source.read_bytes()
    archive.pull_selected(source)
    wait(qtbot, archive)
    assert archive.message.text() == f"{source}: already exists; choose another name or remove it first"
    assert source.read_bytes() == before


def _two_dossiers_with_promises(tmp_path: Path) -> list[Path]:
    today = date.today()
    late, soon = today - timedelta(days=10), today + timedelta(days=10)
    a = small_dossier("Molenstraat", ["Drempels"], [
        Promise("p1", "m1", "Drempels plaatsen", owner="Team Verkeer", due=late),
        Promise("p2", "m1", "Bomen snoeien", owner="Team Groen", due=late, status=PromiseStatus.DONE),
        Promise("p3", "m1", "Bord ophangen", owner=" team verkeer ", due=soon),
    ])
    b = small_dossier("Speeltuin", ["Schommel"], [
        Promise("p1", "m1", "Schommel repareren", owner="Team Groen", due=late - timedelta(days=5)),
        Promise("p2", "m1", "Bewoners bellen", owner=None, due=None),
    ])
    return [write(tmp_path / "a.bricoleur", a), write(tmp_path / "b.bricoleur", b)]


def test_the_promises_dashboard_and_its_filters(qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server) -> None:
    archive_db = open_archive(archive_url)
    for path in _two_dossiers_with_promises(tmp_path):
        push(archive_db, path)
    archive_db.engine.dispose()
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    assert cells(archive.dossiers.table, 0) == ["Speeltuin", "Molenstraat"]  # the last pushed first
    tab = archive.promises
    qtbot.mouseClick(archive.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=archive.tabs.tabBar().tabRect(1).center())
    assert archive.tabs.currentWidget() is tab
    # by due date, none last; overdue said in words, not only in a colour
    assert cells(tab.table, 5) == ["Schommel repareren", "Drempels plaatsen", "Bomen snoeien", "Bord ophangen", "Bewoners bellen"]
    assert cells(tab.table, 1) == ["open, overdue", "open, overdue", "done", "open", "open"]
    assert cells(tab.table, 3) == ["Speeltuin", "Molenstraat", "Molenstraat", "Molenstraat", "Speeltuin"]
    assert tab.count_label.text() == "5 of 5 promises"

    tab.overdue_box.setFocus()
    qtbot.keyClick(tab.overdue_box, Qt.Key.Key_Space)
    assert cells(tab.table, 5) == ["Schommel repareren", "Drempels plaatsen"]
    qtbot.keyClicks(tab.owner_input, "verkeer")
    assert cells(tab.table, 5) == ["Drempels plaatsen"]
    qtbot.keyClick(tab.overdue_box, Qt.Key.Key_Space)
    assert cells(tab.table, 5) == ["Drempels plaatsen", "Bord ophangen"]  # " team verkeer " too
    tab.owner_input.clear()
    qtbot.keyClicks(tab.words_input, "speeltuin")  # the dossier's title counts as well
    assert cells(tab.table, 5) == ["Schommel repareren", "Bewoners bellen"]
    assert tab.count_label.text() == "2 of 5 promises"

    out = tmp_path / "speeltuin.csv"
    archive.export_promises(out)
    assert archive.message.text() == f"Wrote {out} (2 promises)."
    lines = out.read_text("utf-8-sig").splitlines()
    assert len(lines) == 3 and "Schommel repareren" in lines[1] and "Bewoners bellen" in lines[2]


def test_search_with_ctrl_f_and_enter(qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server) -> None:
    one = small_dossier("Molenstraat", ["De oude boom bij de school moet blijven", "Te veel verkeer"])
    one.meetings[0].notes[1].answer = "Er komen drempels"
    archive_db = open_archive(archive_url)
    push(archive_db, write(tmp_path / "a.bricoleur", one))
    archive_db.engine.dispose()
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    archive.activateWindow()
    qtbot.waitUntil(archive.isActiveWindow)
    archive.tabs.setFocus()
    qtbot.keyClick(archive.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert archive.tabs.currentWidget() is archive.search
    assert archive.search.words_input.hasFocus()
    qtbot.keyClicks(archive.search.words_input, "bomen")
    qtbot.keyClick(archive.search.words_input, Qt.Key.Key_Return)
    wait(qtbot, archive)
    table = archive.search.table
    assert [[table.item(0, c).text() for c in range(4)]] == [
        ["Molenstraat", "2026-03-12", "note 1", "De oude boom bij de school moet blijven"]
    ]
    assert archive.search.count_label.text() == "1 found for “bomen”"
    archive.search.words_input.clear()
    qtbot.keyClicks(archive.search.words_input, "drempel")
    qtbot.keyClick(archive.search.words_input, Qt.Key.Key_Enter)
    wait(qtbot, archive)
    assert [table.item(0, c).text() for c in range(5)] == ["Molenstraat", "2026-03-12", "note 2", "Te veel verkeer", "Er komen drempels"]
    archive.search.words_input.clear()
    qtbot.keyClicks(archive.search.words_input, "zwembad")
    qtbot.keyClick(archive.search.words_input, Qt.Key.Key_Return)
    wait(qtbot, archive)
    assert table.rowCount() == 0 and archive.search.count_label.text() == "Nothing found for “zwembad”"


@pytest.fixture
def silent_server() -> tuple[int, threading.Event]:
    """A port that accepts connections and then says nothing: a server stuck somewhere on the way."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    release = threading.Event()
    accepted: list[socket.socket] = []

    def serve() -> None:
        listener.settimeout(0.1)
        while not release.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue
        for conn in accepted:
            conn.close()
        listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], release
    release.set()
    thread.join(5)


def test_the_window_stays_responsive_while_connecting_and_cancel_gives_up(
    qtbot: QtBot, tmp_path: Path, silent_server: tuple[int, threading.Event]
) -> None:
    port, release = silent_server
    window = main_window(qtbot, tmp_path)
    window.team_archive.action.trigger()
    archive = window.team_archive.archive_window
    archive.connect_dialog.reject()
    archive.connect_to(f"postgresql://archief@127.0.0.1:{port}/bricoleur", password="geheim")
    assert archive.busy and archive.busy_bar.isVisible() and archive.cancel_button.isVisible()
    assert archive.busy_label.text() == "Connecting…"
    ticks: list[int] = []
    timer = QTimer(archive, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.wait(600)  # the server keeps silent; the interface goes on
    timer.stop()
    assert archive.busy and len(ticks) >= 10
    archive.setFocus()
    qtbot.keyClick(archive, Qt.Key.Key_Escape)  # Esc cancels first, it does not close the window
    assert not archive.busy and archive.isVisible() and not archive.cancel_button.isVisible()
    assert archive.message.text() == "Cancelled: the answer, when it comes, is left aside."
    release.set()  # the server hangs up; the dropped answer changes nothing
    qtbot.wait(300)
    assert archive.team is None and archive.message.text().startswith("Cancelled")
    archive.reject()


def test_every_control_has_a_name_and_tab_reaches_them(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    window = main_window(qtbot, tmp_path)
    assert window.open_path(write_demo(tmp_path / "demo.bricoleur"))
    archive = connect(qtbot, window, archive_url, postgres)
    for index in range(archive.tabs.count() - 1):  # the Conflicts tab: tests/archive/test_window_conflicts.py
        archive.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert controls_shown(archive) >= 6
        assert unnamed_controls(archive) == [], "\n".join(unnamed_controls(archive))
        # Tab from the first control comes round to every enabled control on screen
        reached = set()
        archive.connect_button.setFocus()
        for _ in range(40):
            reached.add(archive.focusWidget())
            qtbot.keyClick(archive.focusWidget(), Qt.Key.Key_Tab)
        wanted = {
            w
            for kind in (QPushButton, QLineEdit, QCheckBox, QTableWidget)
            for w in archive.findChildren(kind)
            if w.isVisible() and w.isEnabled()
        }
        assert len(wanted) >= 6
        assert wanted <= reached, sorted(w.objectName() for w in wanted - reached)


def _answer_when_shown(qtbot: QtBot, name: str, answer) -> None:  # type: ignore[no-untyped-def]
    """Answer the modal window called ``name`` once it shows (a modal exec() blocks the test)."""
    from PySide6.QtWidgets import QApplication

    def check() -> None:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        if found:
            answer(found[0])
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)


def test_a_dossier_from_an_encrypted_file_is_pulled_as_the_user_chooses(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from bricoleur_desk.storage.encryption import encrypt_copy, is_encrypted, remember_passphrase

    plain = write(tmp_path / "plain.bricoleur", small_dossier("Zorgwoningen", ["Privé"]))
    secret = encrypt_copy(plain, tmp_path / "secret.bricoleur", "paardenbloem")
    remember_passphrase(secret, "paardenbloem")
    archive_db = open_archive(archive_url)
    push(archive_db, secret)
    archive_db.engine.dispose()
    window = main_window(qtbot, tmp_path)
    archive = connect(qtbot, window, archive_url, postgres)
    select_row(qtbot, archive.dossiers.table, "Zorgwoningen")

    # not said how, not asked: refused in one line, nothing written
    refused = tmp_path / "refused.bricoleur"
    archive.pull_selected(refused, ask_how=False)
    wait(qtbot, archive)
    assert "came from an encrypted file" in archive.message.text() and not refused.exists()

    # asked: encrypted again with a new passphrase typed twice; opened without asking it again
    def encrypt(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == "&Encrypted…")

        def type_passphrase(dialog) -> None:  # type: ignore[no-untyped-def]
            dialog.first.setText("nieuwe zin")
            dialog.second.setText("nieuwe zin")
            dialog.accept()

        _answer_when_shown(qtbot, "newPassphraseDialog", type_passphrase)
        button.click()

    _answer_when_shown(qtbot, "archivePullEncrypted", encrypt)
    locked = tmp_path / "locked.bricoleur"
    archive.pull_selected(locked)
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.path == locked, timeout=20_000)
    assert is_encrypted(locked)
    assert [n.text for n in window.opened.session.dossier.meetings[0].notes] == ["Privé"]

    # asked: unencrypted, on purpose
    _answer_when_shown(qtbot, "archivePullEncrypted", lambda box: next(b for b in box.buttons() if b.text() == "&Unencrypted").click())
    open_copy = tmp_path / "open.bricoleur"
    archive.pull_selected(open_copy)
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.path == open_copy, timeout=20_000)
    assert not is_encrypted(open_copy)


@pytest.mark.usefixtures("system_keyring")
def test_the_window_keeps_the_password_in_the_system_keyring_and_drops_a_refused_one(
    qtbot: QtBot, tmp_path: Path, archive_url: str, postgres: Server
) -> None:
    from bricoleur_desk.archive import credentials
    from bricoleur_desk.workspace.team_archive import keyring_address

    window = main_window(qtbot, tmp_path)
    window.team_archive.action.trigger()
    archive = window.team_archive.archive_window
    dialog = archive.connect_dialog
    assert dialog.remember_check.isEnabled()  # a system keyring is there: it may keep the password
    bare = without_password(archive_url, postgres)
    dialog.address_input.clear()
    qtbot.keyClicks(dialog.address_input, bare)
    qtbot.keyClicks(dialog.password_input, postgres.password)
    dialog.remember_check.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait(qtbot, archive)
    assert archive.team is not None
    key = keyring_address(bare)
    assert credentials.password_for(key) == postgres.password
    # next time nothing is typed: the kept password logs in
    archive.disconnect()
    archive.connect_to(bare)
    wait(qtbot, archive)
    assert archive.team is not None
    # a kept password the server refuses (changed since) is dropped, and the window says so in one line
    credentials.remember(key, "oud-wachtwoord")
    archive.disconnect()
    archive.connect_to(bare)
    wait(qtbot, archive)
    assert archive.team is None and credentials.password_for(key) is None
    assert archive.message.text() and "\n" not in archive.message.text()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_system_keyring_the_password_is_asked_each_time(qtbot: QtBot, tmp_path: Path) -> None:
    window = main_window(qtbot, tmp_path)
    window.team_archive.action.trigger()
    dialog = window.team_archive.archive_window.connect_dialog
    assert not dialog.remember_check.isEnabled() and not dialog.remember()
    assert "no system keyring" in dialog.note.text()

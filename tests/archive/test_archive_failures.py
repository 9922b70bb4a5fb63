"""What the user reads when the archive cannot do its work: one line, Dutch by default, never a password.

A server that is down, a wrong password, a database that does not exist, a connection killed in
the middle of a push (the archive is left as it was), an encrypted dossier pulled without
saying how to write it.
"""

from __future__ import annotations

import socket
import threading
import time
from array import array
from pathlib import Path

import pytest

from bricoleur_desk.archive.connection import open_archive
from bricoleur_desk.archive.errors import ConnectionLostError
from bricoleur_desk.archive.transfer import pull, push
from bricoleur_desk.domain.model import Canvas, Dossier, Sheet, Stroke
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.storage.encryption import encrypt_copy, is_encrypted

from .cluster import Server
from .test_archive import _add_note, rows, run, small_dossier, write


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_a_server_that_is_down_is_said_in_one_dutch_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    address = f"postgresql://archief:geheim@127.0.0.1:{_closed_port()}/bricoleur"
    code, out, err = run(capsys, "archive", "list", "--db", address)
    assert (code, out) == (1, [])
    shown = address.replace(":geheim@", "@")
    assert err == (
        f"bricoleur-desk: {shown}: de databaseserver is niet bereikbaar (draait hij, en klopt het adres?)\n"
    )


def test_a_server_that_is_down_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    path = write(tmp_path / "a.bricoleur", small_dossier("Molenstraat", ["Drempels"]))
    address = f"postgresql://archief@127.0.0.1:{_closed_port()}/bricoleur"
    code, out, err = run(capsys, "archive", "push", str(path), "--db", address)
    assert (code, out) == (1, [])
    assert err == (
        f"bricoleur-desk: {address}: cannot reach the database server (is it running, and is the address right?)\n"
    )
    assert rows(path, "SELECT * FROM archive_origin") == []


def test_a_wrong_password_is_refused_without_showing_either_password(
    postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    database = archive_url.rsplit("/", 1)[1]
    wrong = postgres.url(database, password="niet-het-wachtwoord")
    code, out, err = run(capsys, "archive", "list", "--db", wrong)
    assert (code, out) == (1, [])
    assert err == (
        f"bricoleur-desk: postgresql://postgres@127.0.0.1:{postgres.port}/{database}: "
        "the server refused the user name or password for postgres\n"
    )
    assert "niet-het-wachtwoord" not in err and postgres.password not in err
    code, _, err = run(capsys, "archive", "list", "--db", wrong)  # Dutch too
    assert code == 1


def test_a_wrong_password_in_dutch(postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = archive_url.replace(postgres.password, "fout")
    code, _, err = run(capsys, "archive", "list", "--db", wrong)
    assert code == 1
    assert err.endswith(": de server weigert de gebruikersnaam of het wachtwoord van postgres\n")


def test_a_missing_database_and_a_wrong_address(
    postgres: Server, capsys: pytest.CaptureFixture[str], english_messages: None
) -> None:
    code, _, err = run(capsys, "archive", "list", "--db", postgres.url("bestaat_niet"))
    assert code == 1
    assert err.endswith("/bestaat_niet: the database does not exist on this server; ask IT to create it (see docs/ARCHIVE.md)\n")
    code, _, err = run(capsys, "archive", "list", "--db", "mysql://iemand@server/db")
    assert (code, err) == (
        1,
        "bricoleur-desk: iemand@server/db: is not a PostgreSQL address; give one like postgresql://user@host/database\n",
    )
    code, _, err = run(capsys, "archive", "list")
    assert code == 1 and "no archive address" in err


def _big_dossier(strokes: int) -> Dossier:
    dossier = small_dossier("Stationsgebied", [f"Punt {i}" for i in range(1, 201)])
    points = array("f", [float(i % 500) for i in range(3 * 60)])
    sheet = Sheet("s1", "Schets", strokes=[Stroke(f"st{i}", array("f", points)) for i in range(strokes)])
    dossier.meetings[0].canvases = [Canvas("c1", "Kaart", sheets=[sheet])]
    return dossier


def test_a_connection_killed_in_the_middle_of_a_push_leaves_the_archive_as_it_was(
    postgres: Server, archive_url: str, tmp_path: Path
) -> None:
    path = write(tmp_path / "groot.bricoleur", _big_dossier(20_000))
    archive = open_archive(archive_url)
    dossier_id = push(archive, path).dossier_id
    _add_note(path, "Na de eerste push")
    database = archive_url.rsplit("/", 1)[1]

    failure: list[BaseException] = []

    def pushing() -> None:
        try:
            push(archive, path)
        except BaseException as e:  # noqa: BLE001 - handed to the test's thread
            failure.append(e)

    worker = threading.Thread(target=pushing)
    killed = False
    with postgres.admin() as admin:
        worker.start()
        deadline = time.monotonic() + 120
        while worker.is_alive() and time.monotonic() < deadline and not killed:
            found = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = 'bricoleur-desk' "
                "AND query LIKE 'COPY stroke %%'",
                (database,),
            ).fetchall()
            for (pid,) in found:  # the push is sending its strokes: kill its connection
                killed = bool(admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0])
            time.sleep(0.005)
        worker.join(120)
    assert killed, "the push ended before its strokes were being sent"
    assert len(failure) == 1 and isinstance(failure[0], ConnectionLostError), failure
    assert str(failure[0]).endswith(
        "the connection was lost during the push; nothing was changed in the archive and the file is as it was"
    )
    assert "\n" not in str(failure[0])

    # the archive holds revision 1 whole: the old notes, every stroke; the file still says revision 1
    before = pull(archive, dossier_id, tmp_path / "before.bricoleur").path
    assert rows(before, "SELECT revision FROM archive_origin") == [(1,)]
    assert rows(before, "SELECT count(*) FROM note") == [(200,)]
    assert rows(before, "SELECT count(*) FROM stroke") == [(20_000,)]
    assert rows(path, "SELECT revision FROM archive_origin") == [(1,)]
    # and the push can simply be made again
    assert push(archive, path).revision == 2
    after = read_dossier_file(pull(archive, dossier_id, tmp_path / "after.bricoleur").path)
    assert after.meetings[0].notes[-1].text == "Na de eerste push"


def test_an_encrypted_dossier_is_pulled_encrypted_or_plain_only_when_asked(
    archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = write(tmp_path / "plain.bricoleur", small_dossier("Zorgwoningen", ["Privé"]))
    secret = encrypt_copy(plain, tmp_path / "secret.bricoleur", "paardenbloem")
    monkeypatch.setenv("BRICOLEUR_PASSPHRASE", "paardenbloem")
    assert run(capsys, "archive", "push", str(secret), "--db", archive_url)[0] == 0
    dossier_id = read_dossier_file(secret).id

    code, _, err = run(capsys, "archive", "pull", dossier_id, "--db", archive_url, "--out", str(tmp_path / "x.bricoleur"))
    assert code == 1
    assert "kwam uit een versleuteld bestand; haal het op met --encrypt" in err
    assert not (tmp_path / "x.bricoleur").exists()

    monkeypatch.setenv("BRICOLEUR_PASSPHRASE", "nieuwe zin")
    locked = tmp_path / "locked.bricoleur"
    code, out, err = run(capsys, "archive", "pull", dossier_id, "--db", archive_url, "--out", str(locked), "--encrypt")
    assert (code, err) == (0, "")
    assert out == [f"bricoleur-desk: wrote {locked} (Zorgwoningen, revision 1, encrypted)"]
    assert is_encrypted(locked)
    assert read_dossier_file(locked).meetings[0].notes[0].text == "Privé"  # with the new passphrase
    assert [p.name for p in tmp_path.iterdir() if "bricoleur-pull" in p.name] == []

    opened = tmp_path / "open.bricoleur"
    assert run(capsys, "archive", "pull", dossier_id, "--db", archive_url, "--out", str(opened), "--plain")[0] == 0
    assert not is_encrypted(opened)
    assert read_dossier_file(opened).title == "Zorgwoningen"


def test_pushing_twice_without_changes_in_between_replaces_the_archive_copy(archive_url: str, tmp_path: Path) -> None:
    path = write(tmp_path / "a.bricoleur", small_dossier("Molenstraat", ["Drempels"]))
    archive = open_archive(archive_url)
    assert [push(archive, path).revision for _ in range(3)] == [1, 2, 3]
    assert rows(path, "SELECT revision FROM archive_origin") == [(3,)]
    assert pull(archive, read_dossier_file(path).id, tmp_path / "b.bricoleur").revision == 3

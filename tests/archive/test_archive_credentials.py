"""The archive password in the system keyring where one exists; asked each time, never stored, where none does."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from bricoleur_desk.archive import credentials

from .cluster import Server
from .roles import Login, database_of, login_role, ok, run


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its passwords in this process only (as a system keyring would, elsewhere)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which keeps passwords readable on disk: refused."""


@pytest.fixture
def system_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A bare Linux session: keyring finds no backend and falls back to its fail backend."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


ADDRESS = "postgresql://anna@db.gemeente.nl:5433/bricoleur?sslmode=require"


def test_a_password_is_kept_per_address_in_the_system_keyring(system_keyring: MemoryKeyring) -> None:
    assert credentials.keyring_available()
    assert credentials.password_for(ADDRESS) is None
    assert credentials.remember(ADDRESS, "geheim-1") is True
    assert system_keyring.kept == {(credentials.SERVICE, "anna@db.gemeente.nl:5433/bricoleur"): "geheim-1"}
    # the options do not matter, the user, host, port and database do
    assert credentials.password_for("postgresql://anna@db.gemeente.nl:5433/bricoleur") == "geheim-1"
    assert credentials.password_for("postgresql://bram@db.gemeente.nl:5433/bricoleur") is None
    credentials.forget(ADDRESS)
    assert credentials.password_for(ADDRESS) is None
    credentials.forget(ADDRESS)  # none kept: nothing happens


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_without_a_keyring_nothing_is_kept_and_nothing_is_written(no_keyring: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    before = _files(home)
    assert not credentials.keyring_available()
    assert credentials.remember(ADDRESS, "geheim-2") is False
    assert credentials.password_for(ADDRESS) is None
    credentials.forget(ADDRESS)
    assert _files(home) == before  # not a byte under the user's folders
    assert not any(b"geheim-2" in data for data in _files(tmp_path).values())


def test_a_plain_text_keyring_counts_as_none() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert not credentials.keyring_available()
        assert credentials.remember(ADDRESS, "geheim-3") is False
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The command line on a terminal: the password typed at getpass's prompt (recorded)."""
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return typed.password  # type: ignore[attr-defined, no-any-return]

    import getpass

    monkeypatch.setattr(getpass, "getpass", typed)
    return asked


def _member(postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str]) -> Login:
    """A facilitator in team Noord (the owner makes the schema, the team and the membership)."""
    anna = login_role(postgres, database_of(archive_url), "anna")
    ok(capsys, "archive", "team", "add", "Noord", "--db", archive_url)
    ok(capsys, "archive", "member", "add", anna.role, "--team", "Noord", "--db", archive_url)
    return anna


def test_the_command_asks_once_and_then_takes_the_password_from_the_keyring(
    system_keyring: MemoryKeyring,
    terminal: list[str],
    postgres: Server,
    archive_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    anna = _member(postgres, archive_url, capsys)
    import getpass

    getpass.getpass.password = anna.password  # type: ignore[attr-defined]
    code, _, err = run(capsys, "archive", "list", "--db", anna.bare)
    assert code == 0, err
    assert terminal == [f"Password for {anna.role}@127.0.0.1:{postgres.port}/{database_of(archive_url)}: "]
    assert "the password is kept in the system keyring" in err
    assert credentials.password_for(anna.bare) == anna.password
    # the next time nothing is asked
    assert run(capsys, "archive", "list", "--db", anna.bare)[0] == 0
    assert len(terminal) == 1
    # a password changed on the server: the kept one is refused, asked again and kept anew
    with postgres.admin() as conn:
        conn.execute(f"ALTER ROLE {anna.role} PASSWORD 'nieuw-wachtwoord'")
    getpass.getpass.password = "nieuw-wachtwoord"  # type: ignore[attr-defined]
    assert run(capsys, "archive", "list", "--db", anna.bare)[0] == 0
    assert len(terminal) == 2
    assert credentials.password_for(anna.bare) == "nieuw-wachtwoord"


def test_without_a_keyring_the_command_asks_every_time(
    no_keyring: None,
    terminal: list[str],
    postgres: Server,
    archive_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    anna = _member(postgres, archive_url, capsys)
    import getpass

    getpass.getpass.password = anna.password  # type: ignore[attr-defined]
    for _ in range(2):
        code, _, err = run(capsys, "archive", "list", "--db", anna.bare)
        assert code == 0, err
        assert "keyring" not in err
    assert len(terminal) == 2
    assert not any(anna.password.encode() in data for data in _files(tmp_path).values())


def test_without_a_terminal_a_missing_password_is_one_line(
    no_keyring: None, postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    anna = _member(postgres, archive_url, capsys)
    code, out, err = run(capsys, "archive", "list", "--db", anna.bare)
    assert (code, out) == (1, []) and anna.role in err and err.count("\n") == 1


def test_a_password_in_the_address_is_used_and_the_keyring_left_alone(
    system_keyring: MemoryKeyring, postgres: Server, archive_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = _member(postgres, archive_url, capsys)
    credentials.remember(anna.bare, "een-oud-wachtwoord")
    assert credentials.has_password(anna.url) and not credentials.has_password(anna.bare)
    assert run(capsys, "archive", "list", "--db", anna.url)[0] == 0
    assert credentials.password_for(anna.bare) == "een-oud-wachtwoord"  # neither used nor dropped

"""Login roles for the access tests: one per facilitator or adviser, made on the throwaway cluster.

Roles belong to the whole cluster, not to a test's database, so each gets a fresh name.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from bricoleur_desk.app import main
from bricoleur_desk.domain.model import Dossier, Meeting, Note
from bricoleur_desk.storage import create_dossier

from .cluster import Server


@dataclass(frozen=True)
class Login:
    role: str
    password: str
    url: str  # with the password, as a test hands it to a command
    bare: str  # without it: what a user types (the password comes from the keyring or a prompt)

    def connect(self, postgres: Server, database: str) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=postgres.port, user=self.role, password=self.password, dbname=database, autocommit=True
        )


def login_role(postgres: Server, database: str, name: str) -> Login:
    role = f"{name}_{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(12)
    with postgres.admin() as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    where = f"127.0.0.1:{postgres.port}/{database}"
    return Login(role, password, f"postgresql://{role}:{password}@{where}", f"postgresql://{role}@{where}")


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?", 1)[0]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def write(path: Path, dossier: Dossier) -> Path:
    create_dossier(path, dossier).close()
    return path


def dossier_with_notes(title: str, notes: list[str]) -> Dossier:
    from datetime import datetime

    meeting = Meeting("m1", "Bewonersavond", datetime(2026, 3, 12, 19, 30))
    meeting.notes = [Note(f"n{i}", i, text) for i, text in enumerate(notes, start=1)]
    return Dossier(title, meetings=[meeting])


def dossier_tables(conn: psycopg.Connection) -> list[str]:
    """Every table of the archive with a dossier_id column (the policies' tables)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'dossier_id' ORDER BY table_name"
        )
    ]

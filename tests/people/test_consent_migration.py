"""A dossier written before consent had a date (schema 0002) opens: backed up, upgraded, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from bricoleur_desk.storage import backups, create_dossier, open_dossier, read_dossier_file
from bricoleur_desk.storage.identity import SCHEMA_REVISION
from bricoleur_desk.storage.migrate import MIGRATIONS, _config
from bricoleur_desk.workspace.demo import build_demo_dossier


def test_a_0002_file_is_upgraded_to_0003n(tmp_path: Path) -> None:
    path = tmp_path / "oud.bricoleur"
    create_dossier(path, build_demo_dossier()).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = _config(MIGRATIONS)
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    engine.dispose()
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(person)")}
    assert "consent_date" not in columns and conn.execute(
        "SELECT version_num FROM alembic_version"
    ).fetchone() == ("0002",)
    conn.close()

    with open_dossier(path) as opened:
        people = opened.load().people
    assert [p.name for p in people] == [p.name for p in build_demo_dossier().people]
    assert all(p.consent_date is None and p.consent_how is None for p in people)
    assert backups.backups(build_demo_dossier().id)  # the 0002 file kept in the data folder
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_REVISION,)  # 0003n or a later one
    conn.close()
    assert read_dossier_file(path).people[0].consent_contact == build_demo_dossier().people[0].consent_contact

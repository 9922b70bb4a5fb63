"""Alembic migrations: the head is what the code writes; an older file is backed up, then upgraded."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bricoleur_desk.storage import DossierFileError, backups, open_dossier
from bricoleur_desk.storage.dossier_file import _open
from bricoleur_desk.storage.migrate import MIGRATIONS, head_revision, known_revisions
from bricoleur_desk.storage.schema import METADATA, SCHEMA_REVISION

from .conftest import rich_dossier

# A later release's migration (9999, after this build's head), as a test would meet it: rebuilds
# the meeting table (a parent of notes, canvases, sheets and strokes) in batch mode and fills
# the new column from old data.
UPGRADE_NEXT = '''
"""Test only: a mood per meeting."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.Text(), nullable=True))
    op.execute("UPDATE meeting SET mood = 'calm: ' || title")


def downgrade():
    pass
'''

FAILING_NEXT = """
revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None

from alembic import op


def upgrade():
    op.execute("DELETE FROM note")
    raise RuntimeError("disk on fire")


def downgrade():
    pass
"""


def _scripts(tmp_path: Path, migration: str) -> Path:
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    script = textwrap.dedent(migration).replace("{head}", SCHEMA_REVISION)
    (location / "versions" / "9999_test.py").write_text(script)
    return location


def _revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # leaves no side files
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_schema_revision_is_the_head() -> None:
    assert head_revision() == SCHEMA_REVISION
    # each script's name starts with its revision id: what SCHEMA_REVISION is read from
    named = {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")}
    assert named == known_revisions()


def test_migrations_build_exactly_the_models(dossier_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{dossier_path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), METADATA)
    engine.dispose()
    assert diff == []
    assert _revision(dossier_path) == SCHEMA_REVISION


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_older_file_is_backed_up_then_upgraded(dossier_path: Path, tmp_path: Path) -> None:
    original_dump = _dump(dossier_path)
    location = _scripts(tmp_path, UPGRADE_NEXT)
    with _open(dossier_path, script_location=location, head="9999") as opened:
        # everything under the rebuilt meeting table survived (no cascade on the copy-and-drop)
        assert opened.load() == rich_dossier()
    (backup,) = backups.backups(rich_dossier().id)  # in the user data folder, not beside the file
    assert backup.parent == backups.backups_root() / rich_dossier().id
    assert backup.name.endswith(f"-update-{SCHEMA_REVISION}.bricoleur")
    assert _dump(backup) == original_dump
    assert backup.stat().st_mode & 0o777 == 0o600 and backup.parent.stat().st_mode & 0o777 == 0o700
    assert _revision(backup) == SCHEMA_REVISION
    assert _revision(dossier_path) == "9999"
    conn = sqlite3.connect(dossier_path)
    moods = conn.execute("SELECT mood FROM meeting ORDER BY position").fetchall()
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert moods == [("calm: Eerste avond",), ("calm: Tweede avond",)]
    # opened again at the new head: no second backup
    with _open(dossier_path, script_location=location, head="9999"):
        pass
    assert backups.backups(rich_dossier().id) == [backup]
    assert not list(dossier_path.parent.glob("*.bak-*"))
    # and this build, whose head is SCHEMA_REVISION, refuses the upgraded file without touching it
    upgraded = dossier_path.read_bytes()
    with pytest.raises(DossierFileError, match="newer version"):
        open_dossier(dossier_path)
    assert dossier_path.read_bytes() == upgraded


def test_failed_migration_leaves_the_file_at_its_revision(dossier_path: Path, tmp_path: Path) -> None:
    location = _scripts(tmp_path, FAILING_NEXT)
    with pytest.raises(DossierFileError, match="could not update") as caught:
        _open(dossier_path, script_location=location, head="9999")
    assert "disk on fire" in str(caught.value)
    (backup,) = backups.backups(rich_dossier().id)
    assert str(backup) in str(caught.value)
    assert _revision(dossier_path) == SCHEMA_REVISION
    with open_dossier(dossier_path) as opened:  # nothing was lost, and the lock was released
        assert opened.load() == rich_dossier()


def test_opening_a_current_file_imports_neither_alembic_nor_sqlalchemy(dossier_path: Path) -> None:
    code = f"""
        import sys
        from pathlib import Path
        from bricoleur_desk.storage import open_dossier
        heavy = lambda: sorted(m for m in ("alembic", "sqlalchemy") if m in sys.modules)
        with open_dossier(Path({str(dossier_path)!r})) as f:
            f.load()
            print(heavy())
            f.warm_up()  # what the first edit (or the app, once its window shows) does
            print(heavy())
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split("\n")[:2] == ["[]", "['sqlalchemy']"], result.stderr


def test_schema_and_upserts_compile_for_postgresql() -> None:
    # kept portable: a municipality may one day host dossiers in PostgreSQL
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from bricoleur_desk.storage.repository import TABLES, _move, _upsert
    from bricoleur_desk.storage.schema import DELETION

    dialect = postgresql.dialect()
    assert "PRIMARY KEY (id)" in str(CreateTable(DELETION).compile(dialect=dialect))
    for kind, table in TABLES.items():
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "ON DELETE CASCADE" in ddl or kind == "dossier"
        assert "ON CONFLICT (id) DO UPDATE" in str(_upsert("postgresql", kind).compile(dialect=dialect))
        if kind != "dossier":  # the only row without a position
            assert f"version=({kind}.version +" in str(_move(kind).compile(dialect=dialect))

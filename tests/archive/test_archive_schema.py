"""The archive's migrations make exactly the tables the entity descriptions give (archive/schema.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bricoleur_desk.archive.connection import VERSION_TABLE, open_archive
from bricoleur_desk.archive.schema import METADATA, TABLES
from bricoleur_desk.storage.entities import ENTITIES


def test_the_migrations_make_the_described_schema(archive_url: str) -> None:
    archive = open_archive(archive_url)  # an empty database: the migrations run
    with archive.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        differences = [
            d for d in compare_metadata(context, METADATA) if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)
        ]
        assert differences == []
        assert conn.execute(sa.text(f"SELECT count(*) FROM {VERSION_TABLE}")).scalar() == 1
        assert conn.execute(sa.text("SELECT count(*) FROM archive_info")).scalar() == 1
    archive.engine.dispose()


def test_every_row_of_every_table_carries_its_dossier_id() -> None:
    # what row-level security per team needs later: one column to write the policies on
    for kind in ENTITIES:
        table = TABLES[kind]
        assert [c.name for c in table.primary_key.columns] == ["dossier_id", "id"], kind
        assert not table.c.dossier_id.nullable
    assert {t.name for t in METADATA.sorted_tables} >= {"archive_dossier", "archive_deletion", "archive_info"}

"""How a dossier file identifies itself, importable without SQLAlchemy (opening must start fast)."""

from pathlib import Path

# PRAGMA application_id of a dossier file ("BRCD" in ASCII), in the SQLite header at offset 68
APPLICATION_ID = 0x42524344

MIGRATION_SCRIPTS = Path(__file__).with_name("migrations") / "versions"

# The Alembic revision this code writes: the newest migration, whose file name starts with its
# revision id (0001_initial.py), so that adding a migration is all it takes and opening a file
# needs no Alembic; a file at another revision is migrated or refused. A revision id may carry a
# letter after its number (0003s_report_cache.py: revision "0003s").
# tests/storage/test_migrations.py checks that the names and Alembic's head agree.
SCHEMA_REVISION = max(p.name.split("_", 1)[0] for p in MIGRATION_SCRIPTS.glob("[0-9][0-9][0-9][0-9]*_*.py"))

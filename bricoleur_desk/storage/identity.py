"""How a dossier file identifies itself, importable without SQLAlchemy (opening must start fast)."""

# PRAGMA application_id of a dossier file ("BRCD" in ASCII), in the SQLite header at offset 68
APPLICATION_ID = 0x42524344

# The Alembic revision this code writes; a file at another revision is migrated or refused.
# tests/storage/test_migrations.py checks it is the head of storage/migrations/versions.
SCHEMA_REVISION = "0002"

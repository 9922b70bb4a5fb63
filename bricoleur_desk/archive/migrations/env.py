"""Alembic environment for the team archive on PostgreSQL, run programmatically on an open connection.

Its own version table (``archive_alembic_version``), so that the archive's revisions never mix
with a dossier file's (storage/migrations) even in a database that held both.
"""

from alembic import context

from bricoleur_desk.archive.schema import METADATA

VERSION_TABLE = "archive_alembic_version"

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=METADATA, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment for dossier files: always run programmatically on an open connection.

The caller (storage/migrate.py) passes the locked connection in ``config.attributes``; there is
no URL and no alembic.ini at run time. Batch mode, because SQLite cannot ALTER most things.
"""

from alembic import context

from bricoleur_desk.storage.schema import METADATA

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=METADATA, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

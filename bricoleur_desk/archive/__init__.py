"""The team archive: every dossier of a municipality in one PostgreSQL database.

Each laptop keeps working offline on its own file; ``push`` sends a file's dossier to the
archive in one transaction, ``pull`` brings one back as a file, and the archive answers what
no single file can: ``promises`` across all dossiers, ``search`` with Dutch full-text search.
The tables are derived from the same entity descriptions as a file's (``storage/entities.py``),
each row with its ``dossier_id``. Above storage in the layering (it reads and writes dossier
files through ``storage.archive_rows``), below workspace; only PostgreSQL details live here.
Who may see what (teams, row-level security, the advisers' masked copies) is ``access``;
passwords in the system keyring ``credentials``; retention ``retention``. See docs/ARCHIVE.md.
"""

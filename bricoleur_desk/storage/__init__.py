"""The dossier file: one SQLite file per dossier, every change committed when it happens.

The whole public API the app and the UI use::

    with open_dossier(path) as file:            # validate, back up + migrate if older, lock
        session = DossierSession(file.load(), store=file)
        file.warm_up()                          # optional: import the writer before the first edit
    preload_writer()                            # the same import, safe from a worker thread
        ...                                     # session.apply(...) commits through file.write

    create_dossier(path, dossier)               # all or nothing (temp file, then rename); opened
    read_dossier_file(path)                     # a report's or an export's read, also while open
    copy_dossier_file(path, target)             # a complete copy (SQLite's backup API), also while open
    encryption.encrypt_copy(path, new, phrase)  # encrypted at rest (SQLCipher); see storage/encryption.py

Every problem is a ``DossierFileError`` whose text is one line naming the file. Opening and
reading import no SQLAlchemy (start-up time); the SQLite details are in ``sqlite_file`` (which
driver, plain ``sqlite3`` or SQLCipher, and the key: ``driver``), each
entity is described once in ``entities`` (its tables in ``schema``, reading in ``reader``,
writing in ``repository``, ``file_state`` and ``deletions`` all derive from it).
"""

from . import temporaries
from .dossier_file import (
    FILE_SUFFIX,
    DossierFile,
    copy_dossier_file,
    create_dossier,
    open_dossier,
    preload_writer,
    read_dossier_file,
)
from .errors import (
    DamagedRowError,
    DossierFileError,
    DossierLockedError,
    NewerVersionError,
    NotADossierError,
    ReadOnlyDossierError,
)
from .sqlite_file import backups_of, is_sqlite_file, shred

__all__ = [
    "FILE_SUFFIX",
    "DamagedRowError",
    "DossierFile",
    "DossierFileError",
    "DossierLockedError",
    "NewerVersionError",
    "NotADossierError",
    "ReadOnlyDossierError",
    "backups_of",
    "copy_dossier_file",
    "create_dossier",
    "is_sqlite_file",
    "open_dossier",
    "preload_writer",
    "read_dossier_file",
    "shred",
    "temporaries",
]

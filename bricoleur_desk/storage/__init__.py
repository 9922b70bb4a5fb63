"""The dossier file: one SQLite file per dossier, every change committed when it happens.

This is the whole public API the app and the UI use; everything SQLite-specific is in
``sqlite_file``, the tables in ``schema``, the mapping in ``rows`` and ``repository``.
"""

from .dossier_file import FILE_SUFFIX, DossierFile, create_dossier, open_dossier
from .errors import DossierFileError, DossierLockedError, NewerVersionError, NotADossierError

__all__ = [
    "FILE_SUFFIX",
    "DossierFile",
    "DossierFileError",
    "DossierLockedError",
    "NewerVersionError",
    "NotADossierError",
    "create_dossier",
    "open_dossier",
]

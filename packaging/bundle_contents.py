"""What the bundle carries and what it leaves out; read by bricoleur-desk.spec and by the tests.

Kept apart from the spec so that tests/packaging can check it without running PyInstaller.
The figures before and after the trimming are in docs/PERFORMANCE.md ("The Linux bundle").
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# (source in the checkout, folder in the bundle): the app finds them where an installed wheel has them
DATA_DIRS = [
    ("resources", "bricoleur_desk/_resources"),  # fonts, icon, demo, translations (resources.py)
    ("bricoleur_desk/storage/migrations", "bricoleur_desk/storage/migrations"),  # Alembic reads files
    ("bricoleur_desk/archive/migrations", "bricoleur_desk/archive/migrations"),  # the team archive's
]

# imported by name at run time, which PyInstaller's analysis cannot see
HIDDEN_IMPORTS = [
    "alembic.op",  # the migration scripts' `from alembic import op`
    "alembic.context",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",  # the team archive (archive push/pull ... --db URL)
    "alembic.ddl.postgresql",
    "psycopg_binary",  # psycopg's own libpq and C speed-ups, imported by name
]

# packages that read their metadata (importlib.metadata) when imported
METADATA_OF = ["deduce", "docdeid"]

# modules the app never imports, which hooks or optional imports would pull in from the build venv
EXCLUDED_MODULES = [
    "tkinter",
    "readline",  # GPL, and a window app has no prompt to edit
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "psycopg2",  # SQLAlchemy's hook collects every database driver it finds: the archive uses psycopg 3
    "pymysql",
    "MySQLdb",
    "pysqlite2",
    "pdfminer",
    "pdfplumber",
    "pypdf",
    "PySide6.QtNetwork",  # the app never goes on the network (a hook adds these two modules)
    "PySide6.QtDBus",
]

# Qt plugins (paths inside PySide6/Qt/plugins) the app has no use for on a laptop with a projector
UNUSED_QT_PLUGINS = [
    "platforms/libqeglfs.so",  # full-screen embedded devices, not desktops
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "egldeviceintegrations/*",
    "generic/*",  # evdev and TUIO input for the embedded platforms above
    "networkinformation/*",  # the app never goes on the network
    "tls/*",
    "platformthemes/libqgtk3.so",  # GTK file dialogs and colours; Qt's own dialogs remain (and the portal)
    "imageformats/libqicns.so",  # backgrounds are PNG, JPEG, WebP, TIFF, GIF or BMP (canvas/backgrounds.py)
    "imageformats/libqico.so",
    "imageformats/libqtga.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqpdf.so",  # PDF plans go through pypdfium2
]
# Qt's own translations: only Dutch (the English source texts need none)
QT_TRANSLATIONS_KEPT = ("qtbase_nl.qm", "qt_nl.qm")

_QT_PLUGINS = "PySide6/Qt/plugins/"
_QT_TRANSLATIONS = "PySide6/Qt/translations/"


def left_out(destination: str) -> bool:
    """Whether a file at ``destination`` (its path inside the bundle) is left out before pruning."""
    destination = destination.replace("\\", "/")
    if destination.startswith(_QT_PLUGINS):
        plugin = destination[len(_QT_PLUGINS) :]
        return any(fnmatch.fnmatch(plugin, pattern) for pattern in UNUSED_QT_PLUGINS)
    if destination.startswith(_QT_TRANSLATIONS):
        return Path(destination).name not in QT_TRANSLATIONS_KEPT
    return False


def keep(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries or data files to ship: all of them, less what :func:`left_out` names."""
    return [entry for entry in entries if not left_out(entry[0])]


def _plain_library(destination: str) -> bool:
    """A shared library only loaded because another binary needs it (not a module or plugin)."""
    destination = destination.replace("\\", "/")
    if destination.startswith("libpython"):
        return False  # the bootloader loads it
    folder = destination.rpartition("/")[0]
    return folder == "" or folder == "PySide6/Qt/lib" or folder.endswith(".libs")


_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")


def _needed(path: str) -> list[str]:
    result = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return _NEEDED.findall(result.stdout)


def prune(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the shared libraries nothing kept needs any more (those only the left-out plugins
    pulled in, such as GTK for the GTK theme). Linux only; elsewhere, or without readelf, all stay."""
    if shutil.which("readelf") is None:
        return binaries
    files = [(dest, src) for dest, src, kind in binaries if kind != "SYMLINK"]
    by_name = {Path(dest).name: dest for dest, _src in files}
    sources = dict(files)
    todo = [dest for dest, _src in files if not _plain_library(dest)]
    reached: set[str] = set()
    while todo:
        dest = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        if sources[dest].endswith(".so") or ".so." in sources[dest]:
            todo += [by_name[name] for name in _needed(sources[dest]) if name in by_name]
    kept = []
    for dest, src, kind in binaries:
        if kind == "SYMLINK":  # src is the target, relative to the link's folder
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")
            if target in reached:
                kept.append((dest, src, kind))
        elif dest in reached:
            kept.append((dest, src, kind))
    return kept


def version() -> str:
    """The app's version, read from the checkout (bricoleur_desk/__init__.py) without importing it."""
    init = Path(__file__).resolve().parent.parent / "bricoleur_desk" / "__init__.py"
    match = re.search(r'__version__ = "([^"]+)"', init.read_text(encoding="utf-8"))
    assert match is not None
    return match.group(1)

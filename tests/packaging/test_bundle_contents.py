"""What the PyInstaller spec puts in the bundle and leaves out (the full bundle is built and
smoke-tested by .ci/run through packaging/build.sh and packaging/smoke_test.sh)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str):  # noqa: ANN202 - a module from packaging/, which is no package
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def contents():  # noqa: ANN201
    return _load("bundle_contents")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_the_data_folders_the_app_reads_are_in_the_spec_where_the_app_looks(contents) -> None:
    from bricoleur_desk.resources import INSIDE_PACKAGE

    targets = dict(contents.DATA_DIRS)
    assert targets["resources"] == f"bricoleur_desk/{INSIDE_PACKAGE}"
    assert targets["bricoleur_desk/storage/migrations"] == "bricoleur_desk/storage/migrations"
    for source in targets:
        assert (ROOT / source).is_dir()
    spec = (PACKAGING / "bricoleur-desk.spec").read_text(encoding="utf-8")
    for needle in ("contents.DATA_DIRS", 'collect_data_files("deduce"', "contents.HIDDEN_IMPORTS",
                   "contents.EXCLUDED_MODULES", "contents.METADATA_OF", "contents.prune(contents.keep("):
        assert needle in spec  # fmt: skip


def test_what_the_migrations_import_by_name_is_collected(contents) -> None:
    migrations = ROOT / "bricoleur_desk" / "storage" / "migrations"
    imported = set()
    for script in [migrations / "env.py", *(migrations / "versions").glob("*.py")]:
        imported |= _imports(script)
    alembic = {name for name in imported if name.startswith("alembic.")}
    assert alembic and alembic <= set(contents.HIDDEN_IMPORTS)
    for name in contents.HIDDEN_IMPORTS:
        importlib.import_module(name)


def test_the_modules_left_out_are_never_imported_by_the_app(contents) -> None:
    imported: set[str] = set()
    for path in (ROOT / "bricoleur_desk").rglob("*.py"):
        imported |= _imports(path)
    for excluded in contents.EXCLUDED_MODULES:
        hits = sorted(name for name in imported if name == excluded or name.startswith(excluded + "."))
        assert not hits, f"{excluded} is left out of the bundle but imported: {hits}"


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",  # X11 laptops
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # CI and the screenshots
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",  # the app icon is SVG
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",  # aerial photos
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/translations/qtbase_nl.qm",  # Qt's own dialogs in Dutch
        "deduce/data/lookup/cache/lookup_structs.pickle",
        "bricoleur_desk/_resources/translations/bricoleur_nl.qm",
    ],
)
def test_what_the_app_uses_stays(contents, destination: str) -> None:
    assert not contents.left_out(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtdeclarative_nl.qm",  # no QML
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
    ],
)
def test_what_the_app_does_not_use_goes(contents, destination: str) -> None:
    assert contents.left_out(destination)


def test_every_background_format_the_canvas_accepts_keeps_its_image_plugin(contents) -> None:
    from bricoleur_desk.ui.canvas.backgrounds import IMAGE_SUFFIXES

    built_in = {".png", ".bmp"}  # in QtGui itself
    plugin = {".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp", ".tif": "tiff", ".tiff": "tiff", ".gif": "gif"}
    for suffix in IMAGE_SUFFIXES:
        if suffix not in built_in:
            assert not contents.left_out(f"PySide6/Qt/plugins/imageformats/libq{plugin[suffix]}.so")


def test_pruning_drops_libraries_only_left_out_plugins_needed(contents, tmp_path: Path) -> None:
    """With real ELF files of this venv: GTK goes with the GTK theme, Qt's core stays."""
    qt = Path(importlib.import_module("PySide6").__file__).parent / "Qt"
    core = qt / "lib" / "libQt6Core.so.6"
    network = qt / "lib" / "libQt6Network.so.6"
    widgets = Path(importlib.import_module("PySide6.QtWidgets").__file__)
    binaries = [
        ("PySide6/QtWidgets.abi3.so", str(widgets), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(network), "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept = {dest for dest, _src, _kind in contents.prune(binaries)}
    assert kept == {"PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"}


def test_the_spec_reads_the_apps_version(contents) -> None:
    from bricoleur_desk import __version__

    assert contents.version() == __version__

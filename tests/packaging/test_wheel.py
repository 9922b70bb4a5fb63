"""`pip install .` (not editable) ships resources/ and the Alembic migrations inside the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_wheel(tmp_path: Path) -> Path:
    """A wheel of a copy of the checkout, built by pip as `pip install .` builds it."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("bricoleur_desk", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = tmp_path / "wheel"
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("*.whl")
    return wheel


def test_the_wheel_carries_resources_and_migrations_and_the_app_finds_them(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            assert f"bricoleur_desk/_resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names
    migrations = ROOT / "bricoleur_desk" / "storage" / "migrations"
    for path in [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]:
        assert path.relative_to(ROOT).as_posix() in names

    installed = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(installed)
    probe = (
        "from bricoleur_desk.resources import resource_path; "
        "from bricoleur_desk.storage.identity import MIGRATION_SCRIPTS; "
        "print(resource_path('translations', 'bricoleur_nl.qm')); print(MIGRATION_SCRIPTS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(installed)},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    qm, scripts = (Path(line) for line in result.stdout.splitlines())
    assert qm == installed / "bricoleur_desk" / "_resources" / "translations" / "bricoleur_nl.qm"
    assert qm.read_bytes() == (ROOT / "resources" / "translations" / "bricoleur_nl.qm").read_bytes()
    assert scripts.is_relative_to(installed) and sorted(p.name for p in scripts.glob("*.py")) == sorted(
        p.name for p in (migrations / "versions").glob("*.py")
    )


def test_a_checkout_reads_the_top_level_resources_folder() -> None:
    from bricoleur_desk.resources import resource_path

    assert resource_path("fonts", "DejaVuSans.ttf") == ROOT / "resources" / "fonts" / "DejaVuSans.ttf"

"""The one direction of dependency is a check that fails, not a wish."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--no-cache"],
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_package_keeps_its_layers() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def _with_mistake(tmp_path: Path, module: str, line: str) -> subprocess.CompletedProcess[str]:
    shutil.copytree(
        ROOT / "bricoleur_desk", tmp_path / "bricoleur_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    source = tmp_path / "bricoleur_desk" / module
    source.write_text(line + "  # a layering mistake\n" + source.read_text())
    return _lint_imports(tmp_path)


def test_importing_pyside_in_the_domain_breaks_the_check(tmp_path: Path) -> None:
    result = _with_mistake(tmp_path, "domain/model.py", "from PySide6.QtCore import QPointF")
    assert result.returncode != 0
    assert "bricoleur_desk.domain.model -> PySide6" in result.stdout


def test_the_ui_importing_storage_breaks_the_check(tmp_path: Path) -> None:
    result = _with_mistake(tmp_path, "ui/main_window.py", "from bricoleur_desk.storage import open_dossier")
    assert result.returncode != 0
    assert "The UI reaches storage only through workspace BROKEN" in result.stdout

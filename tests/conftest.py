"""Test set-up: offscreen Qt, and every user folder pointed at a temporary path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs and Qt both follow XDG on Linux: point them all at tmp_path so no test
    # can read or write the real user's settings, logs or documents.
    home = tmp_path / "home"
    for name, sub in {
        "HOME": "",
        "XDG_CONFIG_HOME": ".config",
        "XDG_DATA_HOME": ".local/share",
        "XDG_STATE_HOME": ".local/state",
        "XDG_CACHE_HOME": ".cache",
        "XDG_DOCUMENTS_DIR": "Documents",
    }.items():
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))


@pytest.fixture(scope="session", autouse=True)
def _qt_standard_paths_in_test_mode() -> None:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session")
def name_scanner():  # -> NameScanner; loaded once for the whole run (seconds, about 1 GB)
    from bricoleur_desk.workspace.name_scanner import load_name_scanner

    return load_name_scanner()

"""The real name scanner, loaded once per test run (it takes seconds) and shared by the tests."""

from __future__ import annotations

import threading
from typing import Any

_loaded: list[Any] = []
_lock = threading.Lock()


def loaded_scanner() -> Any:
    """The NameScanner (deduce), loaded at the first call; its ``find`` is safe from any thread."""
    with _lock:
        if not _loaded:
            from bricoleur_desk.workspace.name_scanner import load_name_scanner

            _loaded.append(load_name_scanner())
        return _loaded[0]

"""Where the app's shipped files (fonts, icons, sample data) are."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under the project's ``resources/`` folder."""
    return _ROOT.joinpath(*parts)

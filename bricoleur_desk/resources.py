"""Where the app's shipped files (fonts, icons, sample data, translations) are.

They live in the project's top-level ``resources/`` folder. A wheel (``pip install .``) and the
bundle carry that folder inside the package as ``bricoleur_desk/_resources`` (setup.py and
packaging/bundle_contents.py put it there); a checkout and an editable install read it in place.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
INSIDE_PACKAGE = "_resources"


def _root() -> Path:
    inside = _PACKAGE / INSIDE_PACKAGE
    return inside if inside.is_dir() else _PACKAGE.parent / "resources"


_ROOT = _root()


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return _ROOT.joinpath(*parts)

"""The demo dossier: "Tijdelijk park Van Heekplein", a temporary park on a vacant lot.

Two resident evenings: September (closed, with promises, several already kept) and November
(under discussion, with a sketch of two alternatives over the map). Everything is fictional.
The dossier is data, ``resources/sample/van-heekplein.json`` in the JSON interchange format
(version 1, docs/dossier-v1.schema.json), with every id and time fixed so that the demo is the
same each time; its canvas embeds ``van-heekplein-map.png`` (a test keeps the two the same).
"""

from __future__ import annotations

from ..domain.model import Dossier
from ..resources import resource_path
from ..storage.interchange import read_json_file

DEMO_FILE = ("sample", "van-heekplein.json")


def build_demo_dossier() -> Dossier:
    """A realistic, Dutch, fully fictional dossier with two meetings, 35 notes and a sketch."""
    return read_json_file(resource_path(*DEMO_FILE))

"""Writing what a dossier holds about people as a JSON file (a request for access)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain.model import Dossier
from .rights import people_data, person_data


def export_person(dossier_file: Path, person_id: str, out: Path) -> None:
    """Write everything ``dossier_file`` holds about one person to ``out`` (never over the input)."""
    from .files import load_dossier
    from .outputs import check_output

    target = check_output(out, [dossier_file])
    write_data(person_data(load_dossier(dossier_file), person_id), target)


def write_person(dossier: Dossier, person_id: str, out: Path, inputs: Sequence[Path] = ()) -> None:
    """The same for an open dossier (the app's menu)."""
    from .outputs import check_output

    write_data(person_data(dossier, person_id), check_output(out, inputs))


def write_everyone(dossier: Dossier, out: Path, inputs: Sequence[Path] = ()) -> None:
    """Every person's data in one file (before erasing them when the retention date has passed)."""
    from .outputs import check_output

    write_data(people_data(dossier), check_output(out, inputs))


def write_data(data: dict[str, Any], target: Path) -> None:
    """Atomically, private while written (it holds names and e-mails)."""
    from ..storage import temporaries

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with temporaries.replacing(target, ".tmp") as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")

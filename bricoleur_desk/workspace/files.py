"""Use cases on whole dossier files: write the demo, export to and import from JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.model import Dossier, Meeting


class UserError(Exception):
    """A problem the user can fix (a missing file, a bad JSON); shown as one line, no traceback."""


def write_demo(out: Path, *, overwrite: bool = True) -> Path:
    """Write the demo dossier (a temporary park on a vacant lot) to ``out``."""
    from ..storage import create_dossier
    from .demo import build_demo_dossier

    create_dossier(out, build_demo_dossier(), overwrite=overwrite).close()
    return out


def export_json(dossier_file: Path, out: Path) -> None:
    """Write the dossier in ``dossier_file`` as JSON interchange version 1."""
    from ..storage import open_dossier
    from ..storage.interchange import write_json_file

    with open_dossier(dossier_file) as opened:
        dossier = opened.load()
    write_json_file(dossier, out)


def import_json(json_file: Path, out: Path, warn: Callable[[str], None] | None = None) -> None:
    """Make a new dossier file ``out`` from a JSON interchange file; never overwrites."""
    from ..storage import create_dossier
    from ..storage.interchange import read_json_file

    dossier = read_json_file(json_file, warn=warn)
    if out.exists():
        raise UserError(f"{out}: already exists; choose another name or remove it first")
    create_dossier(out, dossier).close()


def load_dossier(dossier_file: Path) -> Dossier:
    """Read a whole dossier file (for one-shot commands such as the report)."""
    from ..storage import open_dossier

    with open_dossier(dossier_file) as opened:
        return opened.load()


def pick_meeting(dossier: Dossier, meeting_id: str | None) -> Meeting:
    """The given meeting, or the latest one; a clear error when there is none."""
    if meeting_id is not None:
        try:
            return dossier.meeting(meeting_id)
        except KeyError:
            known = ", ".join(m.id for m in dossier.meetings) or "none"
            raise UserError(f"no meeting with id {meeting_id!r} (meetings: {known})") from None
    latest = dossier.latest_meeting()
    if latest is None:
        raise UserError(f"dossier {dossier.title!r} has no meetings yet")
    return latest

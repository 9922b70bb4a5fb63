"""Use cases on whole dossier files: write the demo, export to and import from JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import Message
from ..domain.model import Dossier, Meeting
from .errors import UserError

__all__ = [
    "UserError",
    "demo_location",
    "ensure_demo",
    "export_json",
    "import_json",
    "load_dossier",
    "pick_meeting",
    "save_copy",
    "write_demo",
]


def write_demo(out: Path, *, overwrite: bool = True) -> Path:
    """Write the demo dossier (a temporary park on a vacant lot) to ``out``; never over a dossier."""
    from ..storage import create_dossier
    from .demo import build_demo_dossier
    from .outputs import check_output

    if not overwrite and out.exists():
        raise UserError("{path}: already exists; choose another name", path=out)
    target = check_output(out)
    create_dossier(target, build_demo_dossier(), overwrite=target.exists()).close()
    return out


def export_json(dossier_file: Path, out: Path) -> None:
    """Write the dossier in ``dossier_file`` as JSON interchange version 1 (even while it is open)."""
    from .outputs import check_output

    target = check_output(out, [dossier_file])
    write_json(load_dossier(dossier_file), target)


def write_json(dossier: Dossier, out: Path) -> None:
    """Write ``dossier`` as JSON interchange version 1 to ``out``, atomically, never over a dossier."""
    from ..storage.interchange import write_json_file
    from .outputs import check_output

    write_json_file(dossier, check_output(out))


def save_copy(dossier_file: Path, out: Path) -> None:
    """A complete copy of a dossier file, even while a window has it open and is writing it."""
    from ..storage import copy_dossier_file
    from .outputs import check_output

    copy_dossier_file(dossier_file, check_output(out, [dossier_file]))


def import_json(json_file: Path, out: Path, warn: Callable[[str], None] | None = None) -> None:
    """Make a new dossier file ``out`` from a JSON interchange file; never overwrites."""
    from ..storage import create_dossier
    from ..storage.interchange import read_json_file

    if out.exists() or out.is_symlink():
        raise UserError("{path}: already exists; choose another name or remove it first", path=out)
    dossier = read_json_file(json_file, warn=warn)
    create_dossier(out, dossier).close()
    # the sketches' forms, the maps at print size and the texts' name scans, made now: the
    # first report takes them as they are (#17)
    from .report_file import fill_report_cache

    fill_report_cache(out)


def load_dossier(dossier_file: Path) -> Dossier:
    """Read a whole dossier file (the report, an export), also while a window has it open."""
    from ..storage import read_dossier_file

    return read_dossier_file(dossier_file)


def pick_meeting(dossier: Dossier, meeting_id: str | None) -> Meeting:
    """The given meeting, or the latest one (the domain's rule); a clear error when there is none."""
    from ..domain.meeting_choice import NoSuchMeeting, meeting_to_work_on

    try:
        return meeting_to_work_on(dossier, meeting_id)
    except NoSuchMeeting as e:
        if meeting_id is None:
            raise UserError("dossier {title} has no meetings yet", title=repr(dossier.title)) from None
        known = ", ".join(e.known) or Message("none")
        raise UserError(
            "no meeting with id {id} (meetings: {known})", id=repr(meeting_id), known=known
        ) from None


def dossiers_folder() -> Path:
    """The app's folder in the user's documents folder: the demo, and where new dossiers go first."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Bricoleur Desk"


def first_folder(last: Path | None) -> Path:
    """Where a file dialog starts: the folder used last, else the app's documents folder (or the
    documents folder, or home), whichever exists first."""
    for folder in (last, dossiers_folder(), dossiers_folder().parent):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


def demo_location() -> Path:
    """Where the demo dossier is written for the app: the user's documents folder."""
    return dossiers_folder() / "Demo Van Heekplein.bricoleur"


def ensure_demo() -> Path:
    """The demo dossier in the documents folder, written there first if it is not there yet."""
    target = demo_location()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_demo(target, overwrite=False)
    return target

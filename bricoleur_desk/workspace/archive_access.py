"""Use cases on the team archive that need the app's own rules: masking for advisers, erasure, retention.

- :func:`push_dossier`: a push (archive/transfer.py) that also stores the dossier's masked copy,
  masked as the public report masks (privacy.py's ``PersonalDataFinder``: registered people's
  names, e-mail addresses and phone numbers, anyone's contact details, and with the name scanner
  anyone's name), for the communication advisers' role.
- :func:`erase_in_archive`: erasure (AVG art. 17) acts on the archive as on a file: the dossier is
  pulled into a private temporary folder, the person is erased there by the file's own erasure
  (erasure.py: the record, the links, their name and contact in every text) and the result is
  pushed back, replacing every row and the masked copy; the temporary file is shredded.
- :func:`erase_past_retention`: the same for everyone in the dossiers past their retention date.
- The password in the system keyring (archive/credentials.py) and whether a connection is
  encrypted, for the window (ui never imports archive): :func:`kept_password`,
  :func:`keep_password`, :func:`forget_password`, :func:`keyring_available`, :func:`encrypted`.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from ..archive import conflicts, credentials
from ..archive.access import PublicCopy
from ..archive.connection import Archive
from ..archive.retention import Due, encrypted_source, keep_encrypted_source, past_retention
from ..archive.transfer import Pushed, pull, push
from ..domain.model import Dossier
from ..storage import shred
from .erasure import Erasure, erase_people
from .name_scanner import NameScanner
from .opened import open_for_editing
from .privacy import PersonalDataFinder, public_text
from .team_archive import ArchiveLoginError, TeamArchive, keyring_address, open_team_archive


def public_copy(dossier: Dossier, names: NameScanner | None = None, lang: str = "nl") -> PublicCopy:
    """What the public report would show of the dossier, every text masked; no person, no contact."""
    finder = PersonalDataFinder(dossier.people, names, public_text(dossier))

    def mask(text: str | None) -> str | None:
        return None if text is None else finder.mask(text, lang)

    copy = PublicCopy(
        dossier={"title": mask(dossier.title), "area": mask(dossier.area)}, names_scanned=finder.scans_names
    )
    for meeting in dossier.meetings:
        copy.meetings.append(
            {
                "id": meeting.id,
                "title": mask(meeting.title),
                "starts_at": meeting.starts_at,
                **{k: mask(getattr(meeting, k)) for k in ("venue", "question", "introduction", "summary", "next_steps")},
            }
        )
        themes = {t.id: t.name for t in meeting.themes}
        for note in meeting.notes:
            copy.notes.append(
                {
                    "id": note.id,
                    "meeting_id": meeting.id,
                    "number": note.number,
                    "kind": str(note.kind),
                    "status": str(note.status),
                    "theme": mask(themes.get(note.theme_id or "")),
                    "text": mask(note.text),
                    "answer": mask(note.answer),
                    "raised_by_group": mask(note.raised_by_group),
                    "votes": note.votes,
                }
            )
    for position, promise in enumerate(dossier.promises):
        copy.promises.append(
            {
                "id": promise.id,
                "position": position,
                "meeting_id": promise.meeting_id,
                "text": mask(promise.text),
                "owner": mask(promise.owner),
                "due": promise.due,
                "status": str(promise.status),
                "reason": mask(promise.reason),
            }
        )
    return copy


def push_dossier(
    archive: Archive, path: Path, *, team: str | None = None, names: NameScanner | None = None
) -> Pushed:
    """Push the file with its masked copy (anyone's names masked too when ``names`` is given)."""
    return push(archive, path, team=team, public=lambda dossier: public_copy(dossier, names))


def erase_in_archive(
    archive: Archive,
    dossier_id: str,
    person_ids: list[str] | None,
    *,
    names: NameScanner | None = None,
    lang: str = "nl",
) -> Erasure:
    """Erase these people (None: everyone) from the archive's dossier, as erasure does in a file.

    Every table's rows and the masked copy are replaced by the erased dossier's in one push, and
    the conflicts waiting for a choice that hold their rows are dropped.
    """
    encrypted = encrypted_source(archive, dossier_id)
    with tempfile.TemporaryDirectory(prefix="bricoleur-erase-") as folder:  # private (0700)
        path = Path(folder) / "erasing.bricoleur"
        try:
            pull(archive, dossier_id, path, plain=True)
            opened = open_for_editing(path)
            try:
                people = person_ids if person_ids is not None else [p.id for p in opened.session.dossier.people]
                # what would name them in a conflict's kept rows: dropped once the erasure is pushed
                words = [
                    word
                    for person in opened.session.dossier.people
                    if person.id in people
                    for word in (person.id, person.name, person.email, person.phone)
                    if word
                ]
                report = erase_people(opened, people, lang)
            finally:
                opened.close()
            push_dossier(archive, path, names=names)
            conflicts.drop_mentioning(archive, dossier_id, words)
        finally:
            for leftover in sorted(Path(folder).iterdir()):  # the file before its side files
                if leftover.exists():
                    shred(leftover)
    if encrypted:
        keep_encrypted_source(archive, dossier_id)
    return report


def erase_past_retention(
    archive: Archive, today: date, *, names: NameScanner | None = None, lang: str = "nl"
) -> list[tuple[Due, Erasure]]:
    """Erase everyone in each dossier past its retention date that still holds people."""
    done = []
    for due in past_retention(archive, today):
        if due.people:
            done.append((due, erase_in_archive(archive, due.dossier_id, None, names=names, lang=lang)))
    return done


def open_with_keyring(address: str, user: str, password: str, *, remember: bool = False) -> TeamArchive:
    """Connect as the window does: no password typed takes the one kept in the system keyring
    for this address and user (dropped when the server refuses it); ``remember`` keeps a typed
    one there once it logged in."""
    key = keyring_address(address, user)
    kept = kept_password(key) if not password else None
    try:
        team = open_team_archive(address, user, password or kept or "")
    except ArchiveLoginError:
        if kept is not None:
            forget_password(key)  # changed since: ask for the new one
        raise
    if remember and password:
        keep_password(key, password)
    return team


def kept_password(address: str) -> str | None:
    """The password kept in the system keyring for this address; None: ask (and maybe keep it)."""
    return credentials.password_for(address)


def keep_password(address: str, password: str) -> bool:
    """Keep a password that just logged in; False where there is no keyring (ask each time then)."""
    return credentials.remember(address, password)


def forget_password(address: str) -> None:
    """Drop a kept password the server refused."""
    credentials.forget(address)


def keyring_available() -> bool:
    """Whether a password can be kept here (else the window asks each time and says why)."""
    return credentials.keyring_available()


def encrypted(archive: Archive) -> bool:
    """Whether the connection to the archive is encrypted (TLS), for the window to say."""
    return archive.tls

"""Which words of a meeting's notes the room may read, kept current as notes change and scans end.

With a :class:`NameScanning` every note is hidden on the wall until the name scanner has looked
at its words (in the worker thread, after each add or edit); without one (a test building a
bare wall) the fast part of the scan (patterns and the dossier's people) runs inline and counts
as the whole scan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.document import Changed, Kind
from ...domain.model import Note, Person, Theme
from ...workspace.privacy import PersonalDataFinder
from ...workspace.session import DossierSession
from ...workspace.wall_privacy import (
    PENDING,
    NoteScan,
    WallWords,
    is_cleared,
    masked,
    scan_note,
    scan_words,
    wall_words,
)
from ..name_scanning import NameScanning

Words = tuple[str, str, str]  # text, group, answer
CHUNK = 200  # notes per job: a dossier opened with 2,000 notes shows them in steps


def finder(people: list[Person], scanner: Any = None) -> PersonalDataFinder:
    """The dossier's people and the patterns, with the name scanner when there is one."""
    return PersonalDataFinder(people, scanner)


class WallPrivacy(QObject):
    """The masked words of each note of one meeting; ``changed`` names the notes whose words did."""

    changed = Signal(list)  # note ids

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        scanning: NameScanning | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self.scanning = scanning
        self.lang = "nl"
        self._scans: dict[str, NoteScan] = {}
        self._quick: PersonalDataFinder | None = None  # without a scanner: the whole scan
        self._to_scan: dict[str, None] = {}
        self._generation = 0  # scans begun before the people changed are dropped
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._send)
        self._unsubscribe = session.subscribe(self._session_changed)
        self.destroyed.connect(self._unsubscribe)
        if scanning is not None:
            scanning.ready.connect(self._scanner_ready)
            scanning.start()
            self._scan_later([n.id for n in self._notes()] + [t.id for t in self._themes()])

    # -- public -------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """True when a scan means the whole scan (names too), not the patterns alone."""
        return self.scanning is None or self.scanning.scanner is not None

    def words(self, note: Note) -> WallWords:
        """The note's text, group and answer as the projector may show them."""
        return wall_words(note, self.scan_of(note), self.lang)

    def scan_of(self, note: Note) -> NoteScan | None:
        """The note's scan when it fits its words now; None while it waits for the scanner."""
        scan = self._scans.get(note.id)
        if scan is not None and scan.fits(note):
            return scan
        if self.scanning is not None:
            return None
        if self._quick is None:
            self._quick = finder(self.session.dossier.people)
        scan = self._scans[note.id] = scan_note(note, self._quick.spans)
        return scan

    def theme_name(self, theme: Theme) -> str:
        """A theme's name on the wall's header: masked where it holds a name, hidden until scanned."""
        scan = self._scans.get(theme.id)
        if scan is None or scan.text != theme.name:
            if self.scanning is not None and not self.scanning.failure:
                return PENDING  # (without a scanner at all, headers fall back to the fast scan)
            if self._quick is None:
                self._quick = finder(self.session.dossier.people)
            scan = self._scans[theme.id] = scan_words(theme.name, "", "", self._quick.spans)
        return masked(theme.name, scan.text_spans, self.lang)

    def needs_confirming(self, note: Note) -> bool:
        """Masked or hidden on the wall, and not confirmed: what the capture line's chip offers."""
        if is_cleared(note):
            return False
        scan = self.scan_of(note)
        return scan is None or scan.flagged

    def set_language(self, lang: str) -> None:
        """The language of the placeholders ("[naam]" or "[name]")."""
        if lang != self.lang:
            self.lang = lang
            self.changed.emit([n.id for n in self._notes()])

    def scan_text(self, text: str, done: Any) -> None:
        """Scan a text that is no note yet (the capture line) in the worker; ``done(spans)`` here."""
        if self.scanning is None or not self.complete:
            return
        people = list(self.session.dossier.people)
        self.scanning.run(lambda scanner: finder(people, scanner).spans(text), done, self)

    def quick_spans(self, text: str) -> list[tuple]:
        """The patterns and the dossier's people only: fast enough for every keystroke."""
        if self._quick is None:
            self._quick = finder(self.session.dossier.people)
        return self._quick.spans(text)

    def shutdown(self) -> None:
        self._unsubscribe()
        self._generation += 1  # scans still on their way are for views that are gone

    # -- following the session and the scanner ------------------------------------------

    def _notes(self) -> list[Note]:
        if self.meeting_id not in self.session.document:
            return []
        return self.session.dossier.meeting(self.meeting_id).notes

    def _scanner_ready(self) -> None:
        if self.scanning is not None and self.scanning.failure:
            self.changed.emit([t.id for t in self._themes()])  # notes stay hidden; headers need not

    def _themes(self) -> list[Theme]:
        if self.meeting_id not in self.session.document:
            return []
        return self.session.dossier.meeting(self.meeting_id).themes

    def _session_changed(self, changed: list[Changed]) -> None:
        if any(c.kind == Kind.PERSON for c in changed):
            # a person added or renamed: every note is scanned again for their name
            self._quick = None
            self._scans.clear()
            self._generation += 1
            ids = [n.id for n in self._notes()] + [t.id for t in self._themes()]
            self._scan_later(ids)
            self.changed.emit(ids)
            return
        if self.scanning is None:
            return
        doc = self.session.document
        ids = [
            c.id for c in changed if c.kind == Kind.NOTE and c.parent_id == self.meeting_id and c.id in doc
        ]
        self._scan_later(i for i in ids if self.scan_of(doc.get(i)) is None)
        themes = [
            c.id for c in changed if c.kind == Kind.THEME and c.parent_id == self.meeting_id and c.id in doc
        ]
        self._scan_later(i for i in themes if self.theme_name(doc.get(i)) == PENDING)

    def _scan_later(self, note_ids: Any) -> None:
        if self.scanning is None:
            return
        for note_id in note_ids:
            self._to_scan[note_id] = None
        if self._to_scan:
            self._flush.start()

    def _send(self) -> None:
        """Hand the waiting notes' words to the worker, in chunks."""
        assert self.scanning is not None
        doc = self.session.document
        batch = [_words(doc.get(i)) for i in self._to_scan if i in doc and isinstance(doc.get(i), Note | Theme)]
        self._to_scan.clear()
        people = list(self.session.dossier.people)
        for start in range(0, len(batch), CHUNK):
            chunk = batch[start : start + CHUNK]

            def job(scanner: Any, chunk: list[tuple[str, str, str, str]] = chunk) -> list[tuple[str, NoteScan]]:
                spans = finder(people, scanner).spans
                return [(i, scan_words(text, group, answer, spans)) for i, text, group, answer in chunk]

            generation = self._generation
            self.scanning.run(job, lambda results, g=generation: self._scanned(results, g), self)

    def _scanned(self, results: list[tuple[str, NoteScan]], generation: int) -> None:
        if generation != self._generation:
            return
        doc = self.session.document
        shown = []
        for object_id, scan in results:
            if object_id in doc and _words(doc.get(object_id))[1:] == (scan.text, scan.group, scan.answer):
                self._scans[object_id] = scan
                shown.append(object_id)
        if shown:
            self.changed.emit(shown)


def _words(obj: Note | Theme) -> tuple[str, str, str, str]:
    """(id, text, group, answer) of what a scan reads: a note's words or a theme's name."""
    if isinstance(obj, Theme):
        return obj.id, obj.name, "", ""
    return obj.id, obj.text, obj.raised_by_group or "", obj.answer or ""

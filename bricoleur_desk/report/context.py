"""What one report is about: the dossier, the meeting, the audience, language and styles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.model import Dossier, Meeting, Note, Promise, PromiseStatus
from .i18n import ReportTexts
from .styles import ReportStyles
from .text import markup

PUBLIC = "public"
INTERNAL = "internal"
AUDIENCES = (PUBLIC, INTERNAL)


@dataclass
class ReportContext:
    """Shared by the story's sections. ``mask`` hides personal data in user text (public)."""

    dossier: Dossier
    meeting: Meeting
    audience: str
    texts: ReportTexts
    styles: ReportStyles
    mask: Callable[[str], str] = field(default=lambda text: text)

    @property
    def internal(self) -> bool:
        return self.audience == INTERNAL

    def user(self, text: str | None) -> str:
        """User text as safe Paragraph markup, personal data masked for the public."""
        return markup(self.mask(text)) if text else ""

    def promise_label(self, promise: Promise) -> str:
        """P-1, P-2 ... in the order the dossier holds them: stable across reports."""
        for index, candidate in enumerate(self.dossier.promises, start=1):
            if candidate.id == promise.id:
                return f"P-{index}"
        return "P-?"

    def note_by_id(self, note_id: str) -> Note | None:
        for note in self.meeting.notes:
            if note.id == note_id:
                return note
        return None

    def promises(self) -> list[Promise]:
        """Open promises carried over from earlier meetings, then this meeting's own."""
        return report_promises(self.dossier, self.meeting)

    def promise_for_note(self, note: Note) -> Promise | None:
        for promise in self.dossier.promises:
            if note.id in promise.note_ids:
                return promise
        return None


def report_promises(dossier: Dossier, meeting: Meeting) -> list[Promise]:
    """The promises a report for ``meeting`` shows: open ones from earlier meetings, then its own."""
    starts = {m.id: m.starts_at for m in dossier.meetings}
    own = [p for p in dossier.promises if p.meeting_id == meeting.id]
    earlier = [
        p
        for p in dossier.promises
        if p.meeting_id != meeting.id
        and p.status == PromiseStatus.OPEN
        and p.meeting_id in starts
        and starts[p.meeting_id] < meeting.starts_at
    ]
    return earlier + own

"""What one report is about: the dossier, the meeting, the audience, language and styles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.model import Dossier, Meeting, Note, Promise
from ..domain.promises import carried_promises
from .i18n import ReportTexts
from .sketch_store import SketchStore
from .styles import ReportStyles
from .text import bounded, markup, shortened

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
    sketch_store: SketchStore | None = None  # sketches kept between reports (sketch_store.py)
    background: bool = False  # the adviser chose to print the dossier's description, history, stakeholders

    @property
    def internal(self) -> bool:
        return self.audience == INTERNAL

    def user(self, text: str | None, shape: Callable[[str], str] | None = None) -> str:
        """User text as safe Paragraph markup, personal data masked for the public.

        ``shape`` rewords the masked text to fit a sentence (after masking, so that a lowercased
        name is still found). A text longer than the report prints (``text.MAX_TEXT``) ends
        saying how much was left out.
        """
        if not text:
            return ""
        masked = self.mask(text)
        kept, left_out = bounded(shape(masked) if shape else masked)
        if not left_out:
            return markup(kept)
        return f"{markup(kept)} <i>{self.texts('left_out', n=left_out)}</i>"

    def title(self, text: str | None) -> str:
        """User text for a heading or the cover, which never split: masked, shortened, as markup."""
        return markup(shortened(self.mask(text))) if text else ""

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
        """The promises this evening carries (domain.promises): its own, then every earlier one."""
        return carried_promises(self.dossier, self.meeting)

    def promise_for_note(self, note: Note) -> Promise | None:
        for promise in self.dossier.promises:
            if note.id in promise.note_ids:
                return promise
        return None

"""The projector: the audience window, its note wall and the facilitator's live preview."""

from .preview import AudiencePreview
from .wall import NoteWall
from .window import AudienceWindow

__all__ = ["AudiencePreview", "AudienceWindow", "NoteWall"]

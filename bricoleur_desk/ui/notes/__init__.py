"""Capturing notes on the laptop: the note model, the capture line, the note list and themes."""

from .arrangement import Grouping, NoteArrangement
from .capture_view import CaptureView
from .model import NoteItemModel, NoteRole

__all__ = ["CaptureView", "Grouping", "NoteArrangement", "NoteItemModel", "NoteRole"]

"""The phase panels of the facilitator's workspace: phase bar, prepare, discuss, close, timer."""

from .agenda_timer import AgendaTimer
from .close_panel import ClosePanel
from .discuss_panel import DiscussPanel
from .phase_bar import PhaseBar
from .prepare_panel import PreparePanel

__all__ = ["AgendaTimer", "ClosePanel", "DiscussPanel", "PhaseBar", "PreparePanel"]

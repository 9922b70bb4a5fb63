"""The phase panels of the facilitator's workspace: phase bar, prepare, discuss, close, timer.

Imported on first use (PEP 562): a workspace opened in 'Note everything' needs only the phase
bar and the timer, and importing every panel's Qt classes slows opening.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agenda_timer import AgendaTimer
    from .close_panel import ClosePanel
    from .discuss_panel import DiscussPanel
    from .phase_bar import PhaseBar
    from .prepare_panel import PreparePanel

_HOMES = {
    "AgendaTimer": ".agenda_timer",
    "ClosePanel": ".close_panel",
    "DiscussPanel": ".discuss_panel",
    "PhaseBar": ".phase_bar",
    "PreparePanel": ".prepare_panel",
}
__all__ = ["AgendaTimer", "ClosePanel", "DiscussPanel", "PhaseBar", "PreparePanel"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

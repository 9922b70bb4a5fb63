"""What the user can fix: one base class, shown as one line (a message box, or stderr), never a traceback."""

from __future__ import annotations

from ..domain.errors import UserError

__all__ = ["ReportError", "UserError"]


class ReportError(UserError):
    """An export that could not be done, with a one-line reason for the user."""

"""What the user can fix: one base class, shown as one line (a message box, or stderr), never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (a missing file, a bad JSON, a refused output); ``str(e)`` says it."""


class ReportError(UserError):
    """An export that could not be done, with a one-line reason for the user."""

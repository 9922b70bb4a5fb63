"""The one base class of problems a user can fix, shared by every layer.

A ``UserError`` is shown as one line (a message box, or ``bricoleur-desk: ...`` on stderr) and
never as a traceback: a missing or damaged file, a bad JSON, a refused output, a report that
could not be written. Anything else is a bug and keeps its traceback (in the log).
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(e)`` says what, in one line, naming the file."""

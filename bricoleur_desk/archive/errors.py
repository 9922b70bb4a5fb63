"""Why the team archive could not do what was asked: one line naming the database, never its password."""

from __future__ import annotations

from ..domain.errors import UserError


class ArchiveError(UserError):
    """A problem with the team archive that the user or IT can fix; its text is one line.

    The first value is always ``database``: the address without its password
    (``postgresql://archief@db.gemeente.nl/bricoleur``).
    """


class ArchiveUnreachableError(ArchiveError):
    """The server is down, the address is wrong, or the network does not reach it."""


class ArchiveLoginError(ArchiveError):
    """The server refused the user name or the password."""


class ArchiveNewerError(ArchiveError):
    """The archive's schema was made by a newer Bricoleur Desk; nothing was changed."""


class ConnectionLostError(ArchiveError):
    """The connection dropped in the middle of a command."""


class PushRefusedError(ArchiveError):
    """A push that would overwrite a colleague's work: nothing was pushed, nothing is lost."""

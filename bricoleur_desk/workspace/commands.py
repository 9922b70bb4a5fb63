"""The one way a change reaches the dossier (Anki's ``CollectionOp`` is the model).

Every use case takes the document (and ids) and returns an edit, a :class:`Created` (an edit
plus the id of what it adds), or None when there is nothing to do. :func:`run` and
:func:`create` hand the document to the use case and the edit to the session: one undo step,
named by the edit's label, and the session's save status follows the commit. An edit built
during a gesture (a pen stroke, a drag) goes the same way through :func:`record`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec

from ..domain.document import DossierDocument
from ..domain.edits import Edit
from .session import DossierSession

P = ParamSpec("P")


@dataclass(frozen=True)
class Created:
    """An edit that adds an object, and that object's id."""

    edit: Edit
    id: str


def run(
    session: DossierSession,
    use_case: Callable[Concatenate[DossierDocument, P], Edit | Created | None],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> bool:
    """Run a use case on the session's document; False when it had nothing to change."""
    return record(session, use_case(session.document, *args, **kwargs))


def create(
    session: DossierSession,
    use_case: Callable[Concatenate[DossierDocument, P], Created | None],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> str | None:
    """Run a use case that adds something; the new object's id, or None when nothing was added."""
    created = use_case(session.document, *args, **kwargs)
    if created is None or not record(session, created.edit):
        return None
    return created.id


def record(session: DossierSession, edit: Edit | Created | None) -> bool:
    """Apply an edit built elsewhere (at the end of a gesture); False for None or when refused."""
    if edit is None:
        return False
    return session.apply(edit.edit if isinstance(edit, Created) else edit)

"""The base of every phase panel: a widget that watches one meeting of an open dossier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ...domain.document import Changed, DossierDocument
from ...domain.edits import Edit
from ...domain.model import Meeting
from ...workspace import commands
from ...workspace.session import DossierSession

P = ParamSpec("P")


class MeetingWidget(QWidget):
    """Runs use cases through the one command path and refreshes when its own objects changed."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self._refreshing = False
        unsubscribe = session.subscribe(self._heard)
        # the closure must not hold self: it runs while the C++ object is being destroyed
        self.destroyed.connect(lambda *_: unsubscribe())

    def meeting(self) -> Meeting | None:
        """The watched meeting, or None when it is gone (an undone insert, a closed dossier)."""
        if self.meeting_id not in self.session.document:
            return None
        return self.session.document.get(self.meeting_id)

    def run(
        self,
        use_case: Callable[Concatenate[DossierDocument, P], Edit | None],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> bool:
        """Run a use case (never while refreshing: the widgets' own signals are no edits)."""
        if self._refreshing:
            return False
        return commands.run(self.session, use_case, *args, **kwargs)

    def create(
        self,
        use_case: Callable[Concatenate[DossierDocument, P], commands.Created | None],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> str | None:
        """Run a use case that adds something; the new object's id."""
        if self._refreshing:
            return None
        return commands.create(self.session, use_case, *args, **kwargs)

    def concerns(self, changed: list[Changed]) -> bool:
        """Whether a change touched what this widget shows (by default: the meeting itself)."""
        return any(c.id == self.meeting_id for c in changed)

    def refresh(self) -> None:
        """Show the current state of the meeting; must not apply edits."""

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's naming, as in uic-generated code
        """Set every visible text."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _heard(self, changed: list[Changed]) -> None:
        if shiboken6.isValid(self) and self.concerns(changed):
            self.refresh_quietly()

    def refresh_quietly(self) -> None:
        """Refresh without the widgets' change signals turning back into edits."""
        self._refreshing = True
        try:
            self.refresh()
        finally:
            self._refreshing = False

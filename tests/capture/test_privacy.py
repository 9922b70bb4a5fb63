"""Nothing personal on the projector: no name, email, phone or internal remark, in any phase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.audience import AudiencePreview, AudienceWindow
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID, REMARK


def private_strings(session: DossierSession) -> list[str]:
    found = [REMARK]
    for person in session.dossier.people:
        found += [person.name, person.email or "", person.phone or ""]
        found += person.name.split()[:1]  # a first name alone is still a name
    return [s for s in found if s]


def assert_nothing_private(texts: list[str], private: list[str]) -> None:
    leaks = [(p, t) for t in texts for p in private if p.casefold() in t.casefold()]
    assert leaks == []


def _everything_shown(window: AudienceWindow) -> list[str]:
    texts = [window.windowTitle()]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [w.toolTip() for w in window.findChildren(QWidget)]
    window.grab()  # paint: the wall records what it drew
    texts += window.wall.painted_texts
    arrangement = window.arrangement
    for row in range(arrangement.rowCount()):
        for role in range(0, 300):
            value = arrangement.index(row, 0).data(role)
            if value is not None:
                texts.append(str(value))
    return texts


@pytest.mark.parametrize("phase", list(Phase))
def test_the_audience_window_never_renders_personal_data(
    qtbot: QtBot, session: DossierSession, phase: Phase
) -> None:
    meeting = session.dossier.meeting(MEETING_ID)
    # the people's names are in raised_by and even typed into the meeting's own fields
    assert all(n.raised_by for n in meeting.notes)
    window = AudienceWindow(session, MEETING_ID)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    commands.run(session, meeting_flow.set_phase, MEETING_ID, phase)
    texts = _everything_shown(window)
    assert meeting.title in texts
    if phase in (Phase.INVENTORY, Phase.DISCUSS):
        assert meeting.notes[0].text in window.wall.painted_texts
    assert_nothing_private(texts, private_strings(session))
    preview = AudiencePreview(window)
    qtbot.addWidget(preview)
    assert_nothing_private([preview.toolTip(), preview.accessibleName()], private_strings(session))

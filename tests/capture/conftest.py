"""Fixtures for capture and the projector: a session over the sample evening."""

from __future__ import annotations

from pathlib import Path

import pytest

from bricoleur_desk.domain.model import Meeting
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID, sample_dossier


@pytest.fixture
def session() -> DossierSession:
    return DossierSession(sample_dossier())


@pytest.fixture
def meeting(session: DossierSession) -> Meeting:
    return session.dossier.meeting(MEETING_ID)


_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # the offscreen platform cannot pass a window's size limits on to a window system it does
    # not have, and says so when a layout changes them: not our warning
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
                )
            )

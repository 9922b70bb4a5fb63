"""Fixtures for capture and the projector: a session over the sample evening."""

from __future__ import annotations

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

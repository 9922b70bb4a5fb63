"""The meeting a command works on: the one named, else the latest; a clear error otherwise."""

from __future__ import annotations

from datetime import datetime

import pytest

from bricoleur_desk.domain.meeting_choice import NoSuchMeeting, meeting_to_work_on
from bricoleur_desk.domain.model import Dossier, Meeting


def _dossier() -> Dossier:
    meetings = [
        Meeting(id="late", title="Tweede avond", starts_at=datetime(2026, 11, 24, 19, 30)),
        Meeting(id="early", title="Eerste avond", starts_at=datetime(2026, 9, 15, 19, 30)),
    ]
    return Dossier(title="Parkstraat", meetings=meetings)


def test_the_named_meeting_else_the_one_that_starts_last() -> None:
    dossier = _dossier()
    assert meeting_to_work_on(dossier, "early").id == "early"
    assert meeting_to_work_on(dossier, None).id == "late"  # not simply the last in the list order


def test_an_unknown_id_or_an_empty_dossier_is_a_clear_error() -> None:
    with pytest.raises(NoSuchMeeting, match="'Parkstraat' has no meeting with id 'nope'") as caught:
        meeting_to_work_on(_dossier(), "nope")
    assert caught.value.known == ["late", "early"]
    with pytest.raises(NoSuchMeeting, match="'Leeg' has no meetings"):
        meeting_to_work_on(Dossier(title="Leeg"), None)

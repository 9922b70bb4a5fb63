"""JSON the reader used to accept, after which the report or the app choked; or a traceback."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path

import pytest

from bricoleur_desk.storage.interchange import InterchangeError, dossier_from_json, read_json_file
from bricoleur_desk.workspace.reporting import export_report

from .test_errors import refused, sheet, valid


def test_a_number_of_5000_digits_is_refused_with_its_path(tmp_path: Path) -> None:
    text = json.dumps(valid()).replace('"votes": 0', '"votes": 0', 1)
    data = json.loads(text)
    data["meetings"][0]["notes"][0]["votes"] = "HUGE"
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(data).replace('"HUGE"', "9" * 5000), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path)
    assert str(caught.value) == f"{path}: meetings[0].notes[0].votes: expected a whole number"


@pytest.mark.parametrize("key", ["x", "y"])
def test_a_label_far_outside_any_canvas_is_refused(key: str) -> None:
    def far(d: dict) -> None:
        sheet(d)["labels"] = [{"text": "ver", "x": 1, "y": 2, key: 1e30}]

    assert str(refused(far)) == (
        f"meetings[0].canvases[0].sheets[0].labels[0].{key}: expected a number from -1e+09 to 1e+09, got 1e+30"
    )


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone().replace(tzinfo=None)


def test_times_with_an_offset_become_local_times_and_the_report_works(tmp_path: Path) -> None:
    data = copy.deepcopy(valid())
    data["meetings"][0]["starts_at"] = "2026-09-17T17:30:00+00:00"
    data["promises"][0]["updates"][0]["at"] = "2026-10-01T10:00:00+02:00"
    second = copy.deepcopy(data["meetings"][0])
    second.update(id="m-2", starts_at="2026-09-18T19:30:00", themes=[], notes=[], canvases=[])
    data["meetings"].append(second)
    dossier = dossier_from_json(data)
    assert dossier.meetings[0].starts_at == _local("2026-09-17T17:30:00+00:00")
    assert dossier.promises[0].updates[0].at == _local("2026-10-01T10:00:00+02:00")
    assert dossier.meetings[0].starts_at.tzinfo is None
    export_report(dossier, tmp_path / "r.pdf", meeting_id="m-1")
    export_report(dossier, tmp_path / "r2.pdf")

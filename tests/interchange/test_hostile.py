"""JSON the reader used to accept, after which the report or the app choked; or a traceback."""

from __future__ import annotations

import copy
import json
import os
import threading
from datetime import datetime
from pathlib import Path

import pytest

from bricoleur_desk.storage import DossierFileError
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


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_json_file(fifo)
        except BaseException as e:  # noqa: BLE001 - handed to the test's thread
            outcome.append(e)

    reading = threading.Thread(target=read, daemon=True)
    reading.start()
    reading.join(10)
    if reading.is_alive():  # it waits for a writer: give it one, so that the thread ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO waited for a writer")
    assert isinstance(outcome[0], InterchangeError)
    assert str(outcome[0]) == f"{fifo}: cannot read the file: it is a pipe, not a regular file"


def test_messages_are_one_line_whatever_the_file_name_or_key(tmp_path: Path) -> None:
    data = valid()
    data["dossier"]["ti\ntle"] = 1
    data["dossier"]["title"] = 5
    path = tmp_path / "twee\nregels.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    warnings: list[str] = []
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path, warnings.append)
    assert str(caught.value) == f"{tmp_path}/twee regels.json: dossier.title: expected a string"
    assert "\n" not in "".join(warnings)
    assert str(InterchangeError("een\nprobleem\r\nover regels", "a.b")) == "a.b: een probleem over regels"


def test_a_dossier_file_message_is_one_line() -> None:
    assert str(DossierFileError("map\nnaam.bricoleur", "database disk image\nis malformed")) == (
        "map naam.bricoleur: database disk image is malformed"
    )


# -- the fuzzing's list (#16): NaN/Infinity, 50 MB strings, 10,000-deep nesting, duplicate ids and
# dangling references each get one clear line (the last two in test_errors.py's table)

FIFTY_MB = 50 * 1024 * 1024


def _file_with(tmp_path: Path, data: dict, marker: str, raw: str) -> Path:
    path = tmp_path / "vijandig.json"
    path.write_text(json.dumps(data).replace(json.dumps(marker), raw, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_in_one_line(tmp_path: Path, constant: str) -> None:
    data = valid()
    sheet(data)["labels"] = [{"text": "ver", "x": "HIER", "y": 2}]
    path = _file_with(tmp_path, data, "HIER", constant)
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path)
    assert str(caught.value) == f"{path}: not valid JSON ({constant} is not allowed)"


def test_a_50_mb_note_text_is_refused_with_its_path(tmp_path: Path) -> None:
    data = valid()
    data["meetings"][0]["notes"][0]["text"] = "x" * FIFTY_MB
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path)
    assert str(caught.value) == (
        f"{path}: meetings[0].notes[0].text: expected a text of at most 1000000 characters, got {FIFTY_MB}"
    )


def test_a_50_mb_id_or_key_gives_a_short_message() -> None:
    def huge_id(d: dict) -> None:
        d["people"][0]["id"] = "p" * FIFTY_MB

    assert str(refused(huge_id)) == f"people[0].id: expected a text of at most 200 characters, got {FIFTY_MB}"
    data = valid()
    data["meetings"][0]["k" * FIFTY_MB] = 1
    warnings: list[str] = []
    dossier_from_json(data, warnings.append)
    assert warnings == [f'meetings[0]["{"k" * 57}..."]: unknown key, ignored']

    def huge_group(d: dict) -> None:
        d["meetings"][0]["attendance"]["by_group"]["g" * FIFTY_MB] = 3

    problem = str(refused(huge_group))
    assert problem.endswith(f"expected a text of at most 1000000 characters, got {FIFTY_MB}") and len(problem) < 300


def test_nesting_10000_deep_inside_a_dossier_is_refused_in_one_line(tmp_path: Path) -> None:
    data = valid()
    data["meetings"][0]["notes"][0]["text"] = "DIEP"
    path = _file_with(tmp_path, data, "DIEP", "[" * 10_000 + "]" * 10_000)
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path)
    assert str(caught.value) == f"{path}: not valid JSON (nested too deeply)"

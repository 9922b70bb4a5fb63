"""Fuzzing the JSON import and the file opener: every input is read or refused in one line.

In every test run a fixed number of examples with ``derandomize=True`` (the same inputs each
time, so it cannot fail by chance or by speed); ``pytest -m slow tests/interchange/test_fuzz.py``
fuzzes with fresh random inputs for ``BRICOLEUR_FUZZ_SECONDS`` (default 600). What a run finds
stays: JSON inputs in ``fuzz_corpus/*.json``, file mutations in ``fuzz_corpus/files.json``.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from bricoleur_desk.storage import create_dossier, read_dossier_file
from bricoleur_desk.storage.interchange import InterchangeError, read_json_file
from bricoleur_desk.workspace.demo import build_demo_dossier

from .fuzzing import (
    CORPUS,
    check_json,
    check_user_error,
    file_mutations,
    mutate_file,
    mutated_demo,
    mutated_json_bytes,
    one_line,
    page_size,
    schema,
)

CI = settings(derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _in_temp(name: str, data: bytes, read: Callable[[Path], Any]) -> Any:
    with tempfile.TemporaryDirectory(prefix="bricoleur-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read(path)


def check_json_bytes(data: bytes) -> None:
    def read(path: Path) -> object:
        return read_json_file(path, warn=lambda message: one_line(ValueError(message)))

    try:
        _in_temp("fuzz.json", data, read)
    except InterchangeError as e:
        one_line(e)


_dossier_file: bytes | None = None


def dossier_file_bytes() -> bytes:
    """The demo dossier as a closed ``.bricoleur`` file (made once per run)."""
    global _dossier_file
    if _dossier_file is None:
        with tempfile.TemporaryDirectory(prefix="bricoleur-fuzz-") as folder:
            path = Path(folder) / "demo.bricoleur"
            create_dossier(path, build_demo_dossier()).close()
            _dossier_file = path.read_bytes()
    return _dossier_file


def check_file(ops: list[tuple[str, int, int]]) -> None:
    data = mutate_file(dossier_file_bytes(), ops)
    try:
        _in_temp("fuzz.bricoleur", data, read_dossier_file)
    except Exception as e:  # noqa: BLE001 - anything but a one-line user error is a finding
        check_user_error(e)


def _file_ops() -> st.SearchStrategy[list[tuple[str, int, int]]]:
    data = dossier_file_bytes()
    return file_mutations(len(data), page_size(data))


# -- in every run: fixed examples -----------------------------------------------------------------


@settings(CI, max_examples=30)
@given(from_schema(schema()))
def test_documents_from_the_schema(data: Any) -> None:
    check_json(data)


@settings(CI, max_examples=120)
@given(mutated_demo())
def test_mutations_of_the_demo_export(mutation: tuple[Any, list[str]]) -> None:
    check_json(mutation[0])


@settings(CI, max_examples=200)
@given(mutated_json_bytes())
def test_mutated_json_bytes(data: bytes) -> None:
    check_json_bytes(data)


@settings(CI, max_examples=80)
@given(st.data())
def test_mutated_dossier_files(data: st.DataObject) -> None:
    check_file(data.draw(_file_ops()))


# -- what earlier runs found ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.json") if p.name != "files.json"))
def test_json_corpus(name: str) -> None:
    check_json_bytes((CORPUS / name).read_bytes())


@pytest.mark.parametrize("ops", json.loads((CORPUS / "files.json").read_text(encoding="utf-8")))
def test_file_corpus(ops: list[list[Any]]) -> None:
    check_file([(kind, a, b) for kind, a, b in ops])


# -- by hand: fuzz by time ------------------------------------------------------------------------


@pytest.mark.slow
def test_fuzz_by_time() -> None:
    seconds = float(os.environ.get("BRICOLEUR_FUZZ_SECONDS", "600"))
    by_time = settings(derandomize=False, deadline=None, database=None, max_examples=200,
                       suppress_health_check=list(HealthCheck))
    runs = [
        by_time(given(from_schema(schema()))(check_json)),
        by_time(given(mutated_demo())(lambda m: check_json(m[0]))),
        by_time(given(mutated_json_bytes())(check_json_bytes)),
        by_time(given(st.data())(lambda d: check_file(d.draw(_file_ops())))),
    ]
    end, rounds = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        for run in runs:
            run()
        rounds += 1
    print(f"fuzzed {rounds} rounds of 4 x 200 examples in {seconds:.0f} s")

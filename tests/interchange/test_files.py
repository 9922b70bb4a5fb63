"""Reading and writing JSON dossier files: UTF-8, atomic, and every bad file named in the error."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from bricoleur_desk.domain.model import Canvas, Dossier, Meeting
from bricoleur_desk.storage.interchange import (
    InterchangeError,
    dossier_to_json,
    dumps,
    read_json_file,
    write_json_file,
)
from bricoleur_desk.workspace.demo import build_demo_dossier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's home folder)."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def test_write_then_read_gives_the_same_dossier(folder: Path) -> None:
    demo = build_demo_dossier()
    path = folder / "demo.json"
    write_json_file(demo, path)
    assert read_json_file(path) == demo
    assert os.listdir(folder) == ["demo.json"]


def test_the_file_is_readable_utf8_with_two_space_indent(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    write_json_file(build_demo_dossier(), path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert "Ayşe Özdemir" in text and "\\u" not in text  # ensure_ascii=False
    assert text.startswith('{\n  "format": "bricoleur-desk/dossier",\n  "version": 1,\n')
    assert text.endswith("}\n") and "\r" not in text
    assert json.loads(text) == dossier_to_json(build_demo_dossier())
    assert text == dumps(build_demo_dossier())


def test_writing_replaces_an_existing_file_whole(folder: Path) -> None:
    path = folder / "dossier.json"
    path.write_text("old contents, much longer than the new one will be " * 1000, encoding="utf-8")
    write_json_file(Dossier("Nieuw", id="d-1"), path)
    assert read_json_file(path).title == "Nieuw"
    assert os.listdir(folder) == ["dossier.json"]


def test_a_failed_write_leaves_the_old_file_and_no_litter(folder: Path) -> None:
    path = folder / "dossier.json"
    write_json_file(Dossier("Oud", id="d-1"), path)
    before = path.read_bytes()
    broken = Dossier("Kapot", id="d-2")
    meeting = Meeting("m", "t", datetime(2026, 1, 1))
    meeting.canvases.append(Canvas("c", "k", width=float("inf")))  # not representable in JSON
    broken.meetings.append(meeting)
    with pytest.raises(ValueError):
        write_json_file(broken, path)
    assert path.read_bytes() == before
    assert os.listdir(folder) == ["dossier.json"]


def test_writing_into_a_missing_folder_fails_without_creating_anything(folder: Path) -> None:
    with pytest.raises(OSError):
        write_json_file(Dossier("x"), folder / "nowhere" / "x.json")
    assert os.listdir(folder) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "the file is empty, expected a JSON dossier"),
        (b"  \n\t\n", "the file is empty, expected a JSON dossier"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a UTF-8 text file (byte 0), expected a JSON dossier"),
        (b"\x00\x01\x02binary", "not a text file (a zero byte at byte 0), expected a JSON dossier"),
        (b"{" + b" " * 100_000 + b"\xff}", "not a UTF-8 text file (byte 100001), expected a JSON dossier"),
        (
            b'{"format": "bricoleur-desk/dossier",\n "version": 1,,}',
            "not valid JSON (line 2, column 15: Expecting property name enclosed in double quotes)",
        ),
        (b"title: Van Heekplein\n", "not valid JSON (line 1, column 1: Expecting value)"),
        (b'{"format": "bricoleur-desk/dossier", "version": NaN}', "not valid JSON (NaN is not allowed)"),
        (b"[1, 2]", "top level: expected an object"),
        (b'{"format": "bricoleur-desk/dossier", "version": 1}', "dossier: required key missing"),
        (
            b'{"format": "bricoleur-desk/dossier", "version": 1, "dossier": {"title": ["x"]}}',
            "dossier.title: expected a string",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON (nested too deeply)"),
    ],
    ids=[
        "empty",
        "blank",
        "png",
        "nul bytes",
        "late bad byte",
        "syntax",
        "yaml",
        "nan",
        "list",
        "no dossier",
        "wrong type",
        "deep",
    ],
)
def test_a_bad_file_is_refused_naming_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "aangeleverd.json"
    path.write_bytes(content)
    with pytest.raises(InterchangeError) as caught:
        read_json_file(path)
    assert str(caught.value) == f"{path}: {problem}"
    assert caught.value.file == path
    assert path.read_bytes() == content  # reading never touches the file


def test_a_missing_file_or_a_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "weg.json"
    with pytest.raises(
        InterchangeError, match=r"weg\.json: cannot read the file: No such file or directory$"
    ):
        read_json_file(missing)
    with pytest.raises(InterchangeError) as caught:
        read_json_file(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path}: cannot read the file: ")


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "kladblok.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(Dossier("Één park", id="d-1")).encode("utf-8"))
    assert read_json_file(path).title == "Één park"


def test_warnings_from_a_file_reach_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    data = dossier_to_json(Dossier("x", id="d-1"))
    data["exported_by"] = "script"
    path.write_text(json.dumps(data), encoding="utf-8")
    warnings: list[str] = []
    read_json_file(path, warnings.append)
    assert warnings == ["exported_by: unknown key, ignored"]


def test_a_new_file_gets_the_usual_permissions_and_an_old_file_keeps_its_own(folder: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = folder / "fresh.json"
        write_json_file(Dossier("x", id="d-1"), fresh)
        assert fresh.stat().st_mode & 0o777 == 0o644
        private = folder / "private.json"
        private.write_text("{}", encoding="utf-8")
        private.chmod(0o600)
        write_json_file(Dossier("x", id="d-1"), private)
        assert private.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_stroke_points_are_written_compactly_one_stroke_per_line() -> None:
    text = dumps(build_demo_dossier())
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith('"points"')]
    strokes = sum(len(s.strokes) for m in build_demo_dossier().meetings for c in m.canvases for s in c.sheets)
    assert len(lines) == strokes > 0
    assert all(line.startswith('"points": [[') and line.rstrip(",").endswith("]]") for line in lines)
    # 1,097 points in 199 KB of which the map is 140 KB: about 30 bytes a point, not 130.
    assert len(text.encode("utf-8")) < 230_000

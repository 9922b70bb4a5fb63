"""The command line as a script would use it: real processes, real files, exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("english_messages")  # the English source texts


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "warning:" not in line]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_help_and_usage_errors() -> None:
    assert run("--help").returncode == 0
    for command in ("open", "demo", "export", "import", "report", "promises"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout
    assert run("frobnicate").returncode == 2
    assert run("export", "x.bricoleur").returncode == 2  # --json missing


def test_demo_export_import_export_round_trips(tmp_path: Path) -> None:
    demo = tmp_path / "x.bricoleur"
    assert run("demo", "--out", demo).returncode == 0
    first = tmp_path / "first.json"
    assert run("export", demo, "--json", first).returncode == 0
    copy = tmp_path / "copy.bricoleur"
    assert run("import", first, "--out", copy).returncode == 0
    second = tmp_path / "second.json"
    assert run("export", copy, "--json", second).returncode == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))
    data = json.loads(first.read_text("utf-8"))
    assert data["format"] == "bricoleur-desk/dossier" and data["version"] == 1
    assert sum(len(m["notes"]) for m in data["meetings"]) >= 30


def test_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.bricoleur"
    assert_one_line_error(run("export", missing, "--json", tmp_path / "o.json"), "nowhere.bricoleur")
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xd8\xff\xe0 a JPEG renamed", b"SQLite format 3\x00" + b"\x00" * 84],
    ids=["empty", "jpeg", "truncated-header"],
)
def test_a_file_that_is_not_a_dossier_is_named_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.bricoleur"
    bad.write_bytes(content)
    before = digest(bad)
    assert_one_line_error(run("export", bad, "--json", tmp_path / "o.json"), "bad.bricoleur")
    assert digest(bad) == before
    assert not (tmp_path / "o.json").exists()


def test_bad_json_names_the_path_of_the_problem_and_writes_nothing(tmp_path: Path) -> None:
    demo = tmp_path / "d.bricoleur"
    run("demo", "--out", demo)
    exported = tmp_path / "d.json"
    run("export", demo, "--json", exported)
    data = json.loads(exported.read_text("utf-8"))
    data["meetings"][0]["notes"][1]["text"] = 42
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "new.bricoleur"
    assert_one_line_error(run("import", broken, "--out", out), "meetings[0].notes[1].text", "string")
    assert not out.exists()
    not_json = tmp_path / "not.json"
    not_json.write_text("{ this is not json", "utf-8")
    assert_one_line_error(run("import", not_json, "--out", out), "not.json")
    assert not out.exists()


def test_import_never_overwrites_an_existing_dossier(tmp_path: Path) -> None:
    demo = tmp_path / "d.bricoleur"
    run("demo", "--out", demo)
    exported = tmp_path / "d.json"
    run("export", demo, "--json", exported)
    before = digest(demo)
    assert_one_line_error(run("import", exported, "--out", demo), "d.bricoleur")
    assert digest(demo) == before

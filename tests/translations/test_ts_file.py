"""The Dutch .ts is complete, consistent with the code, and compiled into the shipped .qm."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EVALUATION_SCALE, QM_FILE, TS_FILE, UI_FOLDER, UNDO_STEPS, messages

BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%\d|%n|\{\d*\}")


def _tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if path is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return path


def test_every_message_has_a_finished_dutch_translation() -> None:
    found = messages(TS_FILE)
    assert len(found) > 300
    unfinished = [
        key
        for key, message in found.items()
        if message.find("translation") is None
        or message.find("translation").get("type") is not None
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_placeholders_and_one_accelerator() -> None:
    for (context, source), message in messages(TS_FILE).items():
        translation = message.findtext("translation") or ""
        where = f"{context}: {source!r} -> {translation!r}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), where
        accelerators = len(re.findall(r"&(?!&)", source))
        assert len(re.findall(r"&(?!&)", translation)) == accelerators, where
        assert translation.strip() == translation or source.strip() != source, where


def test_every_tr_text_of_the_interface_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_nl.ts"
    files = [*sorted(str(p) for p in UI_FOLDER.rglob("*.py")), str(UNDO_STEPS), str(EVALUATION_SCALE)]
    subprocess.run([_tool("lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    assert len(in_code) > 300
    missing = sorted(in_code - set(messages(TS_FILE)))
    assert missing == [], "run packaging/tools/update_translations.sh and translate the new texts"
    # lupdate names the context after the enclosing class for self.tr(), but after the receiver
    # for other_object.tr() and "" for an aliased tr(): at run time those look up another context
    known = _contexts_in_code()
    assert sorted({context for context, _source in in_code} - known) == []


def _contexts_in_code() -> set[str]:
    """Class names in the interface code, and the literal contexts of translate() calls."""
    known = set()
    for path in UI_FOLDER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                )
                if name == "translate":
                    known.add(node.args[0].value)
    return known


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "bricoleur_nl.qm"
    subprocess.run([_tool("lrelease"), str(TS_FILE), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), "run packaging/tools/update_translations.sh"

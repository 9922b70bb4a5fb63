"""`bricoleur-desk open FILE --check`: how CI and an IT department check an installation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "bricoleur_desk", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)  # fmt: skip


def test_check_says_the_dossier_is_open_in_dutch_with_the_scanner_loaded(tmp_path: Path) -> None:
    demo = tmp_path / "demo.bricoleur"
    assert _run("demo", "--out", demo).returncode == 0
    result = _run("open", demo, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    window, scanner = result.stdout.splitlines()
    assert "dossier 'Tijdelijk park Van Heekplein' open" in window
    assert "language nl (qtbase_nl.qm, bricoleur_nl.qm)" in window
    assert "menus: Dossier, Bewerken, Bewonersavond, Beeld, Help" in window
    assert scanner.startswith("bricoleur-desk: check: name scanner loaded in ")
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob("*-wal"))  # closed as the app closes


def test_check_fails_when_the_dossier_cannot_be_opened(tmp_path: Path) -> None:
    broken = tmp_path / "broken.bricoleur"
    broken.write_bytes(b"not a dossier at all")
    result = _run("open", broken, "--check")
    assert result.returncode == 1
    assert "refused a dialog:" in result.stdout  # the error a facilitator would have seen
    assert "no dossier open" in result.stdout

"""A laptop and a projector: the audience window goes full screen on the projector (or the remembered screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


@pytest.fixture(scope="module")
def opened() -> dict:
    return _run("", "projector", "laptop")


def _run(*preferred: str) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'laptop-and-projector.json'}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-m", "tests.capture.two_screens", *preferred],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("preferred", "expected"), [("", "projector"), ("projector", "projector"), ("laptop", "laptop")]
)
def test_full_screen_on_the_chosen_screen(opened: dict, preferred: str, expected: str) -> None:
    result = opened[preferred]
    assert result["screens"] == ["laptop", "projector"]
    assert result["chosen"] == [expected] and result["screen"] == expected and result["full_screen"]
    assert result["laptop_keeps_focus"]
    # the facilitator's menu lists both screens and ticks the one in use
    assert result["menu"] == [["laptop", expected == "laptop"], ["projector", expected == "projector"]]
    width = 1920 if expected == "projector" else 1366
    assert result["geometry"][2] == width

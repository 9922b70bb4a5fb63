"""A laptop and a projector: the audience window goes full screen on the projector (or the remembered screen),
and in Discuss the wall follows the facilitator, paged with PgUp/PgDn on either screen."""

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


@pytest.fixture(scope="module")
def discussed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("wall-follows")
    # the app's own user folders in the temporary folder too (this runs before the per-test ones)
    home = {"HOME": folder, "XDG_CONFIG_HOME": folder / ".config", "XDG_DATA_HOME": folder / ".local"}
    return _run(str(folder), module="tests.capture.wall_follows", env={k: str(v) for k, v in home.items()})


def _run(*arguments: str, module: str = "tests.capture.two_screens", env: dict[str, str] | None = None) -> dict:
    env = dict(os.environ, **(env or {}))
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'laptop-and-projector.json'}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-m", module, *arguments],
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


def test_in_discuss_the_wall_brings_up_the_selected_note_and_pages_from_both_screens(discussed: dict) -> None:
    assert discussed["screens"] == {"projector": "projector", "full_screen": True}
    noting = discussed["inventory"]
    # 60 notes over three pages; while noting, the room sees the newest note's (the last) page
    assert (noting["page"], noting["pages"]) == (2, 3) and not noting["note_2_painted"]
    assert noting["indicator"] == "The room sees page 3 of 3 (PgUp/PgDn)"
    assert discussed["phase"]["discuss"]  # Alt+3 on the laptop
    chosen = discussed["note_2"]
    assert chosen["page"] == 0 and chosen["focus"] == "n2"
    assert chosen["note_2_painted"] and chosen["answer_painted"] and chosen["outlined"]
    assert chosen["indicator"] == "The room sees page 1 of 3 (PgUp/PgDn)" and chosen["indicator_visible"]
    # PgDn on the laptop, from the note list and from the capture line, which keep the keyboard
    assert [discussed[s]["page"] for s in ("laptop_list_pgdn", "laptop_capture_pgdn")] == [1, 2]
    assert discussed["laptop_list_pgdn"]["keyboard_on_laptop"]
    assert discussed["laptop_capture_pgdn"]["keyboard_on_laptop"]
    assert not discussed["laptop_capture_pgdn"]["outlined"]  # note 2 is not on the last page
    assert discussed["laptop_capture_pgdn"]["indicator"] == "The room sees page 3 of 3 (PgUp/PgDn)"
    # PgUp/PgDn on the projector window itself (a presenter remote), and the laptop shows it
    pages = [discussed[s]["page"] for s in ("projector_pgup", "projector_pgup_again", "projector_pgdn")]
    assert pages == [1, 0, 1]
    assert discussed["projector_pgup_again"]["outlined"] and discussed["projector_pgup_again"]["focus"] == "n2"
    assert discussed["projector_pgdn"]["indicator"] == "The room sees page 2 of 3 (PgUp/PgDn)"
    back = discussed["laptop_capture_pgup"]
    assert back["page"] == 0 and back["note_2_painted"] and back["keyboard_on_laptop"]

"""At device pixel ratio 2 no text is cut off: every visible label and button has room for it.

Qt reads the scale at start, so the walk runs in a fresh process (dpr_walk.py) on a laptop of
2732x1536 pixels and a 4K projector, at QT_SCALE_FACTOR=2. docs/screenshots/dpr2-*.png are a
selection of the screenshots the same walk saves (`python -m tests.accessibility.dpr_walk WORK_DIR
SHOTS_DIR` in that environment).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from .clipping import clipped

ROOT = Path(__file__).resolve().parents[2]


def test_nothing_is_clipped_at_device_pixel_ratio_2(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_SCALE_FACTOR="2",
        QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests/accessibility/dpr2.json'}",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.accessibility.dpr_walk", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results.pop("dpr") == 2.0
    assert results.pop("image_dpr") == results.pop("high-contrast-image_dpr") == 2.0  # drawn at 2x
    walked = {"prepare", "inventory", "discuss", "close", "sketch", "projector inventory", "report dialog"}
    assert walked <= set(results) and {f"high-contrast-{w}" for w in walked} <= set(results)
    assert {where: found for where, found in results.items() if found} == {}


def test_the_check_finds_clipped_text(qtbot: QtBot) -> None:
    # the measure itself: text squeezed into too little room is found, text that fits is not
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    squeezed = [QLabel("Keep personal data until"), QPushButton("Export the report"), QCheckBox("Open the PDF when saved")]
    for widget in squeezed:
        widget.setFixedWidth(50)
    wrapped = QLabel("A label that wraps over several lines of text")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(60, 18)
    tool = QToolButton()
    tool.setText("Colour of the theme")
    tool.setFixedWidth(40)
    count = QSpinBox()
    count.setRange(0, 99999)
    count.setValue(12345)
    count.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    count.setFixedWidth(30)
    fits = [QLabel("Votes"), QPushButton("OK"), QCheckBox("Keep")]
    for widget in [*squeezed, wrapped, tool, count, *fits]:
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    found = clipped(host)
    assert len(found) == 6, found
    assert not any(f"'{w.text()}'" in line for w in fits for line in found)

"""PySide6 6.12.0 on CPython 3.11 corrupts None's refcount on Qt calls that return nothing.

pyproject.toml pins around it; this test keeps the pin honest by making 100,000 such calls
in a fresh interpreter (an abort there is a failure here, not a crashed test run).
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, QCoreApplication
app = QCoreApplication(sys.argv)
obj = QObject()
for i in range(100_000):
    obj.setObjectName("note")  # returns None
    obj.blockSignals(False)
print("ok", flush=True)
"""


def test_a_hundred_thousand_qt_calls_returning_none_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
    assert "none_dealloc" not in result.stderr

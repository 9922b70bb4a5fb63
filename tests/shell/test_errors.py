"""An unexpected error is logged and shown in plain words; the dossier keeps what was committed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bricoleur_desk.logs import log_folder, setup_logging
from bricoleur_desk.ui.errors import install_exception_hook


def test_an_uncaught_exception_is_logged_and_shown_without_a_traceback(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    # an earlier test that ran a command (app.main) left its log handler: start from none
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_bricoleur", False)])
    log_file = setup_logging()
    assert log_file is not None and Path(log_file).parent == log_folder()
    install_exception_hook()
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    try:
        raise RuntimeError("de beamer is weg")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert seen and "de beamer is weg" in seen[0] and "Traceback" not in seen[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = Path(log_file).read_text("utf-8")
    assert "de beamer is weg" in logged and "Traceback" in logged  # the details go to the log
    assert str(log_file).startswith(str(Path.home()))  # the test's home, never the user's
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "_bricoleur", False)]:
        logging.getLogger().removeHandler(handler)
        handler.close()

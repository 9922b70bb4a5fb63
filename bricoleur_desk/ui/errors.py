"""Showing problems to the user: one clear message, never a traceback, work kept."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .messages import user_text

log = logging.getLogger("bricoleur_desk")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A plain message box on the facilitator's screen (never on the projector)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()


def route_qt_messages_to_logging() -> None:
    """Qt's own warnings go to our log file instead of vanishing on a console nobody sees."""

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), message)

    qInstallMessageHandler(handler)


def install_exception_hook() -> None:
    """An unexpected error is logged and shown; what was committed stays committed."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            traceback.print_exception(kind, error, tb)
            return
        show_error(
            QApplication.activeWindow(),
            "Bricoleur Desk",
            QApplication.translate(
                "errors",
                "Something went wrong: {0}\n\nEverything you entered before this is saved in the "
                "dossier file. The details are in the log file.",
            ).format(user_text(error)),
        )

    sys.excepthook = hook

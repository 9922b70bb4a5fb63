"""The commands these tests run in-process set up the app's log file: take it away after each."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_log_handler_left_behind() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_bricoleur", False)]:
        root.removeHandler(handler)
        handler.close()

"""Typing an owner finds the names of the register (any part of a name, without case)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from ...domain.model import Colleague


def register_names(field: QLineEdit | QComboBox, entries: Iterable[Colleague]) -> QCompleter:
    """Give ``field`` (once) a completer over the register's names, and fill it with ``entries`` now."""
    names = sorted((c.name for c in entries), key=str.casefold)
    completer = field.completer()
    if completer is None or not isinstance(completer.model(), QStringListModel):
        completer = QCompleter(QStringListModel(field), field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.popup().setAccessibleName(
            QCoreApplication.translate("ColleaguesRegister", "Names in the register of colleagues")
        )
        field.setCompleter(completer)
    model = completer.model()
    assert isinstance(model, QStringListModel)
    if model.stringList() != names:
        model.setStringList(names)
    return completer

"""How a view arranges the notes: grouped by theme or in order of arrival, optionally filtered.

Sorting and filtering run in C++ (``QSortFilterProxyModel`` on precomputed key and filter
roles), so regrouping or filtering 2,000 notes stays well inside one frame.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QObject, QRegularExpression, QSortFilterProxyModel, Qt

from .model import NoteItemModel, NoteRole


class Grouping(StrEnum):
    BY_THEME = "by_theme"
    ARRIVAL = "arrival"


class NoteArrangement(QSortFilterProxyModel):
    """A sorted, filtered view of a :class:`NoteItemModel`; each view may have its own."""

    def __init__(
        self, source: NoteItemModel, grouping: Grouping = Grouping.BY_THEME, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._grouping = grouping
        self._search = ""
        self.setDynamicSortFilter(True)
        self.setFilterRole(NoteRole.FILTER)
        self.setSourceModel(source)
        source.arrangementChanged.connect(self.invalidate)
        self._apply()

    def grouping(self) -> Grouping:
        return self._grouping

    def set_grouping(self, grouping: Grouping) -> None:
        """Group by theme (with header rows) or list in order of arrival."""
        if grouping != self._grouping:
            self._grouping = Grouping(grouping)
            self._apply()

    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only notes whose number, text, group or theme contains ``text``."""
        text = text.strip()
        if text != self._search:
            self._search = text
            self._apply()

    def _apply(self) -> None:
        grouped = self._grouping == Grouping.BY_THEME
        needle = re.escape(self._search)
        if grouped and not needle:
            pattern = ""
        elif grouped:
            pattern = f"^h\x1f|^n\x1f.*{needle}"
        else:
            pattern = f"^n\x1f.*{needle}" if needle else "^n\x1f"
        role = NoteRole.GROUP_KEY if grouped else NoteRole.ARRIVAL_KEY
        # each setter re-sorts or re-filters everything: call only the ones that change
        if self.filterRegularExpression().pattern() != pattern:
            options = QRegularExpression.PatternOption.CaseInsensitiveOption
            self.setFilterRegularExpression(QRegularExpression(pattern, options))
        if self.sortRole() != role:
            self.setSortRole(role)
        if self.sortColumn() != 0:
            self.sort(0, Qt.SortOrder.AscendingOrder)

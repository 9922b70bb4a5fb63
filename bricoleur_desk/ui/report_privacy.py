"""The export dialog's personal-data list: every hit in its context, masked unless the adviser keeps it.

The scan with the name scanner runs in its worker thread; until it has gone over every text the
list says it is scanning (and shows what the fast part found), never "nothing found".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..workspace.privacy import PrivacyHit, find_in_dossier
from ..workspace.reporting import choose_meeting
from ..workspace.session import DossierSession
from .name_scanning import NameScanning
from .privacy_places import place_words


class PrivacyReview(QGroupBox):
    """The hits of one meeting's report, each with a checkbox to keep it in the public report."""

    changed = Signal()  # the hits, their state or the scan's progress changed

    def __init__(
        self, session: DossierSession, scanning: NameScanning | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPrivacy")
        self._session = session
        self._scanning = scanning
        self._meeting_id: str | None = None
        self._public = True
        self._background = False  # the report prints the dossier's background: scan it too
        self._hits: list[PrivacyHit] = []
        self._kept: set[tuple] = set()
        self._generation = 0
        self.complete = False  # the last scan went over every text with the name scanner
        self.scanning_now = False
        self.label = QLabel()
        self.label.setObjectName("reportPrivacyLabel")
        self.label.setWordWrap(True)
        self.hit_list = QListWidget()
        self.hit_list.setObjectName("reportPrivacyHits")
        self.hit_list.itemChanged.connect(self._item_changed)
        self.redact_button = QPushButton()
        self.redact_button.setObjectName("reportRedact")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.hit_list, 100)
        layout.addStretch(1)
        layout.addWidget(self.redact_button)
        if scanning is not None:
            scanning.ready.connect(self.rescan)
        self.retranslate()

    # -- public -------------------------------------------------------------------------

    def hits(self) -> list[PrivacyHit]:
        return list(self._hits)

    def kept_hits(self) -> list[PrivacyHit]:
        """The hits the adviser keeps in the public report (every other one is masked)."""
        return [h for h in self._hits if h.key in self._kept]

    def masked_hits(self) -> list[PrivacyHit]:
        return [h for h in self._hits if h.key not in self._kept]

    def set_kept(self, hit: PrivacyHit, kept: bool) -> None:
        item = self.hit_list.item(self._hits.index(hit))
        item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)

    def show_meeting(self, meeting_id: str | None, public: bool, background: bool = False) -> None:
        if meeting_id != self._meeting_id:
            self._kept.clear()
        self._meeting_id, self._public, self._background = meeting_id, public, background
        self.rescan()

    def rescan(self) -> None:
        """Scan again: the fast part now, the names in the worker thread."""
        self._generation += 1
        meeting_id = self._meeting_id
        if meeting_id is None:
            self._show([], complete=True)
            return
        dossier = self._session.dossier
        meeting = choose_meeting(dossier, meeting_id)
        background = self._background
        scanning = self._scanning
        if scanning is None:  # no name scanner in this setup: the dossier's people and patterns
            self._show(find_in_dossier(dossier, meeting, background=background), complete=False)
            return
        scanning.start()
        if scanning.is_ready and scanning.scanner is None:  # it failed to load
            self._show(find_in_dossier(dossier, meeting, background=background), complete=False)
            return
        self.scanning_now = True
        self._show(find_in_dossier(dossier, meeting, background=background), complete=False)
        generation = self._generation

        def job(scanner: Any) -> list[PrivacyHit]:
            return find_in_dossier(dossier, meeting, scanner, background)

        scanning.run(job, lambda hits: self._scanned(hits, generation), self)

    # -- internals ----------------------------------------------------------------------

    def _scanned(self, hits: list[PrivacyHit], generation: int) -> None:
        if generation != self._generation:
            return  # the dossier or the choice changed meanwhile: a newer scan is on its way
        self.scanning_now = False
        self._show(hits, complete=True)

    def _show(self, hits: list[PrivacyHit], complete: bool) -> None:
        self._hits, self.complete = hits, complete
        self.hit_list.blockSignals(True)
        self.hit_list.clear()
        for hit in hits:
            item = QListWidgetItem(f"{place_words(hit)}: “{hit.text}” — {hit.context}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if hit.key in self._kept else Qt.CheckState.Unchecked)
            item.setToolTip(self._kind_name(hit.kind))
            self.hit_list.addItem(item)
        self.hit_list.blockSignals(False)
        self.hit_list.setVisible(bool(hits))
        self.redact_button.setEnabled(bool(self.masked_hits()))
        self._say()
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = self._hits[self.hit_list.row(item)].key
        if item.checkState() == Qt.CheckState.Checked:
            self._kept.add(key)
        else:
            self._kept.discard(key)
        self.redact_button.setEnabled(bool(self.masked_hits()))
        self._say()
        self.changed.emit()

    def _kind_name(self, kind: str) -> str:
        return {
            "name": self.tr("name"),
            "email": self.tr("email address"),
            "phone": self.tr("phone number"),
            "address": self.tr("address"),
        }.get(kind, kind)

    def _say(self) -> None:
        n, kept = len(self._hits), len(self._kept & {h.key for h in self._hits})
        scanning = self._scanning
        if self.scanning_now:
            parts = [self.tr("Scanning every text for names…")]
        elif self.complete:
            parts = [] if n else [self.tr("Every text was scanned: no names, addresses, emails or phone numbers found.")]
        elif scanning is not None and scanning.failure:
            parts = [
                self.tr(
                    "The name scanner could not be loaded ({0}): only the dossier's people, emails and phone "
                    "numbers were looked for. Read the report for other names before sending it."
                ).format(scanning.failure)
            ]
        else:
            parts = [self.tr("Only the dossier's people, emails and phone numbers were looked for.")]
        if n and self._public:
            parts.append(
                self.tr(
                    "Personal data found in {0} place(s). The public report replaces each by [naam], "
                    "[e-mail], [telefoon] or [adres], except the {1} you tick to keep."
                ).format(n, kept)
            )
        elif n:
            parts.append(self.tr("Personal data found in {0} place(s). The internal report shows them.").format(n))
        self.label.setText(" ".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._hits:
            self._show(self._hits, self.complete)  # the places, in the new language
        self.setTitle(self.tr("Personal data (tick a hit to keep it in the public report)"))
        self.redact_button.setText(self.tr("&Redact in the dossier"))
        self.hit_list.setAccessibleName(self.tr("Places where personal data was found"))
        self.redact_button.setAccessibleName(self.tr("Redact personal data in the dossier"))
        self._say()

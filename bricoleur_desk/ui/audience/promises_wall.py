"""The projector's "Vorige keer beloofd": every promise of earlier evenings and what became of it.

Shown at the start of the next evening, before the inventory: residents see that the
municipality comes back on what it promised. Only the promise's words, its status and the
latest news are shown, personal data masked as on the rest of the wall ('…' until the name
scanner has looked at them); never an owner's contact.
The rows are painted at the largest size at which they all fit the projector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QWidget

from ...domain.contrast import readable_text
from ...domain.model import Dossier, Meeting, Promise, PromiseStatus
from ...domain.promises import earlier_promises, is_overdue, latest_update
from ...workspace.privacy import PersonalDataFinder, public_text
from .colours import NORMAL, RoomColours

BADGE_COLOURS = NORMAL.badges
MAX_POINTS, MIN_POINTS = 30.0, 11.0


@dataclass(frozen=True)
class WallRow:
    """One promise as the room reads it: a status word, the promise, and what happened in plain words."""

    badge: str  # done / dropped / open / late: the colour
    status: str
    text: str
    news: str


class PromisesWall(QWidget):
    """Painted page; ``rows`` holds what it shows (for tests and the facilitator's preview)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audiencePromises")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.colours = NORMAL
        self.rows: list[WallRow] = []
        self.heading = ""
        self.empty_text = ""
        self.more_text = "+ %1"  # "%1 more promises in the report": set by the window
        self.left_out = 0  # rows that did not fit at the smallest type, at the last paint
        self.names: Any = None  # without the window's words: the name scanner, strangers' names masked too

    # -- what it shows --------------------------------------------------------------------

    def set_colours(self, colours: RoomColours) -> None:
        """The usual colours or the high-contrast set (View → High contrast)."""
        self.colours = colours
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(colours.ground))
        self.setPalette(palette)
        self.update()

    def show_meeting(
        self, dossier: Dossier, meeting: Meeting, words: Callable[[str], str] | None = None
    ) -> None:
        """The earlier evenings' promises of ``meeting``; late as of the evening's own date.

        ``words`` masks each text for the room (the audience window's, which waits for the name
        scanner); without it the dossier's people, the patterns and ``names`` mask them.
        """
        today = meeting.starts_at.date()
        if words is None:
            words = PersonalDataFinder(dossier.people, self.names, public_text(dossier)).mask
        self.rows = [self._row(p, words, today) for p in earlier_promises(dossier, meeting)]
        self.update()

    def _row(self, promise: Promise, mask: Callable[[str], str], today: date) -> WallRow:
        latest = latest_update(promise)
        news = mask(latest.text) if latest else ""
        if promise.status == PromiseStatus.DONE:
            badge, status = "done", self.tr("Done")
        elif promise.status == PromiseStatus.DROPPED:
            badge, status = "dropped", self.tr("Not going ahead")
            news = (
                self.tr("Why: %1").replace("%1", mask(promise.reason or ""))
                if promise.reason
                else news
            )
        elif is_overdue(promise, today):
            badge, status = "late", self.tr("Still open, later than promised")
        else:
            badge, status = "open", self.tr("Still open")
        if badge in ("open", "late") and latest is not None:
            news = self.tr("Latest: %1").replace("%1", news)
        elif badge in ("open", "late"):
            news = self.tr("No news yet")
        return WallRow(badge, status, mask(promise.text), news)

    def plain_text(self) -> str:
        """Everything the page says, in reading order."""
        lines = [self.heading]
        for row in self.rows:
            lines += [f"{row.status}: {row.text}", row.news]
        if not self.rows:
            lines.append(self.empty_text)
        return "\n".join(line for line in lines if line)

    def set_texts(self, heading: str, empty_text: str, more_text: str = "+ %1") -> None:
        self.heading, self.empty_text, self.more_text = heading, empty_text, more_text
        self.update()

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = max(0.25, min(1.0, self.width() / 1920, self.height() / 1080))
        margin = 72 * scale
        area = QRectF(margin, margin * 0.7, self.width() - 2 * margin, self.height() - 1.4 * margin)
        title_font = QFont(self.font())
        title_font.setPointSizeF(44 * scale)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(self.colours.ink))
        title_height = QFontMetricsF(title_font).height() * 1.4
        painter.drawText(QRectF(area.left(), area.top(), area.width(), title_height), self.heading)
        body = QRectF(area.left(), area.top() + title_height, area.width(), area.height() - title_height)
        if not self.rows:
            painter.setFont(self._font(MAX_POINTS * scale))
            painter.drawText(body, Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        points = MAX_POINTS * scale
        while points > MIN_POINTS * scale and self._height(points, body.width()) > body.height():
            points -= 1
        more_height = QFontMetricsF(self._font(points)).height() * 1.5
        if self._height(points, body.width()) > body.height():
            body.setHeight(body.height() - more_height)  # room to say how many did not fit
        shown = self._paint_rows(painter, body, points)
        self.left_out = len(self.rows) - shown
        if self.left_out:
            painter.setFont(self._font(points, True))
            painter.setPen(QColor(self.colours.ink))
            more = QRectF(body.left(), body.bottom(), body.width(), more_height)
            painter.drawText(
                more, int(Qt.AlignmentFlag.AlignVCenter), self.more_text.replace("%1", str(self.left_out))
            )

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, points))
        font.setBold(bold)
        return font

    def _badge_width(self, points: float) -> float:
        return QFontMetricsF(self._font(points * 0.7, True)).horizontalAdvance("M" * 18)

    def _height(self, points: float, width: float) -> float:
        return sum(self._row_height(row, points, width) for row in self.rows)

    def _row_height(self, row: WallRow, points: float, width: float) -> float:
        text_width = width - self._badge_width(points) - points
        flags = int(Qt.TextFlag.TextWordWrap)
        main = QFontMetricsF(self._font(points, True)).boundingRect(
            QRectF(0, 0, text_width, 1e6), flags, row.text
        )
        news = QFontMetricsF(self._font(points * 0.8)).boundingRect(
            QRectF(0, 0, text_width, 1e6), flags, row.news
        )
        return main.height() + (news.height() if row.news else 0) + points * 0.9

    def _paint_rows(self, painter: QPainter, body: QRectF, points: float) -> int:
        """Paint the rows that fit; how many that were."""
        badge_width = self._badge_width(points)
        text_left = body.left() + badge_width + points
        text_width = body.right() - text_left
        y = body.top()
        shown = 0
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        for row in self.rows:
            height = self._row_height(row, points, body.width())
            if y + height > body.bottom() + 1 and y > body.top():
                break  # at the smallest type the rest does not fit: the line below says how many
            colour = QColor(self.colours.badges[row.badge])
            badge_font = self._font(points * 0.7, True)
            badge_rect = QRectF(
                body.left(), y + points * 0.15, badge_width, QFontMetricsF(badge_font).height() * 2.3
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge_rect, 8, 8)
            painter.setPen(QColor(readable_text(colour.name())))
            painter.setFont(badge_font)
            painter.drawText(
                badge_rect.adjusted(8, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                row.status,
            )
            painter.setPen(QColor(self.colours.ink))
            main_font = self._font(points, True)
            painter.setFont(main_font)
            main = painter.boundingRect(
                QRectF(text_left, y, text_width, 1e6), int(Qt.TextFlag.TextWordWrap), row.text
            )
            painter.drawText(QRectF(text_left, y, text_width, main.height()), row.text, option)
            if row.news:
                painter.setFont(self._font(points * 0.8))
                painter.setPen(QColor(self.colours.promise_detail))
                painter.drawText(QRectF(text_left, y + main.height(), text_width, height), row.news, option)
            y += height
            shown += 1
        return shown

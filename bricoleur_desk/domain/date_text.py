"""Dates as a Dutch facilitator types them: read, written as dd-mm-jjjj, and stepped part by part.

Day first, always: "15-04-2027", "15-4-2027", "15/4/27", "15.4.2027", "15 april 2027",
"15 apr", "2027-04-15". Month names in Dutch (and English, for the English interface).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

DAY, MONTH, YEAR = 0, 1, 2

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "maa": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_PART = re.compile(r"\d+|[^\W\d_]+")  # runs of digits or of letters; anything else separates
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def write_date(day: date) -> str:
    """The date as the app shows it: 15-04-2027."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def read_date(text: str, today: date) -> date | None:
    """The date the text means, or None when it is no date (31-02, 15-13-2027, "morgen").

    Without a year the next such day from ``today`` is meant; a two-digit year is in this century.
    """
    iso = _ISO.match(text)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    parts = _PART.findall(text.casefold())
    if not 2 <= len(parts) <= 3 or not parts[0].isdigit():
        return None
    month = int(parts[1]) if parts[1].isdigit() else _MONTHS.get(parts[1].rstrip("."))
    if month is None:
        return None
    day = int(parts[0])
    if len(parts) == 2:
        this_year = _date(today.year, month, day)
        if this_year is None or this_year >= today:
            return this_year
        return _date(today.year + 1, month, day)
    if not parts[2].isdigit() or len(parts[2]) not in (2, 4):
        return None
    year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    return _date(year, month, day)


def part_at(text: str, cursor: int) -> int:
    """Which part of a typed date the cursor is in: DAY, MONTH or YEAR (counted by the parts before it)."""
    before = sum(1 for m in _PART.finditer(text) if m.end() < cursor)
    return min(before, YEAR)


def step_date(day: date, part: int, delta: int) -> date:
    """One day, month or year on (or back); the 31st becomes the last day of a shorter month."""
    if part == DAY:
        return date.fromordinal(day.toordinal() + delta)
    months = day.year * 12 + day.month - 1 + (delta if part == MONTH else 12 * delta)
    year, month = divmod(months, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def step_text(text: str, cursor: int, delta: int, today: date) -> tuple[str, int] | None:
    """Up or Down on a typed date: the new text (dd-mm-jjjj) and the cursor in the same part.

    None when the text is no date; an empty field steps from ``today``.
    """
    current = today if not text.strip() else read_date(text, today)
    if current is None:
        return None
    part = part_at(text, cursor) if text.strip() else DAY
    stepped = step_date(current, part, delta)
    # dd-mm-jjjj: the cursor goes to the end of the stepped part
    return write_date(stepped), (2, 5, 10)[part]


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

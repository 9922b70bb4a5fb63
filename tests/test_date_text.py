"""Dates as a Dutch facilitator types them: reading, writing, stepping the part under the cursor."""

from __future__ import annotations

from datetime import date

import pytest

from bricoleur_desk.domain.date_text import (
    DAY,
    MONTH,
    YEAR,
    part_at,
    read_date,
    step_date,
    step_text,
    write_date,
)

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "typed",
    [
        "15-04-2027",
        "15-4-2027",
        "15/4/27",
        "15/04/2027",
        "15.4.2027",
        "15 4 2027",
        "15 april 2027",
        "15 April 2027",
        "15 apr 2027",
        "15 apr. 2027",
        "15-apr-2027",
        "  15 - 4 - 2027  ",
        "2027-04-15",
        "15 april 27",
    ],
)
def test_a_dutch_date_is_read_day_first(typed: str) -> None:
    assert read_date(typed, TODAY) == date(2027, 4, 15)


def test_english_month_names_are_read_too() -> None:
    assert read_date("3 march 2027", TODAY) == date(2027, 3, 3)
    assert read_date("1 okt 2027", TODAY) == read_date("1 oct 2027", TODAY) == date(2027, 10, 1)
    assert read_date("1 mei 2027", TODAY) == read_date("1 may 2027", TODAY) == date(2027, 5, 1)


def test_without_a_year_the_next_such_day_is_meant() -> None:
    assert read_date("15 december", TODAY) == date(2026, 12, 15)
    assert read_date("3-12", TODAY) == date(2026, 12, 3)  # today itself
    assert read_date("15-4", TODAY) == date(2027, 4, 15)  # April has passed this year
    assert read_date("2 december", TODAY) == date(2027, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "morgen",
        "31-02-2027",
        "15-13-2027",
        "15 foo 2027",
        "15-4-202",
        "15-4-2027-1",
        "april 15",
        "0-4-2027",
    ],
)
def test_what_is_no_date_is_none(typed: str) -> None:
    assert read_date(typed, TODAY) is None


def test_written_as_the_app_shows_it() -> None:
    assert write_date(date(2027, 4, 5)) == "05-04-2027"


def test_the_part_under_the_cursor() -> None:
    text = "15-04-2027"
    assert [part_at(text, c) for c in range(len(text) + 1)] == [DAY] * 3 + [MONTH] * 3 + [YEAR] * 5
    assert part_at("15 april 2027", 5) == MONTH
    assert part_at("15/4/27", 7) == YEAR


def test_stepping_a_part_carries_and_clamps() -> None:
    assert step_date(date(2027, 4, 30), DAY, 1) == date(2027, 5, 1)
    assert step_date(date(2027, 1, 1), DAY, -1) == date(2026, 12, 31)
    assert step_date(date(2027, 1, 31), MONTH, 1) == date(2027, 2, 28)
    assert step_date(date(2027, 12, 15), MONTH, 1) == date(2028, 1, 15)
    assert step_date(date(2027, 1, 15), MONTH, -1) == date(2026, 12, 15)
    assert step_date(date(2028, 2, 29), YEAR, 1) == date(2029, 2, 28)


def test_up_and_down_on_typed_text_step_the_part_under_the_cursor() -> None:
    assert step_text("15-04-2027", 1, 1, TODAY) == ("16-04-2027", 2)
    assert step_text("15-04-2027", 4, 1, TODAY) == ("15-05-2027", 5)
    assert step_text("15-04-2027", 8, -1, TODAY) == ("15-04-2026", 10)
    assert step_text("15 april 2027", 6, 1, TODAY) == ("15-05-2027", 5)  # written the app's way
    assert step_text("", 0, 1, TODAY) == ("04-12-2026", 2)  # an empty field starts at today
    assert step_text("morgen", 2, 1, TODAY) is None

"""Working calendar: weekends and holidays skipped, day numbers ↔ dates."""

from __future__ import annotations

import datetime as dt

import pytest

from autoagi.engine.planning import WorkCalendar

D = dt.date


def test_weekends_skipped() -> None:
    cal = WorkCalendar(D(2025, 1, 3))  # a Friday
    assert [cal.date_of(i) for i in range(4)] == [D(2025, 1, 3), D(2025, 1, 6), D(2025, 1, 7), D(2025, 1, 8)]


def test_holidays_skipped() -> None:
    cal = WorkCalendar(D(2024, 12, 23), holidays=[D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1)])
    days = [cal.date_of(i) for i in range(6)]
    assert days == [D(2024, 12, 23), D(2024, 12, 24), D(2024, 12, 27), D(2024, 12, 30), D(2024, 12, 31), D(2025, 1, 2)]


def test_start_on_a_weekend_begins_monday() -> None:
    cal = WorkCalendar(D(2025, 1, 4))  # Saturday
    assert cal.date_of(0) == D(2025, 1, 6)
    assert cal.day_of(D(2025, 1, 5)) == 0


def test_day_of_is_inverse_and_rounds_forward() -> None:
    cal = WorkCalendar(D(2025, 1, 6), holidays=[D(2025, 1, 8)])
    for i in range(300):
        assert cal.day_of(cal.date_of(i)) == i
    assert cal.day_of(D(2025, 1, 8)) == cal.day_of(D(2025, 1, 9)) == 2
    assert cal.day_of(D(2025, 1, 11)) == 4  # Saturday → next Monday
    assert cal.day_of(D(2020, 1, 1)) == 0


def test_custom_workweek() -> None:
    cal = WorkCalendar(D(2025, 1, 5), workdays=["sun", "mon", "tue", "wed", "thu"])  # Sunday start
    assert [cal.date_of(i).weekday() for i in range(7)] == [6, 0, 1, 2, 3, 6, 0]


def test_calendar_needs_a_working_day() -> None:
    with pytest.raises(ValueError):
        WorkCalendar(D(2025, 1, 6), workdays=[])

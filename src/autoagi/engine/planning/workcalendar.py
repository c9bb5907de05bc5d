"""Working calendar: maps working-day numbers (0 = first working day) to dates and back."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class WorkCalendar:
    """Working days from ``start`` on, skipping non-working weekdays and ``holidays``.

    Day numbers are dense: day 0 is the first working day on or after ``start``, day 1 the next
    working day, and so on. Dates are generated lazily and cached, so mapping is O(1) amortised.
    """

    def __init__(self, start: dt.date, workdays: Iterable[str] = WEEKDAYS[:5], holidays: Iterable[dt.date] = ()):
        self.start = start
        self._workdays = frozenset(WEEKDAYS.index(d) for d in workdays)
        if not self._workdays:
            raise ValueError("a calendar needs at least one working weekday")
        self._holidays = frozenset(holidays)
        self._dates: list[dt.date] = []
        self._cursor = start

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() in self._workdays and day not in self._holidays

    def _extend_to(self, index: int) -> None:
        one = dt.timedelta(days=1)
        dates, cursor = self._dates, self._cursor
        while len(dates) <= index:
            if cursor.weekday() in self._workdays and cursor not in self._holidays:
                dates.append(cursor)
            cursor += one
        self._cursor = cursor

    def date_of(self, day: int) -> dt.date:
        """The date of working day ``day`` (``day`` ≥ 0)."""
        if day < 0:
            raise ValueError("working-day numbers start at 0")
        self._extend_to(day)
        return self._dates[day]

    def day_of(self, date: dt.date) -> int:
        """The number of the first working day on or after ``date`` (0 for dates before the start)."""
        if date <= self.start:
            return 0
        while not self._dates or self._dates[-1] < date:
            self._extend_to(len(self._dates) + 64)
        return bisect.bisect_left(self._dates, date)

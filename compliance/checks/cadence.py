"""Checks on when a party cell meets: every month, on its fixed day, and a thematic meeting every quarter.

Which meetings count. A regular meeting is one of type ``regular`` or ``regular+thematic``; a meeting whose type
the minutes do not make clear (``None``) also counts as regular for the monthly cadence, since minutes of a cell
meeting are regular unless they say otherwise, and a month with minutes in it should not read as a month without
a meeting. A thematic meeting is ``thematic`` or ``regular+thematic`` (both parts in one session).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from compliance.checks.evidence import meeting_evidence
from compliance.context import MeetingContext, SeriesContext
from compliance.periods import (
    PeriodParams,
    full_quarters,
    month_index,
    month_label,
    month_of,
    month_period,
    period,
    quarter_of,
)
from compliance.registry import Finding, check

REGULAR = frozenset({"regular", "regular+thematic", None})
THEMATIC = frozenset({"thematic", "regular+thematic"})
ROMAN = ("I", "II", "III", "IV")


@check("cadence.monthly.v1", scope="series", provides={"month", "period"}, params=PeriodParams)
def monthly(context: SeriesContext, params: PeriodParams) -> Iterator[Finding]:
    """One finding for each month of the period without a regular meeting (date: the month, ``YYYY-MM``)."""
    dated = context.dated()
    held = {month_index(day) for day, meeting in dated if meeting.extraction.meeting.type in REGULAR}
    for index in period([day for day, _ in dated], params):
        if index not in held:
            label = month_period(index)
            yield Finding(fields={"month": month_label(index), "period": label}, date=label)


@check("cadence.thematic_quarterly.v1", scope="series", provides={"quarter", "period"}, params=PeriodParams)
def thematic_quarterly(context: SeriesContext, params: PeriodParams) -> Iterator[Finding]:
    """One finding for each whole quarter of the period without a thematic meeting (date: ``YYYY-Q1``…)."""
    dated = context.dated()
    held = {quarter_of(month_index(day)) for day, meeting in dated if meeting.extraction.meeting.type in THEMATIC}
    for year, quarter in full_quarters(period([day for day, _ in dated], params)):
        if (year, quarter) not in held:
            label = f"{year}-Q{quarter}"
            yield Finding(fields={"quarter": f"{ROMAN[quarter - 1]}/{year}", "period": label}, date=label)


# the fixed day --------------------------------------------------------------------------------------------


class WeekendShift(BaseModel):
    """Days to move a fixed day that falls on a Saturday or a Sunday (or a holiday, moved like a Sunday)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    saturday: int = Field(default=-1, ge=-6, le=6, strict=True)
    sunday: int = Field(default=1, ge=-6, le=6, strict=True)


def _shift_words(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.replace("_", " ").casefold().split())
    return value


class FixedDay(BaseModel):
    """``meeting_day`` (1–31; a day past the month's end is its last day; null: nothing to check), how a fixed
    day on a weekend moves (``{saturday: -1, sunday: 1}`` or ``"next working day"``) and the holidays on which
    it moves like a Sunday (or to the next working day)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    meeting_day: int | None = Field(default=None, ge=1, le=31, strict=True)
    weekend_shift: WeekendShift | Annotated[Literal["next working day"], BeforeValidator(_shift_words)] = WeekendShift()
    holidays: list[dt.date] = Field(default_factory=list)

    def _off(self, day: dt.date) -> bool:
        if day in self.holidays:
            return True
        if isinstance(self.weekend_shift, str):
            return day.weekday() >= 5
        moves = {5: self.weekend_shift.saturday, 6: self.weekend_shift.sunday}
        return moves.get(day.weekday(), 0) != 0

    def expected(self, year: int, month: int) -> dt.date | None:
        """The day the body meets in that month, after any shift; None when it has no fixed day."""
        if self.meeting_day is None:
            return None
        day = dt.date(year, month, min(self.meeting_day, calendar.monthrange(year, month)[1]))
        if not self._off(day):
            return day
        if isinstance(self.weekend_shift, str):
            step = 1
        elif day in self.holidays or day.weekday() == 6:
            step = self.weekend_shift.sunday
        else:
            step = self.weekend_shift.saturday
        day += dt.timedelta(days=step)
        direction = dt.timedelta(days=1 if step > 0 else -1)
        for _ in range(31):  # a shifted day on a holiday keeps moving the same way
            if not self._off(day):
                break
            day += direction
        return day


@check("cadence.fixed_day.v1", provides={"date", "expected"}, params=FixedDay)
def fixed_day(context: MeetingContext, params: FixedDay) -> Iterator[Finding]:
    """A regular meeting held on another day than the body's fixed day (after the weekend or holiday shift).

    A shift may cross a month's end (day 1 on a Saturday is the Friday before), so the fixed days of the months
    before and after are also accepted. Nothing is said without a fixed day, a readable date, or for a meeting
    that is not regular (thematic and special meetings have no fixed day).
    """
    day = context.day
    if params.meeting_day is None or day is None or context.extraction.meeting.type not in REGULAR - {None}:
        return
    index = month_index(day)
    accepted = {params.expected(*month_of(near)) for near in (index - 1, index, index + 1)}
    if day in accepted:
        return
    expected = params.expected(day.year, day.month)
    yield Finding(
        fields={"date": day.isoformat(), "expected": expected.isoformat() if expected else None},
        evidence=meeting_evidence(context.extraction, "date"),
    )

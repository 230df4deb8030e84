"""Months, quarters and years as the series checks count them, and the period a series covers.

A month is an integer index (``year * 12 + month - 1``) so that "12 months later" is plain arithmetic. The period
a series covers runs from the month of its first dated meeting to that of its last, unless the body (or the
caller) gives ``period_from`` / ``period_to``; a quarter or a year counts only when the whole of it lies in the
period, so a series that starts in May does not fail the first quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-\d{1,2})?$")


def month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_of(index: int) -> tuple[int, int]:
    """(year, month) of a month index."""
    return index // 12, index % 12 + 1


def month_label(index: int) -> str:
    """``5/2024``: the month as the messages write it."""
    year, month = month_of(index)
    return f"{month}/{year}"


def month_period(index: int) -> str:
    """``2024-05``: the month as a flag's date."""
    year, month = month_of(index)
    return f"{year}-{month:02d}"


def quarter_of(index: int) -> tuple[int, int]:
    """(year, quarter 1–4) of a month index."""
    year, month = month_of(index)
    return year, (month - 1) // 3 + 1


def _to_month(value: Any) -> Any:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, dt.date):
        return month_index(value)
    if isinstance(value, str):
        match = _MONTH.match(value.strip())
        if match and 1 <= int(match.group(2)) <= 12:
            return int(match.group(1)) * 12 + int(match.group(2)) - 1
    raise ValueError(f"a month is written YYYY-MM (or a date YYYY-MM-DD), not {value!r}")


MonthParam = Annotated[int, BeforeValidator(_to_month)]


class PeriodParams(BaseModel):
    """The period a series check covers; null: from the first to the last stored meeting's month."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    period_from: MonthParam | None = None
    period_to: MonthParam | None = None


def period(days: Sequence[dt.date], params: PeriodParams) -> range:
    """The month indexes of the period (empty when there is neither a meeting nor a given bound)."""
    months = [month_index(day) for day in days]
    first = params.period_from if params.period_from is not None else min(months, default=None)
    last = params.period_to if params.period_to is not None else max(months, default=None)
    if first is None or last is None:
        return range(0)
    return range(first, last + 1)


def full_quarters(months: range) -> list[tuple[int, int]]:
    """The (year, quarter) whose three months all lie in ``months``."""
    inside = set(months)
    found: list[tuple[int, int]] = []
    for index in months:
        if index % 3 == 0 and {index, index + 1, index + 2} <= inside:
            found.append(quarter_of(index))
    return found


def full_years(months: range) -> list[int]:
    """The years whose twelve months all lie in ``months``."""
    inside = set(months)
    return [index // 12 for index in months if index % 12 == 0 and set(range(index, index + 12)) <= inside]

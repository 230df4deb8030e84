"""Dates and times written in a line of text, as ISO `YYYY-MM-DD` and 24-hour `HH:MM`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from extract.fragments import compile_all, phrases
from extract.lang import language_data


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    dates: tuple[re.Pattern[str], ...]
    times: tuple[re.Pattern[str], ...]


@cache
def _patterns(code: str) -> _Patterns:
    data = language_data(code)
    suffix = rf"(?:{phrases(data.ordinal_suffixes)})?" if data.ordinal_suffixes else ""
    months = phrases(data.months) if data.months else "(?!)"
    dates = compile_all(
        (rf"(?<![\w/.\-]){pattern}(?!\w|[/.\-]\d)" for pattern in data.date_patterns),
        d=rf"(?P<d>\d{{1,2}}){suffix}",
        m=r"(?P<m>\d{1,2})",
        month=rf"(?P<month>{months})(?!\w)",
        y=r"(?P<y>\d{4})",
    )
    ampm = phrases((*data.am_words, *data.pm_words))
    times = compile_all(
        (rf"(?<![\w:.,/]){pattern}(?!\w|[:.]\d)" for pattern in data.time_patterns),
        h=r"(?P<h>\d{1,2})",
        min=r"(?P<min>\d{1,2})",
        ampm=rf"(?P<ampm>{ampm})(?!\w)",
    )
    return _Patterns(dates, times)


def _date_value(match: re.Match[str], code: str) -> str | None:
    data = language_data(code)
    groups = match.groupdict()
    year, day = int(groups["y"]), int(groups["d"])
    if groups.get("month"):
        month = data.months.get(groups["month"].lower().rstrip("."))
        candidates = [(month, day)] if month else []
    else:
        month = int(groups["m"])
        candidates = [(month, day), (day, month)]  # the written order first, then swapped when impossible
    for month_number, day_number in candidates:
        if month_number is None:
            continue
        try:
            return dt.date(year, month_number, day_number).isoformat()
        except ValueError:
            continue
    return None


def find_dates(text: str, code: str) -> list[Found]:
    """Every complete date (day, month and year) in `text`, in order of position."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns(code).dates:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _date_value(match, code)
            if value:
                found.append(Found(value, match.start(), match.end()))
                taken.append(match.span())
    return sorted(found, key=lambda item: item.start)


def _time_value(match: re.Match[str], code: str) -> str | None:
    data = language_data(code)
    groups = match.groupdict()
    hour, minute = int(groups["h"]), int(groups.get("min") or 0)
    marker = (groups.get("ampm") or "").lower().replace(" ", "")
    if marker:
        pm = marker in data.pm_words
        if marker in data.am_words or pm:
            if pm and hour < 12:
                hour += 12
            elif not pm and hour == 12:
                hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def find_times(text: str, code: str) -> list[Found]:
    """Every time of day in `text`, in order of position."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns(code).times:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _time_value(match, code)
            if value:
                found.append(Found(value, match.start(), match.end()))
                taken.append(match.span())
    return sorted(found, key=lambda item: item.start)

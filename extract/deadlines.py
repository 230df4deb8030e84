"""Deadlines of tasks: the phrase as written ("trước ngày 15/6", "by the end of the month", "before the next
meeting") and the date it means, resolved against the meeting date.

A date without a year takes the meeting's year, or the next year when its month is already past; a month
means its last day ("trong tháng 7" → 31 July), a quarter its last day, a weekday ("by Friday") the first such
day after the meeting, "within two weeks" the meeting date plus
14 days. An open deadline ("kỳ họp tới", "thường xuyên", "before the next meeting") keeps its phrase and no date.
Running text needs a lead word before a bare date ("trước", "by"): a date alone may be when something happens.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from extract.fragments import phrases
from extract.lang import domain_data, language_data

LEAD_REQUIRED = frozenset({"date", "month", "year", "quarter", "weekday"})
DAYS_PER_MONTH = 30


@dataclass(frozen=True, slots=True)
class Deadline:
    due: str | None  # YYYY-MM-DD
    text: str  # the phrase as written, lead word included
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    led: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, lead words then the deadline)
    bare: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, the deadline, a lead word optional)
    through: re.Pattern[str]  # what joins a deadline to a later one ("trong tháng 10 và tháng 11")


@cache
def _patterns(code: str) -> _Patterns:
    data = domain_data(code, "assignments")
    language = language_data(code)
    months = phrases(language.months) if language.months else "(?!)"
    numbers = phrases(data.NUMBER_WORDS)
    quarters = phrases(data.QUARTERS)
    fill = {
        "{d}": r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)",
        "{m}": r"(?P<m>\d{1,2})(?!\d)",
        "{y}": r"(?P<y>\d{4})(?!\d)",
        "{month}": rf"(?P<month>{months})(?!\w)",
        "{n}": rf"(?P<n>\d{{1,3}}|{numbers})",
        "{q}": rf"(?P<q>{quarters})(?!\w)",
        "{weekday}": rf"(?P<weekday>{phrases(data.WEEKDAYS)})(?!\w)",
    }
    lead = rf"(?:(?<!\w){phrases(data.DUE_LEADS)}(?!\w)\s*[:：]?\s*)"
    led: list[tuple[str, re.Pattern[str]]] = []
    bare: list[tuple[str, re.Pattern[str]]] = []
    for kind, templates in data.DEADLINES.items():
        for template in templates:
            for key, value in fill.items():
                template = template.replace(key, value)
            led.append((kind, re.compile(rf"{lead}{{1,3}}(?:{template})(?!\w)")))
            bare.append((kind, re.compile(rf"(?<![\w/.]){lead}{{0,3}}(?:{template})(?![\w/])")))
    through = re.compile(rf"\s*(?:{phrases(data.DUE_THROUGH)}|[-–])\s*")
    return _Patterns(tuple(led), tuple(bare), through)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


MONTHS = 12


def _year_for(month: int, written: str | None, meeting: dt.date | None) -> int | None:
    """The year a deadline's month falls in: as written, else the meeting's, or the next one when past."""
    if written:
        return int(written)
    if meeting is None:
        return None
    return meeting.year + 1 if month < meeting.month else meeting.year


def _number(text: str, code: str) -> int | None:
    if text.isdigit():
        return int(text)
    value: int | None = domain_data(code, "assignments").NUMBER_WORDS.get(text.lower())
    return value


def _month(groups: dict[str, str | None], code: str) -> int | None:
    if groups.get("m"):
        return int(groups["m"] or 0)
    return language_data(code).months.get((groups.get("month") or "").lower().rstrip("."))


def _calendar(kind: str, groups: dict[str, str | None], code: str, meeting: dt.date | None) -> dt.date | None:
    """A deadline written as a date, a month, a quarter or a year."""
    if kind == "year":
        return dt.date(int(groups["y"] or 0), 12, 31)
    if kind == "quarter":
        quarter = domain_data(code, "assignments").QUARTERS.get((groups["q"] or "").lower())
        month = quarter * 3 if quarter else None
    else:
        month = _month(groups, code)
        if kind == "date" and month and month > MONTHS and groups.get("m") and int(groups["d"] or 0) <= MONTHS:
            groups = {**groups, "m": groups["d"], "d": groups["m"]}  # "15/11/2025" where "11/15" is usual
            month = _month(groups, code)
    year = _year_for(month, groups.get("y"), meeting) if month else None
    if not month or not year:
        return None
    if kind == "date":
        return dt.date(year, month, int(groups["d"] or 0))
    return _month_end(year, month)


def _resolve(kind: str, match: re.Match[str], code: str, meeting: dt.date | None) -> dt.date | None:
    groups = match.groupdict()
    if kind == "weekday":  # "by Friday": the first such day after the meeting
        weekday = domain_data(code, "assignments").WEEKDAYS.get(" ".join((groups["weekday"] or "").lower().split()))
        if meeting is None or weekday is None:
            return None
        return meeting + dt.timedelta(days=(weekday - meeting.weekday() - 1) % 7 + 1)
    if kind in LEAD_REQUIRED:
        return _calendar(kind, groups, code, meeting)
    if meeting is None or kind == "open":
        return None
    if kind == "month_end":
        return _month_end(meeting.year, meeting.month)
    if kind == "next_month_end":
        following = meeting.replace(day=1) + dt.timedelta(days=32)
        return _month_end(following.year, following.month)
    if kind == "year_end":
        return dt.date(meeting.year, 12, 31)
    if kind == "quarter_end":
        return _month_end(meeting.year, (meeting.month - 1) // 3 * 3 + 3)
    count = _number(groups["n"] or "", code)
    unit = domain_data(code, "assignments").UNITS.get((groups["unit"] or "").lower())
    if count is None or unit is None:
        return None
    if unit == DAYS_PER_MONTH:
        month = meeting.month - 1 + count
        year = meeting.year + month // 12
        return meeting.replace(
            year=year, month=month % 12 + 1, day=min(meeting.day, _month_end(year, month % 12 + 1).day)
        )
    return meeting + dt.timedelta(days=count * unit)


def find_deadline(text: str, code: str, meeting_date: str | None, *, lead_required: bool = True) -> Deadline | None:
    """The first deadline written in `text` (the earliest and, there, the longest phrase), or None.

    `lead_required=False` reads a text that is a deadline by its place (a "Thời hạn" / "Due" table cell).
    """
    meeting = dt.date.fromisoformat(meeting_date) if meeting_date else None
    patterns = _patterns(code)
    candidates = [(kind, p) for kind, p in patterns.led if lead_required and kind in LEAD_REQUIRED]
    candidates += [(kind, p) for kind, p in patterns.bare if not lead_required or kind not in LEAD_REQUIRED]
    best: tuple[int, int, str, re.Match[str]] | None = None
    for kind, pattern in candidates:
        match = pattern.search(text)
        if match and (best is None or (match.start(), -match.end()) < (best[0], -best[1])):
            best = (match.start(), match.end(), kind, match)
    if best is None:
        return None
    start, end, kind, match = best
    due = _safe_resolve(kind, match, code, meeting)
    if due and kind in LEAD_REQUIRED and (joiner := patterns.through.match(text, end)):
        for other_kind, pattern in patterns.bare:  # "trong tháng 10 và tháng 11": the later one
            later = pattern.match(text, joiner.end()) if other_kind == kind else None
            if later and (until := _safe_resolve(kind, later, code, meeting)) and until > due:
                due, end = until, later.end()
                break
    return Deadline(due.isoformat() if due else None, text[start:end], start, end)


def _safe_resolve(kind: str, match: re.Match[str], code: str, meeting: dt.date | None) -> dt.date | None:
    try:
        return _resolve(kind, match, code, meeting)
    except ValueError:  # an impossible date ("31/6")
        return None

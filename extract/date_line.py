"""The date line at the head of minutes, and the time and place written after its date.

"Tuesday, June 3, 2025 – 5:30 p.m. – Hollis Valley Arts Center, Gallery 2", "tues oct 8 2024, 7 pm, school
library", "Minutes of the committee meeting, April 24th, 2025, 6 pm, at the garden shed.": the date comes
first (perhaps after a weekday or the title), then parts set apart by commas, dashes or bullets; the parts
holding a time are the time, what follows them is the place. A date line holding only the date may have the
place on the next line of its block ("Tuesday, March 18, 2025" / "Main Library, Board Room, 120 Court Street").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.dates import Found, find_dates, find_times
from extract.fragments import phrases
from extract.lang import language_data
from extract.lines import Line

MAX_DATE_LINE_REST = 32  # characters besides the date on a header date line ("Thôn 3, ", "Tuesday, ")
MAX_PLACE = 80  # characters: a place written in a header line is short
_PART = re.compile(r"\s*[,;•|]\s*|\s+[–—-]+\s+")  # what sets the parts of a date line apart
_PREPOSITION = re.compile(r"^[^\W\d_A-Z]{1,2}\s+(?=\w)")  # "at the garden shed", "in Room 4"
_ABBREVIATION = re.compile(r"(?<!\w)[A-Z][a-z]{1,3}\.$")  # "410 Elm St.": the full stop belongs to the place
MAX_EVENING_GAP = 120  # minutes between a bare "7:04" read as 19:04 and the p.m. time of the header


@dataclass(frozen=True, slots=True)
class DateLine:
    line: Line
    date: Found
    time: Found | None = None  # the first time written after the date
    place: tuple[Line, int, int] | None = None  # the line, start and end of the place


@cache
def _weekday_end(code: str) -> re.Pattern[str]:
    """Text that ends with a weekday ("monthly meeting tues", "Tues.,")."""
    weekdays = language_data(code).weekdays
    return re.compile(rf"(?:^|(?<=\W)){phrases(weekdays)}\W*$" if weekdays else r"(?!)")


def is_date_line(
    text: str, found: Found, code: str, heads: Sequence[re.Pattern[str]], exclude: Sequence[re.Pattern[str]]
) -> bool:
    """A date with little else, or a date that opens the line after a weekday or a title ("heads")."""
    if any(pattern.search(text) for pattern in exclude):
        return False
    rest = (text[: found.start] + text[found.end :]).strip(" ,.;")
    before = text[: found.start].strip(" ,.;:–—-")
    return (
        len(rest) <= MAX_DATE_LINE_REST
        or not before
        or bool(_weekday_end(code).search(before))
        or any(pattern.search(before) for pattern in heads)
    )


def trim_place(value: str) -> str:
    """A place without the punctuation after it, but with the full stop of a closing abbreviation ("St.")."""
    value = value.strip().rstrip(",;:")
    return value if _ABBREVIATION.search(value) else value.rstrip(".,")


def _place_after(line: Line, start: int, code: str) -> tuple[Line, int, int] | None:
    """The place written after the date and time parts of a date line, from `start`."""
    text = line.text
    times = find_times(text, code)
    position = start
    while True:
        separator = _PART.match(text, position)
        if separator and separator.end() > position:
            position = separator.end()
            continue
        following = _PART.search(text, position)
        part_end = following.start() if following else len(text)
        if not any(position <= item.start < part_end for item in times):
            break
        position = part_end
    preposition = _PREPOSITION.match(text[position:])
    if preposition:
        position += preposition.end()
    value = trim_place(text[position:])
    if not value or len(value) > MAX_PLACE or ":" in value or not any(char.isalpha() for char in value):
        return None
    return line, position, position + len(value)


def _place_below(line: Line, following: Line | None, code: str) -> tuple[Line, int, int] | None:
    """The next line of the date line's block, when it is a short capitalised line without date or time."""
    if following is None or following.block != line.block:
        return None
    text = following.text.strip()
    words = [word for word in text.split() if len(word) > 3]
    capitalised = bool(words) and all(word[0].isupper() or word[0].isdigit() for word in words)
    if not capitalised or find_dates(text, code) or find_times(text, code):
        return None
    return _place_after(following, 0, code)


def read_date_line(line: Line, found: Found, following: Line | None, code: str) -> DateLine:
    """The time and place written after the date of a header date line."""
    times = [item for item in find_times(line.text, code) if item.start >= found.end]
    rest = line.text[found.end :].strip(" ,.;:–—-•|")
    place = _place_after(line, found.end, code) if rest else _place_below(line, following, code)
    return DateLine(line, found, times[0] if times else None, place)


def evening(found: Found, written: str, header: Found | None) -> Found:
    """A bare hour ("Called to order 7:04") read as p.m. when the header's time ("7 pm") says so."""
    hour, minute = int(found.value[:2]), int(found.value[3:])
    bare = not any(char.isalpha() for char in written) and not written.startswith("0")
    if header is None or not bare or not 1 <= hour <= 11:
        return found
    header_minutes = int(header.value[:2]) * 60 + int(header.value[3:])
    evening_minutes = (hour + 12) * 60 + minute
    if header_minutes < 12 * 60 or abs(evening_minutes - header_minutes) > MAX_EVENING_GAP:
        return found
    return Found(f"{hour + 12:02d}:{minute:02d}", found.start, found.end)

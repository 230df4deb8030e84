"""What a check sees: one meeting with the body's roster, or the body's series of meetings with the roster.

A meeting check receives a `MeetingContext`, a series check a `SeriesContext`; both are frozen values built by
the engine, so a check stays a pure function of what it is given. Helpers here read the things every check
needs in the same way: the meeting's date, names compared without case and diacritics, and who was a member
(of which status) on a given day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from compliance.profile import RosterMember
from extract.contract import Extraction
from extract.roster import fold  # names compared without case, diacritics or extra spaces

__all__ = ["MeetingContext", "SeriesContext", "SeriesMeeting", "fold", "meeting_date", "parse_date", "roster_member"]


def parse_date(value: str | None) -> dt.date | None:
    """The date of an ISO ``YYYY-MM-DD`` text; None when unknown or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def meeting_date(extraction: Extraction) -> dt.date | None:
    return parse_date(extraction.meeting.date)


@dataclass(frozen=True)
class SeriesMeeting:
    """One stored meeting of a body, as the series checks see it: a key the caller chooses (a meeting id, a file
    name) by which series flags point back at it, and its extraction."""

    key: str
    extraction: Extraction

    @property
    def day(self) -> dt.date | None:
        return meeting_date(self.extraction)


def roster_member(roster: Iterable[RosterMember], name: str | None) -> RosterMember | None:
    """The roster member of that name (compared without case or diacritics), or None."""
    if not name:
        return None
    key = fold(name)
    return next((member for member in roster if fold(member.name) == key), None)


@dataclass(frozen=True)
class MeetingContext:
    """One meeting's extraction and the body's roster (empty when the body has none)."""

    extraction: Extraction
    roster: tuple[RosterMember, ...] = ()

    @property
    def day(self) -> dt.date | None:
        return meeting_date(self.extraction)


@dataclass(frozen=True)
class SeriesContext:
    """A body's meetings and its roster. The engine gives the meetings in date order, undated ones last."""

    meetings: tuple[SeriesMeeting, ...]
    roster: tuple[RosterMember, ...] = ()

    @classmethod
    def of(cls, meetings: Iterable[SeriesMeeting], roster: Iterable[RosterMember] = ()) -> SeriesContext:
        """The context with the meetings sorted by date (a stable sort: same-day meetings keep their order)."""
        ordered = sorted(meetings, key=lambda meeting: (meeting.day is None, meeting.day or dt.date.min))
        return cls(tuple(ordered), tuple(roster))

    def dated(self) -> list[tuple[dt.date, SeriesMeeting]]:
        """The meetings with a readable date, with that date, in date order."""
        return [(day, meeting) for meeting in self.meetings if (day := meeting.day) is not None]

"""Checks on how long a meeting lasted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import meeting_evidence
from compliance.context import MeetingContext
from compliance.registry import Finding, check

_CLOCK = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
_DAY = 24 * 60

Minutes = Annotated[int, Field(strict=True, ge=0)]


def parse_clock(value: str | None) -> int | None:
    """Minutes since midnight of an ``HH:MM`` (24 h) time; None when unknown or not of that form."""
    if value is None:
        return None
    match = _CLOCK.match(value.strip())
    if match is None:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def elapsed_minutes(start: int, end: int) -> int:
    """Minutes from ``start`` to ``end`` (since midnight); an end before the start is on the next day."""
    return (end - start) % _DAY


class MinimumByType(BaseModel):
    """The minimum length in minutes of each type of meeting; null: no minimum for that type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regular: Minutes | None
    regular_thematic: Minutes | None = Field(alias="regular+thematic")
    thematic: Minutes | None
    special: Minutes | None
    other: Minutes | None

    def for_type(self, meeting_type: str) -> int | None:
        value: int | None = getattr(self, meeting_type.replace("+", "_"), None)
        return value


@check(
    "duration.minimum.v1",
    provides={"minutes", "minimum", "start", "end"},
    params=MinimumByType,
)
def minimum_duration(context: MeetingContext, params: MinimumByType) -> Iterator[Finding]:
    """A meeting shorter than the minimum for its type.

    Nothing is said when the type, the start or the end is unknown (the rules on required parts say what is
    missing), nor for a type without a minimum. A start equal to the end counts as 0 minutes, not a whole day.
    """
    extraction = context.extraction
    meeting = extraction.meeting
    if meeting.type is None:
        return
    minimum = params.for_type(meeting.type)
    start = parse_clock(meeting.start_time)
    end = parse_clock(meeting.end_time)
    if minimum is None or start is None or end is None:
        return
    minutes = elapsed_minutes(start, end)
    if minutes < minimum:
        yield Finding(
            fields={
                "minutes": minutes,
                "minimum": minimum,
                "start": meeting.start_time,
                "end": meeting.end_time,
            },
            evidence=meeting_evidence(extraction, "start_time", "end_time"),
        )

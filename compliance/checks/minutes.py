"""Checks on what the minutes must record about the meeting itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import blank
from compliance.checks.roles import named
from compliance.context import MeetingContext
from compliance.registry import Finding, check
from extract.contract import Extraction

Item = Literal["type", "body", "date", "place", "chair", "recorder"]

_RECORDED: dict[Item, Callable[[Extraction], bool]] = {
    "type": lambda extraction: extraction.meeting.type is not None,
    "body": lambda extraction: not blank(extraction.meeting.body),
    "date": lambda extraction: not blank(extraction.meeting.date),
    "place": lambda extraction: not blank(extraction.meeting.place),
    "chair": lambda extraction: named(extraction.chair),
    "recorder": lambda extraction: named(extraction.recorder),
}


class EssentialItems(BaseModel):
    """The essentials the rule requires, among: kind of meeting, body, date, place, chair, recorder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    items: list[Item] = Field(min_length=1)


@check("minutes.essentials.v1", variants=set(_RECORDED), params=EssentialItems)
def essentials(context: MeetingContext, params: EssentialItems) -> Iterator[Finding]:
    """One finding for each required essential the minutes do not record, in the order of ``items``."""
    extraction = context.extraction
    for item in dict.fromkeys(params.items):
        if not _RECORDED[item](extraction):
            yield Finding(variant=item)


Part = Literal["header", "time_place", "chair", "recorder", "attendance", "content", "conclusion", "closing_time"]


def _attendance_recorded(extraction: Extraction) -> bool:
    attendance = extraction.attendance
    declared = attendance.declared
    counts = (declared.total, declared.present, declared.absent)
    return any(count is not None for count in counts) or bool(attendance.present or attendance.absent)


_PARTS: dict[Part, Callable[[Extraction], bool]] = {
    "header": lambda extraction: not blank(extraction.meeting.body) and not blank(extraction.meeting.date),
    "time_place": lambda extraction: not blank(extraction.meeting.start_time) and not blank(extraction.meeting.place),
    "chair": lambda extraction: named(extraction.chair),
    "recorder": lambda extraction: named(extraction.recorder),
    "attendance": _attendance_recorded,
    "content": lambda extraction: bool(extraction.topics or extraction.reports or extraction.speakers),
    "conclusion": lambda extraction: bool(extraction.decisions),
    "closing_time": lambda extraction: not blank(extraction.meeting.end_time),
}


class RequiredParts(BaseModel):
    """The parts the rule requires, among those of `_PARTS` (a part another rule checks may be left out)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    items: list[Part] = Field(min_length=1)


@check("minutes.required_parts.v1", variants=set(_PARTS), params=RequiredParts)
def required_parts(context: MeetingContext, params: RequiredParts) -> Iterator[Finding]:
    """One finding for each required part the minutes lack, in the order of ``items``, without evidence.

    header: the body and the date (the minutes' number, "Số: …-BB/CB", is not extracted); time_place: the start
    time and the place; attendance: any count or list of who attended; content: agenda items, reports or
    speakers; conclusion: a decision; closing_time: the end time.
    """
    for item in dict.fromkeys(params.items):
        if not _PARTS[item](context.extraction):
            yield Finding(variant=item)

"""Checks on what the minutes must record about the meeting itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import blank
from compliance.checks.roles import named
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
def essentials(extraction: Extraction, params: EssentialItems) -> Iterator[Finding]:
    """One finding for each required essential the minutes do not record, in the order of ``items``."""
    for item in dict.fromkeys(params.items):
        if not _RECORDED[item](extraction):
            yield Finding(variant=item)

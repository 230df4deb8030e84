"""Checks on who chaired the meeting and who recorded it."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.checks.evidence import blank
from compliance.context import MeetingContext
from compliance.registry import Finding, NoParams, check
from extract.contract import Person


def named(person: Person | None) -> bool:
    """True when the minutes name this person."""
    return person is not None and not blank(person.name)


@check("roles.chair_recorder.v1", variants={"chair", "recorder"})
def chair_and_recorder(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """No chair, or no recorder, named in the minutes: one finding each, without evidence (it is missing)."""
    extraction = context.extraction
    if not named(extraction.chair):
        yield Finding(variant="chair")
    if not named(extraction.recorder):
        yield Finding(variant="recorder")

"""Checks on the close of a meeting."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.checks.evidence import blank
from compliance.context import MeetingContext
from compliance.registry import Finding, NoParams, check


@check("adjournment.time.v1")
def adjournment_time(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """The hour the meeting ended (adjourned) is not recorded."""
    extraction = context.extraction
    if blank(extraction.meeting.end_time):
        yield Finding()

"""Checks on the close of a meeting."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.checks.evidence import blank
from compliance.registry import Finding, NoParams, check
from extract.contract import Extraction


@check("adjournment.time.v1")
def adjournment_time(extraction: Extraction, params: NoParams) -> Iterator[Finding]:
    """The hour the meeting ended (adjourned) is not recorded."""
    if blank(extraction.meeting.end_time):
        yield Finding()

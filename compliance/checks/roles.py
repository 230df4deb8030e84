"""Checks on who chaired the meeting and who recorded it."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.checks.evidence import blank
from compliance.registry import Finding, NoParams, check
from extract.contract import Extraction, Person


def named(person: Person | None) -> bool:
    """True when the minutes name this person."""
    return person is not None and not blank(person.name)


@check("roles.chair_recorder.v1", variants={"chair", "recorder"})
def chair_and_recorder(extraction: Extraction, params: NoParams) -> Iterator[Finding]:
    """No chair, or no recorder, named in the minutes: one finding each, without evidence (it is missing)."""
    if not named(extraction.chair):
        yield Finding(variant="chair")
    if not named(extraction.recorder):
        yield Finding(variant="recorder")

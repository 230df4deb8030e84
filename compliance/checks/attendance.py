"""Checks on the attendance the minutes declare: counts stated, and counts that agree with each other.

The counts are those the minutes state (``attendance.declared``); the lists are the members they name
(``attendance.present``, ``attendance.absent``). A count the minutes do not state is None and is never
guessed, except that a meeting whose present count equals its total (less the exempt members, when stated)
had no absentees, as "đủ" says, and that an absent count is the excused plus the unexcused absentees.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from compliance.checks.evidence import declared_evidence
from compliance.context import MeetingContext
from compliance.registry import Finding, NoParams, check
from extract.contract import DeclaredCounts, Extraction

COUNTS = tuple(DeclaredCounts.model_fields)


def absent_implied(declared: DeclaredCounts) -> bool:
    """True when the unstated absent count follows from others: all present, or excused + unexcused stated."""
    if declared.absent_excused is not None and declared.absent_unexcused is not None:
        return True
    if declared.present is None or declared.total is None:
        return False
    return declared.present in {declared.total, declared.total - (declared.exempt or 0)}


@check("attendance.roll_call.v1", variants={"present", "absent"})
def roll_call(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """The present count, or the absent count, is not stated (and cannot be read from the other counts)."""
    extraction = context.extraction
    declared = extraction.attendance.declared
    if declared.present is None:
        yield Finding(variant="present")
    if declared.absent is None and not absent_implied(declared):
        yield Finding(variant="absent")


@check("attendance.roll_call.v2", variants={"present", "absent", "unnamed", "no_reason"}, provides={"absent", "named"})
def roll_call_named(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """As v1, and also: fewer absentees named than counted, or an absentee named without a reason."""
    yield from roll_call(context, params)
    attendance = context.extraction.attendance
    named = len(attendance.absent)
    absent = attendance.declared.absent
    if absent is not None and absent > named:
        evidence = declared_evidence(context.extraction, "absent")
        yield Finding(fields={"absent": absent, "named": named}, evidence=evidence, variant="unnamed")
    for person in attendance.absent:
        if not person.reason and person.excused is None:
            yield Finding(fields={"absent": absent, "named": named}, evidence=tuple(person.evidence),
                          variant="no_reason", member=person.name)  # fmt: skip


def _finding(extraction: Extraction, variant: str, involved: tuple[str, ...], **extra: int) -> Finding:
    declared = extraction.attendance.declared
    fields: dict[str, Any] = {name: getattr(declared, name) for name in COUNTS}
    fields.update({"sum": None, "listed": None}, **extra)
    return Finding(fields=fields, evidence=declared_evidence(extraction, *involved), variant=variant)


def _total(extraction: Extraction) -> Finding | None:
    """total = present + absent, or present + absent + exempt when the exempt count is stated."""
    d = extraction.attendance.declared
    if d.total is None or d.present is None:
        return None
    if d.absent is None:
        if d.present > d.total:
            return _finding(extraction, "present_exceeds_total", ("total", "present"))
        return None
    counted = d.present + d.absent
    if d.total == counted:
        return None
    if d.exempt is None:
        return _finding(extraction, "total", ("total", "present", "absent"), sum=counted)
    if d.total == counted + d.exempt:
        return None
    return _finding(extraction, "total_exempt", ("total", "present", "absent", "exempt"), sum=counted)


def _absent_split(extraction: Extraction) -> Finding | None:
    """absent = absent with a reason + absent without one, when all three are stated."""
    d = extraction.attendance.declared
    if d.absent is None or d.absent_excused is None or d.absent_unexcused is None:
        return None
    split = d.absent_excused + d.absent_unexcused
    if d.absent == split:
        return None
    return _finding(extraction, "absent_split", ("absent", "absent_excused", "absent_unexcused"), sum=split)


def _membership(extraction: Extraction) -> Finding | None:
    """total = official + probationary members, when all three are stated."""
    d = extraction.attendance.declared
    if d.total is None or d.official is None or d.probationary is None:
        return None
    members = d.official + d.probationary
    if d.total == members:
        return None
    return _finding(extraction, "membership", ("total", "official", "probationary"), sum=members)


def _lists(extraction: Extraction) -> Iterator[Finding]:
    """The names listed as present (absent) are as many as the present (absent) count, when any are listed."""
    attendance = extraction.attendance
    pairs = (
        ("present", attendance.declared.present, len(attendance.present)),
        ("absent", attendance.declared.absent, len(attendance.absent)),
    )
    for name, count, listed in pairs:
        if listed and count is not None and count != listed:
            yield _finding(extraction, f"{name}_list", (name,), listed=listed)


@check(
    "attendance.counts_consistent.v1",
    provides={*COUNTS, "sum", "listed"},
    variants={"total", "total_exempt", "present_exceeds_total", "absent_split", "membership"}
    | {"present_list", "absent_list"},
)
def counts_consistent(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """One finding for each pair of declared counts, or of counts and lists, that disagree.

    Every finding carries all the declared counts (None when not stated), ``sum`` (the sum compared with a
    stated count, or None) and ``listed`` (the number of names listed, or None), so each variant's template
    can name the numbers involved.
    """
    extraction = context.extraction
    for rule in (_total, _absent_split, _membership):
        finding = rule(extraction)
        if finding is not None:
            yield finding
    yield from _lists(extraction)

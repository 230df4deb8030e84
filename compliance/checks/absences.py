"""Checks on a member's absences across a body's meetings: unexcused absences in several months of a year, and
absences from several meetings in a row.

A member is followed through the meetings by name, compared without case or diacritics (the roster's spelling
when the name is on the roster, else as the minutes first write it; an extractor's link to a roster member,
``member``, wins over the name as written). With a roster, an absence on a day the member did not belong to the
body (before ``from``, after ``to``) or while exempt from meetings does not count.

A flag points at one meeting (``meeting``: the one at which the threshold is reached) and carries the evidence
of the absence in that meeting's minutes only, since evidence spans are positions in one document's text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import blank
from compliance.context import SeriesContext, fold, roster_member
from compliance.periods import month_index, month_label
from compliance.registry import Finding, check
from extract.contract import Absentee, Evidence


@dataclass(frozen=True)
class Absence:
    """One member listed absent at one meeting."""

    member: str  # the name shown in flags
    day: dt.date
    meeting: str  # the meeting's key
    excused: bool  # a valid reason was recorded
    evidence: tuple[Evidence, ...]


def unexcused(absentee: Absentee) -> bool:
    """Absent without a valid reason: recorded as not excused, or neither excused nor given a reason."""
    return absentee.excused is False or (absentee.excused is None and blank(absentee.reason))


def absences(context: SeriesContext) -> dict[str, list[Absence]]:
    """Every counted absence, by member (folded name), in date order."""
    found: dict[str, list[Absence]] = defaultdict(list)
    shown: dict[str, str] = {}
    for day, meeting in context.dated():
        for absentee in meeting.extraction.attendance.absent:
            written = absentee.member or absentee.name
            listed = roster_member(context.roster, written)
            if listed is not None and (not listed.member_on(day) or listed.status == "exempt"):
                continue
            key = fold(listed.name if listed else written)
            if not key:
                continue
            name = shown.setdefault(key, listed.name if listed else written)
            entry = Absence(name, day, meeting.key, not unexcused(absentee), tuple(absentee.evidence))
            found[key].append(entry)
    return found


class UnexcusedWindow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window_months: int = Field(ge=1, strict=True)
    threshold: int = Field(ge=1, strict=True)


def _crossings(entries: Sequence[Absence], params: UnexcusedWindow) -> Iterator[tuple[Absence, list[Absence]]]:
    """Each time the unexcused absences reach ``threshold`` different months within ``window_months`` months:
    the absence that reaches it and the first absence of each month counted. Counting starts again after it."""
    firsts: dict[int, Absence] = {}
    for entry in entries:
        firsts.setdefault(month_index(entry.day), entry)
    counted: list[Absence] = []
    for month, entry in firsts.items():
        counted = [old for old in counted if month - month_index(old.day) < params.window_months] + [entry]
        if len(counted) >= params.threshold:
            yield entry, counted
            counted = []


@check(
    "attendance.unexcused_3_months.v1",
    scope="series",
    provides={"member", "count", "window_months", "months"},
    params=UnexcusedWindow,
)
def unexcused_months(context: SeriesContext, params: UnexcusedWindow) -> Iterator[Finding]:
    """A member absent without a valid reason in ``threshold`` different months within ``window_months``.

    One finding when the count first reaches the threshold, dated on the meeting that reaches it; later
    absences start a new count (a fourth month right after does not repeat the flag). Whether to propose the
    member's removal is the cell's decision: the message says so.
    """
    findings: list[Finding] = []
    for entries in absences(context).values():
        missing = [entry for entry in entries if not entry.excused]
        for last, counted in _crossings(missing, params):
            months = ", ".join(month_label(month_index(entry.day)) for entry in counted)
            findings.append(
                Finding(
                    fields={
                        "member": last.member,
                        "count": len(counted),
                        "window_months": params.window_months,
                        "months": months,
                    },
                    evidence=last.evidence,
                    member=last.member,
                    date=last.day.isoformat(),
                    meeting=last.meeting,
                )
            )
    yield from sorted(findings, key=lambda finding: (finding.date or "", fold(finding.member or "")))


class Consecutive(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    consecutive: int = Field(ge=2, strict=True)


def _runs(context: SeriesContext, entries: Sequence[Absence]) -> Iterator[list[Absence]]:
    """The member's runs of absences from meetings that follow one another in the series."""
    order = {meeting.key: position for position, (_, meeting) in enumerate(context.dated())}
    run: list[Absence] = []
    for entry in entries:
        if run and order[entry.meeting] == order[run[-1].meeting]:
            continue  # listed twice in one meeting
        if run and order[entry.meeting] != order[run[-1].meeting] + 1:
            yield run
            run = []
        run.append(entry)
    if run:
        yield run


@check(
    "attendance.consecutive_absences.v1",
    scope="series",
    provides={"member", "count", "consecutive"},
    params=Consecutive,
)
def consecutive_absences(context: SeriesContext, params: Consecutive) -> Iterator[Finding]:
    """A member listed absent at ``consecutive`` meetings in a row, excused or not.

    One finding per run of absences, dated on the meeting at which the run reaches the threshold, with the
    run's whole length as ``count``. A meeting at which the member is not listed absent ends the run.
    """
    findings: list[Finding] = []
    for entries in absences(context).values():
        for run in _runs(context, entries):
            if len(run) < params.consecutive:
                continue
            reached = run[params.consecutive - 1]
            findings.append(
                Finding(
                    fields={"member": reached.member, "count": len(run), "consecutive": params.consecutive},
                    evidence=reached.evidence,
                    member=reached.member,
                    date=reached.day.isoformat(),
                    meeting=reached.meeting,
                )
            )
    yield from sorted(findings, key=lambda finding: (finding.date or "", fold(finding.member or "")))

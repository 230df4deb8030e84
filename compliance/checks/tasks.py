"""Checks on tasks: each has an owner (and a deadline), and the next meeting reviews what was assigned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.cadence import REGULAR
from compliance.checks.evidence import blank
from compliance.context import MeetingContext, SeriesContext, SeriesMeeting, parse_date
from compliance.followup import Task, report_matches
from compliance.registry import Finding, NoParams, check
from extract.contract import Assignment, Extraction

REVIEW_LABEL = "review"  # the taxonomy's label for a review of earlier tasks (extract/taxonomy.yaml)


def owned(assignment: Assignment) -> bool:
    return bool(assignment.assignees) or not blank(assignment.assignee)


def dated(assignment: Assignment) -> bool:
    return assignment.due is not None or not blank(assignment.due_text)


def reviews_tasks(extraction: Extraction) -> bool:
    """True when the minutes report on earlier tasks, or have an agenda item reviewing them."""
    return bool(extraction.reports) or any(REVIEW_LABEL in topic.labels for topic in extraction.topics)


class TaskOwner(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    require_due: bool = Field(strict=True)


@check("tasks.assigned_owner.v1", variants={"owner", "due"}, provides={"task"}, params=TaskOwner)
def assigned_owner(context: MeetingContext, params: TaskOwner) -> Iterator[Finding]:
    """A task without a named owner, or (when ``require_due``) without a deadline; with the task's evidence."""
    for assignment in context.extraction.assignments:
        evidence = tuple(assignment.evidence)
        if not owned(assignment):
            yield Finding(variant="owner", fields={"task": assignment.task}, evidence=evidence)
        if params.require_due and not dated(assignment):
            yield Finding(variant="due", fields={"task": assignment.task}, evidence=evidence)


@check("actions.owner.v1", provides={"task"})
def action_owner(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """An action item without an owner; with the item's evidence."""
    for assignment in context.extraction.assignments:
        if not owned(assignment):
            yield Finding(fields={"task": assignment.task}, evidence=tuple(assignment.evidence))


@check(
    "tasks.previous_reviewed.v2",
    scope="series",
    variants={"unreported"},
    provides={"previous_date", "tasks", "task", "assignee"},
)
def previous_reviewed(context: SeriesContext, params: NoParams) -> Iterator[Finding]:
    """What was assigned at a regular meeting is reported on later.

    - A regular meeting after a regular meeting that assigned tasks, with neither reports on earlier tasks nor
      an agenda item reviewing them: one finding, dated on and pointing at the meeting that should have
      reviewed them.
    - Otherwise each task is due for a report at the first regular meeting held on or after its due date (the
      next regular meeting when it has none): when the meetings up to that one report on tasks but none of
      their reports is about it (`compliance.followup.report_matches`), a finding of variant ``unreported``
      there, naming the task and its owner (a review without reports written task by task cannot be compared).
    """
    regular = [(day, meeting) for day, meeting in context.dated() if meeting.extraction.meeting.type in REGULAR]
    roster = [member.name for member in context.roster]
    for index, (day, meeting) in enumerate(regular):
        assigned = meeting.extraction.assignments
        if not assigned or index + 1 == len(regular):
            continue
        following_day, following = regular[index + 1]
        if not reviews_tasks(following.extraction):
            yield Finding(
                fields={"previous_date": day.isoformat(), "tasks": len(assigned)},
                date=following_day.isoformat(),
                meeting=following.key,
            )
            continue
        for position, assignment in enumerate(assigned):
            yield from _unreported(regular, index, position, assignment, roster)


def _unreported(
    regular: list[tuple[dt.date, SeriesMeeting]], index: int, position: int, assignment: Assignment, roster: list[str]
) -> Iterator[Finding]:
    day, meeting = regular[index]
    due = parse_date(assignment.due)
    later = regular[index + 1 :]
    target = next((n for n, (when, _) in enumerate(later) if due is None or when >= due), None)
    if target is None:
        return  # not due for a report yet
    people = tuple(filter(None, (assignment.assignee, *assignment.assignees, *assignment.members)))
    task = Task(key=position, meeting=meeting.key, date=day, task=assignment.task, people=people, due=due)
    reports = [report for _, item in later[: target + 1] for report in item.extraction.reports]
    if not reports or any(report_matches(report, task, roster) is not None for report in reports):
        return  # reviewed without reports written out task by task (nothing to compare), or reported
    when, where = later[target]
    yield Finding(
        variant="unreported",
        fields={"previous_date": day.isoformat(), "tasks": 1, "task": assignment.task, "assignee": _who(assignment)},
        date=when.isoformat(),
        meeting=where.key,
        member=next(iter(assignment.members or assignment.assignees), None),
        evidence=tuple(assignment.evidence),
    )


def _who(assignment: Assignment) -> str:
    return ", ".join(assignment.assignees) or (assignment.assignee or "—")
